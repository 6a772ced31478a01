package org.openrcm.codes.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;
import org.openrcm.codes.fees.AnesthesiaFile;
import org.openrcm.codes.fees.ConversionFactorFile;
import org.openrcm.codes.fees.GpciFile;
import org.openrcm.codes.fees.LocalityCountyFile;
import org.openrcm.codes.fees.RvuFile;
import org.openrcm.codes.icd10cm.FlatIndexCsv;
import org.openrcm.codes.pos.PlaceOfServiceFile;
import org.openrcm.codes.procedures.CptDescriptorFile;
import org.openrcm.codes.procedures.CptNumbersFile;
import org.openrcm.codes.procedures.HcpcsCsvFile;
import org.openrcm.codes.procedures.ModifierFile;
import org.openrcm.codes.remittance.AdjustmentCodeFile;
import org.openrcm.codes.taxonomy.NuccTaxonomyFile;

/** Every CSV reader over any bytes, seeded with a few lines in each layout. */
class CsvFuzzTest extends FuzzTarget {

    static Stream<byte[]> seeds() {
        return Stream.of(
                bytes("adj_code,adj_type,adj_description,adj_usage,adj_notes,adj_start_date,adj_last_modified,"
                        + "adj_end_date\n45,CARC,\"Charge exceeds fee schedule, \"\"max\"\"\",,,1995-01-01,,\n"),
                bytes("pos_code,pos_type,pos_name,pos_description\n11,Non-Facility,Office,\"A location, other\"\n"),
                bytes("hcpcs,mod,description,status_code,work_rvu,non_fac_pe_rvu,facility_pe_rvu,mp_rvu,"
                        + "glob_days,conv_factor\n99213,,Office o/p est low 20 min,A,1.3,1.21,0.53,0.1,XXX,33.2875\n"),
                bytes("mac,state,locality_number,locality_name,gpci_work,gpci_pe,gpci_mp\n10112,AL,00,ALABAMA,1,"
                        + "0.869,0.575\n"),
                bytes("Code,Grouping,Classification,Specialization,Definition,Notes,Display Name,Section\n"
                        + "207Q00000X,Allopathic,Family Medicine,,\"Line one\nline two\",,Family Medicine Physician,"
                        + "Individual\n"),
                bytes("RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code\n1,D,0,Diabetes,,,(mellitus),E11.9\n"
                        + "2,D,1,type 2,,,,E11.9\n"),
                bytes("hcpcs_code,long_description,short_description,date_added,date_term\nA4397,\"Irrigation"
                        + " supply; sleeve, each\",Irrigation supply sleeve,1986-01-01,2021-12-31\n"),
                bytes("code,long_descriptor\n99213,An invented descriptor\n"));
    }

    @MethodSource("seeds")
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = MAX_DURATION)
    void anyBytes(byte[] data) {
        readers(
                data,
                in -> AdjustmentCodeFile.read(in, FILE, "2024-06", EFFECTIVE),
                in -> PlaceOfServiceFile.read(in, FILE, "2024", EFFECTIVE),
                in -> RvuFile.read(in, FILE, "RVU24C", EFFECTIVE),
                in -> GpciFile.read(in, FILE, "RVU24C", EFFECTIVE),
                in -> AnesthesiaFile.read(in, FILE, "RVU24C", EFFECTIVE),
                in -> LocalityCountyFile.read(in, FILE, "RVU24C", EFFECTIVE),
                in -> ConversionFactorFile.read(in, FILE, "RVU24C", EFFECTIVE),
                in -> NuccTaxonomyFile.read(in, FILE, "25.1", EFFECTIVE),
                in -> FlatIndexCsv.read(in, FILE),
                in -> HcpcsCsvFile.read(in, FILE, "2024-JUL", EFFECTIVE),
                in -> ModifierFile.read(in, FILE, "2024", EFFECTIVE),
                in -> CptNumbersFile.read(in, FILE, "2024-JUL", EFFECTIVE),
                in -> CptDescriptorFile.read(in, FILE, "2024-JUL", EFFECTIVE));
    }
}
