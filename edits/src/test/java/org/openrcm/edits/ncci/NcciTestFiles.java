package org.openrcm.edits.ncci;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.openrcm.edits.testing.SharedData;

/** The NCCI files of the shared data, read by a table's reader. */
final class NcciTestFiles {

    static final String PTP_SAMPLE = "ptp_practitioner_eff_2024-07-01_sample.csv";
    static final String PTP_FULL = "ptp_practitioner_eff_2024-07-01.csv.gz";
    static final String MUE_PRACTITIONER = "mue_practitioner_eff_2024-07-01.csv";
    static final String MUE_OUTPATIENT = "mue_outpatient_hospital_eff_2024-07-01.csv";
    static final String MUE_DME = "mue_dme_supplier_eff_2024-07-01.csv";
    static final String AOC = "aoc_addon_code_edits_2024-06-03.csv";

    private NcciTestFiles() {}

    static Path path(String name) {
        return SharedData.codes("ncci/" + name);
    }

    static <T> T read(String name, BiFunction<InputStream, String, T> reader) {
        try (InputStream in = Files.newInputStream(path(name))) {
            return reader.apply(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
