package org.openrcm.codes.icd10cm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.icd10cm.IndexEntry.Source;
import org.openrcm.codes.testing.SharedData;

/** The CDC 2025 Alphabetic Index as flattened to CSV: our full alphabetic index. */
class FlatIndexCsvTest {

    static final String NAME = "icd10cm/index-fy2025/ICD10CM_2025_Index_flattened.csv";
    static String text;
    static List<IndexEntry> index;
    static Map<String, List<IndexEntry>> byPath;

    @BeforeAll
    static void readTheIndex() throws IOException {
        text = Files.readString(SharedData.codes(NAME));
        index = read(text, NAME);
        byPath = index.stream().collect(Collectors.groupingBy(IndexEntry::pathText));
    }

    static List<IndexEntry> read(String csv, String name) {
        return FlatIndexCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), name);
    }

    static IndexEntry at(String pathText) {
        List<IndexEntry> found = byPath.getOrDefault(pathText, List.of());
        assertThat(found).as(pathText).hasSize(1);
        return found.getFirst();
    }

    @Test
    void everyRowIsAnEntry() {
        assertThat(index).hasSize(81_024);
        assertThat(index).allMatch(e -> e.source() == Source.INDEX);
        assertThat(index.stream().filter(e -> e.path().size() == 1))
                .as("level 0")
                .hasSize(8_100);
        assertThat(index.stream().filter(e -> e.code() != null)).hasSize(62_721);
        assertThat(index.stream().filter(e -> e.see() != null)).hasSize(12_136);
        assertThat(index.stream().filter(e -> e.seeAlso() != null)).hasSize(2_057);
        assertThat(index.stream().mapToInt(e -> e.path().size()).max()).hasValue(10);
    }

    @Test
    void diabetesTypeTwoWithNeuropathy() {
        assertThat(at("Diabetes, diabetic (mellitus) (sugar)").code()).isEqualTo("E119");
        assertThat(at("Diabetes, diabetic (mellitus) (sugar), type 2, with, neuropathy")
                        .code())
                .isEqualTo("E1140");
        assertThat(at("Diabetes, diabetic (mellitus) (sugar), with, neuropathy").code())
                .as("diabetes with no type named is coded as type 2")
                .isEqualTo("E1140");
        assertThat(at("Diabetes, diabetic (mellitus) (sugar), type 2, with").code())
                .as("a heading")
                .isNull();
        IndexEntry lops = at("Diabetes, diabetic (mellitus) (sugar), with, loss of protective sensation (LOPS)");
        assertThat(lops.code()).isNull();
        assertThat(lops.see()).isEqualTo("Diabetes, by type, with neuropathy");
        assertThat(at("Diabetes, diabetic (mellitus) (sugar), type 2, with, retinopathy, proliferative, with,"
                                + " macular edema")
                        .code())
                .isEqualTo("E11351");
    }

    @Test
    void quotingAndCrossReferencesAreRead() {
        assertThat(at("Reaction, stress (severe), acute (agitation) (\"daze\") (disorientation)"
                                + " (disturbance of consciousness) (flight reaction) (fugue)")
                        .code())
                .as("doubled quotes inside a quoted field")
                .isEqualTo("F430");
        assertThat(at("Abdomen, abdominal").seeAlso()).isEqualTo("condition");
        assertThat(at("Abandonment").see()).isEqualTo("Maltreatment");
        assertThat(at("Abscess (connective tissue) (embolic) (fistulous) (infective) (metastatic) (multiple)"
                                + " (pernicious) (pyogenic) (septic), bone (subperiosteal)")
                        .seeAlso())
                .as("the space the file puts before it is dropped")
                .isEqualTo("Osteomyelitis, specified type NEC");
        assertThat(at("Disorder (of), persistent, (somatoform)").code())
                .as("a term that is only its nonessential modifier")
                .isEqualTo("F4541");
        assertThat(at("Abnormal, abnormality, abnormalities, auditory perception")
                        .code())
                .as("written H93.29-: more characters needed")
                .isEqualTo("H9329");
        assertThat(at("Albers-Schönberg syndrome").code()).isEqualTo("Q782");
    }

    @Test
    void aTruncatedFileFailsAtItsLastLine() {
        int cut = text.indexOf("23864,D,2,neuropathy,,,,E11.4") + "23864,D,2,neuropathy,,,,E11.4".length();
        assertThatThrownBy(() -> read(text.substring(0, cut), "index.csv"))
                .isInstanceOfSatisfying(CodeImportException.class, ex -> {
                    assertThat(ex.file()).isEqualTo("index.csv");
                    assertThat(ex.line()).isEqualTo(23_865);
                })
                .hasMessageContaining("no line ending");
        int inQuotes = text.indexOf("\"Diabetes, diab") + 5;
        assertThatThrownBy(() -> read(text.substring(0, inQuotes), "index.csv"))
                .isInstanceOfSatisfying(
                        CodeImportException.class, ex -> assertThat(ex.line()).isEqualTo(23_826))
                .hasMessageContaining("ends inside a quoted field begun on line 23826");
        int midRow = text.indexOf("23864,D,2,neuropathy") + 12;
        assertThatThrownBy(() -> read(text.substring(0, midRow) + "\n", "index.csv"))
                .hasMessageContaining("index.csv, line 23865: the row has 4 fields, not 8");
    }

    @Test
    void aMalformedRowFailsAtItsLine() {
        String badCode = text.replace("23864,D,2,neuropathy,,,,E11.40", "23864,D,2,neuropathy,,,,E11/40");
        assertThatThrownBy(() -> read(badCode, "index.csv"))
                .isInstanceOfSatisfying(
                        CodeImportException.class, ex -> assertThat(ex.line()).isEqualTo(23_865))
                .hasMessageContaining("'E11/40', which is not an ICD-10-CM code");
        String lostParent = text.replace("23863,D,2,neuropathic arthropathy,,,,E11.610", "23863,D,4,x,,,,E11.610");
        assertThatThrownBy(() -> read(lostParent, "index.csv"))
                .hasMessageContaining("line 23864: a term at level 4 follows a level-2 term");
        String badQuote = text.replace("23864,D,2,neuropathy,", "23864,D,2,neuro\"pathy,");
        assertThatThrownBy(() -> read(badQuote, "index.csv"))
                .hasMessageContaining("line 23865: a quote stands inside an unquoted field");
        String joined = text + "5,A,0,Abdomen,,,,\n";
        assertThatThrownBy(() -> read(joined, "index.csv"))
                .hasMessageContaining("line 81026: row 5 does not follow row 81024");
        assertThatThrownBy(() -> read("Code,Title\nA00,Cholera\n", "codes.csv"))
                .hasMessageContaining("codes.csv, line 1: the header is Code,Title");
        byte[] latin1 =
                "RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code\n1,A,0,Albers-Schönberg syndrome,,,,Q78.2\n"
                        .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> FlatIndexCsv.read(new ByteArrayInputStream(latin1), "latin1.csv"))
                .hasMessageContaining("latin1.csv, line 2: the line is not UTF-8");
    }

    @Test
    void recognizesTheHeaderRow() throws IOException {
        byte[] head = Arrays.copyOf(text.getBytes(StandardCharsets.UTF_8), 4096);
        assertThat(FlatIndexCsv.recognizes("renamed.txt", head)).isTrue();
        byte[] sections = Arrays.copyOf(
                Files.readAllBytes(SharedData.codes("icd10cm/fy2026/icd10cm-sections-April-1-2026.csv")), 4096);
        assertThat(FlatIndexCsv.recognizes("index.csv", sections)).isFalse();
        byte[] xml = Arrays.copyOf(
                Files.readAllBytes(SharedData.codes("icd10cm/fy2026/icd10cm-eindex-April-1-2026-XML.xml")), 4096);
        assertThat(FlatIndexCsv.recognizes("index.csv", xml)).isFalse();
        assertThat(FlatIndexCsv.recognizes("ICD10CM_2026_Index_flattened.csv", new byte[0]))
                .isTrue();
    }
}
