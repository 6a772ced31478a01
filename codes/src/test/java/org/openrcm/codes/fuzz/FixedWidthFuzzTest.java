package org.openrcm.codes.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;
import org.openrcm.codes.CmsCodesFile;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.icd10cm.OrderFile;
import org.openrcm.codes.procedures.HcpcsAnwebFile;
import org.openrcm.codes.procedures.Icd10pcsOrderFile;

/** The fixed-width readers (order files, codes files, the HCPCS ANWEB file) over any bytes. */
class FixedWidthFuzzTest extends FuzzTarget {

    static Stream<byte[]> seeds() {
        return Stream.of(
                bytes("00001 A00     0 Cholera                                                      Cholera\r\n"
                        + "00002 A000    1 Cholera due to Vibrio cholerae 01, biovar cholerae           Cholera due to"
                        + " Vibrio cholerae 01, biovar cholerae\r\n"),
                bytes("00001 001     0 Central Nervous System and Cranial Nerves, Bypass            Central Nervous"
                        + " System and Cranial Nerves, Bypass\n"),
                bytes("A000    Cholera due to Vibrio cholerae 01, biovar cholerae\nE119    Type 2 diabetes mellitus"
                        + " without complications\n"),
                bytes("A0021" + " ".repeat(5) + "Ambulance service, outside state per mile, transport\n"));
    }

    @MethodSource("seeds")
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = MAX_DURATION)
    void anyBytes(byte[] data) {
        readers(
                data,
                in -> OrderFile.read(in, FILE, "FY2026", EFFECTIVE),
                in -> Icd10pcsOrderFile.read(in, FILE, "FY2026", EFFECTIVE),
                in -> CmsCodesFile.read(in, FILE, CodeSystem.ICD10CM, "FY2026", EFFECTIVE),
                in -> HcpcsAnwebFile.read(in, FILE, "2024-JUL", EFFECTIVE));
    }
}
