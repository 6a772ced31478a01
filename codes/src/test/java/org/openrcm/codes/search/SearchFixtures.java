package org.openrcm.codes.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.icd10cm.FlatIndexCsv;
import org.openrcm.codes.icd10cm.IndexEntry;
import org.openrcm.codes.icd10cm.IndexFile;
import org.openrcm.codes.icd10cm.Note;
import org.openrcm.codes.icd10cm.OrderFile;
import org.openrcm.codes.icd10cm.Tabular;
import org.openrcm.codes.icd10cm.TabularFile;
import org.openrcm.codes.testing.SharedData;

/** The releases the search tests search, read from the shared reference data. */
final class SearchFixtures {

    private SearchFixtures() {}

    static Release order(int fy) throws IOException {
        String name = "icd10cm/fy" + fy + "/icd10cm_order_" + fy + ".txt";
        try (InputStream in = Files.newInputStream(SharedData.codes(name))) {
            return OrderFile.read(in, name, "FY" + fy, OrderFile.fiscalYearStart(fy));
        }
    }

    /**
     * FY2026 (order file) with a few index entries and inclusion terms written here as the CDC files word them: the
     * FY2026 alphabetic index and tabular list are not in the shared data.
     */
    static Release fy2026WithHandWrittenEntries() throws IOException {
        Release codes = order(2026);
        Map<String, Code> byValue = new LinkedHashMap<>();
        codes.codes().forEach(c -> byValue.put(c.value(), c));
        return new Release(CodeSystem.ICD10CM, "FY2026", codes.effective(), byValue, tabular(), index());
    }

    /** Entries of the alphabetic index as the CDC (flattened) file words them. */
    static List<IndexEntry> index() {
        List<IndexEntry> index = new ArrayList<>();
        String diabetes = "Diabetes, diabetic (mellitus) (sugar)";
        add(index, "E11.9", diabetes);
        add(index, "E11.9", diabetes, "type 2");
        add(index, "E11.40", diabetes, "type 2", "with", "neuropathy");
        add(index, "E11.65", diabetes, "type 2", "with", "hyperglycemia");
        add(index, "E11.21", diabetes, "type 2", "with", "nephropathy");
        String hypertension =
                "Hypertension, hypertensive (accelerated) (benign) (essential) (idiopathic) (malignant) (systemic)";
        add(index, "I10", hypertension);
        add(index, "I12.9", hypertension, "kidney", "with", "stage 1 through stage 4 chronic kidney disease");
        add(index, "I50.9", "Failure, failed", "heart (acute) (senile) (sudden)", "congestive");
        add(
                index,
                "I21.9",
                "Infarct, infarction",
                "myocardium, myocardial (acute) (with stated duration of 4 weeks or less)");
        add(index, "N39.0", "Infection, infected, infective (opportunistic)", "urinary (tract)");
        add(index, "J18.9", "Pneumonia (acute) (double) (migratory) (purulent) (septic) (unresolved)");
        add(index, "I48.91", "Fibrillation", "atrial or auricular (established)");
        add(index, "N18.9", "Disease, diseased", "kidney", "chronic");
        add(index, "J44.9", "Disease, diseased", "pulmonary", "chronic obstructive");
        add(index, "K21.9", "Reflux", "gastroesophageal");
        add(index, "C50.919", "Neoplasm, neoplastic", "breast", "Malignant Primary");
        index.add(new IndexEntry(IndexEntry.Source.INDEX, List.of("Mellitus, diabetes"), null, "Diabetes", null));
        index.add(new IndexEntry(
                IndexEntry.Source.INDEX, List.of("Attack, attacks", "heart"), null, "Infarct, myocardium", null));
        return index;
    }

    private static void add(List<IndexEntry> index, String code, String... path) {
        IndexEntry.Source source =
                path[0].startsWith("Neoplasm") ? IndexEntry.Source.NEOPLASM : IndexEntry.Source.INDEX;
        index.add(new IndexEntry(source, List.of(path), code.replace(".", ""), null, null));
    }

    /** Inclusion terms of a few codes, as the tabular list has them. */
    static Tabular tabular() {
        Map<String, Tabular.Entry> entries = new LinkedHashMap<>();
        inclusion(
                entries,
                "I509",
                "Heart failure, unspecified",
                "Biventricular (heart) failure NOS",
                "Cardiac, heart or myocardial failure NOS",
                "Congestive heart disease",
                "Congestive heart failure NOS");
        inclusion(
                entries,
                "I10",
                "Essential (primary) hypertension",
                "High blood pressure",
                "Hypertension (arterial) (benign) (essential) (malignant) (primary) (systemic)");
        inclusion(
                entries,
                "J449",
                "Chronic obstructive pulmonary disease, unspecified",
                "Chronic obstructive airway disease NOS",
                "Chronic obstructive lung disease NOS");
        return new Tabular("2026", List.of(), List.of(), entries);
    }

    private static void inclusion(Map<String, Tabular.Entry> entries, String code, String title, String... terms) {
        List<Note> notes =
                Stream.of(terms).map(t -> new Note(Note.Kind.INCLUSION_TERM, t)).toList();
        entries.put(code, new Tabular.Entry(code, title, notes, null));
    }

    /**
     * FY2025 as a coder has it: the order file, the alphabetic index (the flattened CSV of the CDC index XML), the
     * external cause index, the neoplasm table and the drug table.
     */
    static Release fy2025WithIndex() throws IOException {
        Release codes = order(2025);
        List<IndexEntry> index = new ArrayList<>();
        String flat = "icd10cm/index-fy2025/ICD10CM_2025_Index_flattened.csv";
        try (InputStream in = Files.newInputStream(SharedData.codes(flat))) {
            index.addAll(FlatIndexCsv.read(in, flat));
        }
        for (String name :
                List.of("icd-10-cm-eindex-2025.xml", "icd-10-cm-neoplasm-2025.xml", "icd-10-cm-drug-2025.xml")) {
            String file = "icd10cm/index-fy2025/" + name;
            try (InputStream in = Files.newInputStream(SharedData.codes(file))) {
                index.addAll(IndexFile.read(in, file));
            }
        }
        return codes.merge(new Release(CodeSystem.ICD10CM, "FY2025", codes.effective(), Map.of(), null, index));
    }

    /** FY2021 from its tabular list alone (codes, titles, inclusion terms). */
    static Release fy2021Tabular() throws IOException {
        String name = "icd10cm/tabular-fy2021/icd10cm_tabular_2021.xml";
        try (InputStream in = Files.newInputStream(SharedData.codes(name))) {
            return TabularFile.release(TabularFile.read(in, name), "FY2021", OrderFile.fiscalYearStart(2021));
        }
    }
}
