package org.openrcm.app.codes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.openrcm.codes.imports.ReleaseFile;

/**
 * The starter code sets shipped in the application ({@code codes/starter/}, see its README): small extracts of the
 * official files, in the official formats, so the demo runs offline. Loaded through the ordinary import, marked by
 * who imported them, and replaced by the first official release of their system.
 */
final class StarterSet {

    /** The importer recorded for starter files; it is how a starter release is told from an official one. */
    static final String IMPORTED_BY = "OpenRCM starter set";

    /** Listed rather than scanned, so the set is the same from a folder, a jar or a jar inside a jar. */
    static final List<String> FILES = List.of(
            "starter-icd10cm_order_2025.txt",
            "starter-icd10cm_order_2026.txt",
            "starter-icd10cm_tabular_2026.xml",
            "starter-hcpcs_level2_2024_jul.csv",
            "starter-cpt_code_numbers_2024_jul.csv",
            "starter-cpt_em_short_descriptors_2024_jul.csv",
            "starter-modifiers_2024.csv",
            "starter-place_of_service_codes_2024.csv");

    private StarterSet() {}

    static List<ReleaseFile> files() {
        List<ReleaseFile> files = new ArrayList<>();
        for (String name : FILES) {
            try (InputStream in = StarterSet.class.getResourceAsStream("/codes/starter/" + name)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "the starter code set " + name + " is missing from the application");
                }
                files.add(new ReleaseFile(name, in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
