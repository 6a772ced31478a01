package org.openrcm.bench.codes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.icd10cm.FlatIndexCsv;
import org.openrcm.codes.icd10cm.IndexEntry;
import org.openrcm.codes.icd10cm.IndexFile;
import org.openrcm.codes.icd10cm.OrderFile;

/**
 * The real ICD-10-CM files of the shared reference data ({@code OPENRCM_SHARED_DATA}, else {@code shared/data}
 * beside the project or a folder above it), read as a release for the benchmarks.
 */
final class Icd10cmFiles {

    private Icd10cmFiles() {}

    static Path codes(String relative) {
        return org.openrcm.bench.SharedData.codes(relative);
    }

    /** A fiscal year's order file alone. */
    static Release order(int fy) {
        String name = "icd10cm/fy" + fy + "/icd10cm_order_" + fy + ".txt";
        try (InputStream in = Files.newInputStream(codes(name))) {
            return OrderFile.read(in, name, "FY" + fy, OrderFile.fiscalYearStart(fy));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * FY2025 with every index term the shared data holds: the order file, the alphabetic index (flattened CSV), the
     * external cause index, the neoplasm table and the drug table.
     */
    static Release fy2025WithIndex() {
        Release codes = order(2025);
        List<IndexEntry> index = new ArrayList<>();
        try {
            String flat = "icd10cm/index-fy2025/ICD10CM_2025_Index_flattened.csv";
            try (InputStream in = Files.newInputStream(codes(flat))) {
                index.addAll(FlatIndexCsv.read(in, flat));
            }
            for (String name :
                    List.of("icd-10-cm-eindex-2025.xml", "icd-10-cm-neoplasm-2025.xml", "icd-10-cm-drug-2025.xml")) {
                String file = "icd10cm/index-fy2025/" + name;
                try (InputStream in = Files.newInputStream(codes(file))) {
                    index.addAll(IndexFile.read(in, file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes.merge(new Release(CodeSystem.ICD10CM, "FY2025", codes.effective(), Map.of(), null, index));
    }
}
