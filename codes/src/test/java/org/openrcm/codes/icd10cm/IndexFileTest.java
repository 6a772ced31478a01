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
import org.junit.jupiter.api.Test;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.icd10cm.IndexEntry.Source;
import org.openrcm.codes.testing.SharedData;

/** The CDC index XML files: External Cause Index, Table of Drugs and Chemicals, Neoplasm Table, and a small index. */
class IndexFileTest {

    static final String EINDEX_2026 = "icd10cm/fy2026/icd10cm-eindex-April-1-2026-XML.xml";
    static final String EINDEX_2025 = "icd10cm/index-fy2025/icd-10-cm-eindex-2025.xml";
    static final String DRUG_2026 = "icd10cm/fy2026/icd10cm-drug-April-1-2026-XML.xml";
    static final String DRUG_2025 = "icd10cm/index-fy2025/icd-10-cm-drug-2025.xml";
    static final String NEOPLASM_2026 = "icd10cm/fy2026/icd10cm-neoplasm-April-1-2026-XML.xml";
    static final String NEOPLASM_2025 = "icd10cm/index-fy2025/icd-10-cm-neoplasm-2025.xml";

    static byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(SharedData.codes(name));
    }

    static List<IndexEntry> read(String name) throws IOException {
        return read(bytes(name), name);
    }

    static List<IndexEntry> read(byte[] bytes, String name) {
        return IndexFile.read(new ByteArrayInputStream(bytes), name);
    }

    static List<IndexEntry> read(String xml, String name) {
        return read(xml.getBytes(StandardCharsets.UTF_8), name);
    }

    static IndexEntry at(List<IndexEntry> entries, String... path) {
        List<String> p = List.of(path);
        List<IndexEntry> found =
                entries.stream().filter(e -> e.path().equals(p)).toList();
        assertThat(found).as(String.join(", ", path)).hasSize(1);
        return found.getFirst();
    }

    static long coded(List<IndexEntry> entries) {
        return entries.stream().filter(e -> e.code() != null).count();
    }

    @Test
    void theExternalCauseIndexHasOneEntryPerTerm() throws IOException {
        List<IndexEntry> fy2026 = read(EINDEX_2026);
        assertThat(fy2026).as("314 mainTerm + 7,776 term elements").hasSize(314 + 7_776);
        assertThat(fy2026).allMatch(e -> e.source() == Source.EXTERNAL_CAUSE);
        assertThat(fy2026.stream().filter(e -> e.path().size() == 1)).hasSize(314);
        assertThat(coded(fy2026)).as("6,671 <code>, 4 <seecat>, 11 <subcat>").isEqualTo(6_671 + 4 + 11);
        assertThat(fy2026.stream().filter(e -> e.see() != null)).hasSize(791);
        assertThat(fy2026.stream().filter(e -> e.seeAlso() != null)).hasSize(98);
        assertThat(fy2026.stream().mapToInt(e -> e.path().size()).max()).hasValue(9);

        List<IndexEntry> fy2025 = read(EINDEX_2025);
        assertThat(fy2025).as("314 mainTerm + 7,750 term elements").hasSize(314 + 7_750);
        assertThat(at(fy2025, "Accident (to)", "bare foot water skiier").code()).isEqualTo("V944");
        assertThat(at(fy2026, "Accident (to)", "barefoot water skier").code())
                .as("the misspelt term corrected in 2026")
                .isEqualTo("V944");
    }

    @Test
    void externalCausesReadAsTheIndexPrintsThem() throws IOException {
        List<IndexEntry> e = read(EINDEX_2026);
        IndexEntry ladder = at(e, "Fall, falling (accidental)", "from, off, out of", "ladder");
        assertThat(ladder.code()).isEqualTo("W11");
        assertThat(ladder.pathText()).isEqualTo("Fall, falling (accidental), from, off, out of, ladder");
        assertThat(at(e, "Fall, falling (accidental)").code()).isEqualTo("W19");
        assertThat(at(e, "Abandonment (causing exposure to weather conditions) (with intent to injure or kill) NEC")
                        .code())
                .as("text after the nonessential modifier stays after it")
                .isEqualTo("X58");
        IndexEntry aircraft = at(e, "Accident (to)", "aircraft (in transit) (powered)");
        assertThat(aircraft.code()).isNull();
        assertThat(aircraft.seeAlso()).isEqualTo("Accident, transport, aircraft");
        assertThat(at(e, "Accident (to)", "aircraft (in transit) (powered)", "due to, caused by cataclysm")
                        .see())
                .isEqualTo("Forces of nature, by type");
        IndexEntry heading = at(e, "Accident (to)", "caused by, due to");
        assertThat(heading.code()).as("a heading to read on from").isNull();
        assertThat(heading.see()).isNull();
        assertThat(at(e, "Accident (to)", "boat, boating", "striking swimmer", "powered")
                        .code())
                .isEqualTo("V9411");
        assertThat(at(e, "Lightning (shock) (stroke) (struck by)").code())
                .as("see subcategory T75.0")
                .isEqualTo("T750");
        assertThat(at(e, "Strangulation (accidental)").code())
                .as("see category T71")
                .isEqualTo("T71");
    }

    @Test
    void theDrugTableHasOneEntryPerCodedCell() throws IOException {
        List<IndexEntry> drugs = read(DRUG_2026);
        assertThat(drugs).allMatch(e -> e.source() == Source.DRUG);
        assertThat(coded(drugs)).as("43,224 cells less 3,188 written --").isEqualTo(43_224 - 3_188);
        assertThat(drugs)
                .as("plus 255 of the 7,430 rows (5,179 mainTerm + 2,251 term) with a cross-reference or no code")
                .hasSize(40_036 + 255);
        assertThat(drugs.stream().filter(e -> e.see() != null)).hasSize(97);
        Map<String, Long> perColumn = drugs.stream()
                .filter(e -> e.code() != null)
                .collect(Collectors.groupingBy(e -> e.path().getLast(), Collectors.counting()));
        assertThat(perColumn)
                .containsOnlyKeys(
                        "Poisoning, Accidental (unintentional)",
                        "Poisoning, Intentional self-harm",
                        "Poisoning, Assault",
                        "Poisoning, Undetermined",
                        "Adverse effect",
                        "Underdosing");
        assertThat(perColumn.get("Poisoning, Assault")).isEqualTo(7_204);

        String aspirin = "Aspirin (aluminum) (soluble)";
        assertThat(at(drugs, aspirin, "Poisoning, Accidental (unintentional)").code())
                .isEqualTo("T39011");
        assertThat(at(drugs, aspirin, "Underdosing").code()).isEqualTo("T39016");
        assertThat(drugs.stream().filter(e -> e.path().getFirst().equals(aspirin)))
                .as("six codes, no entry for the row itself")
                .hasSize(6);
        assertThat(drugs.stream().filter(e -> e.path().equals(List.of("1-propanol", "Adverse effect"))))
                .as("a -- cell is no entry")
                .isEmpty();
        assertThat(read(DRUG_2025)).hasSize(40_026 + 255);
    }

    @Test
    void theNeoplasmTableKeepsCodesStillToBeCompletedAsHeaders() throws IOException {
        List<IndexEntry> neo = read(NEOPLASM_2026);
        assertThat(neo).allMatch(e -> e.source() == Source.NEOPLASM);
        assertThat(coded(neo)).as("10,922 cells less 1,902 written -").isEqualTo(9_020);
        assertThat(neo)
                .as("plus 233 of the 1,940 rows (1 mainTerm + 1,939 term) with a cross-reference or no code")
                .hasSize(9_020 + 233);
        assertThat(at(neo, "Neoplasm, neoplastic", "Malignant Primary").code()).isEqualTo("C801");
        assertThat(at(neo, "Neoplasm, neoplastic", "lung", "Malignant Primary").code())
                .as("written C34.9-")
                .isEqualTo("C349");
        assertThat(at(neo, "Neoplasm, neoplastic", "lung", "Uncertain Behavior").code())
                .isEqualTo("D381");
        IndexEntry sinus = at(neo, "Neoplasm, neoplastic", "accessory sinus");
        assertThat(sinus.see()).isEqualTo("Neoplasm, sinus");
        assertThat(sinus.code()).isNull();
        assertThat(at(
                                neo,
                                "Neoplasm, neoplastic",
                                "book-leaf (mouth) (ventral surface of tongue and floor of mouth)",
                                "Benign")
                        .code())
                .isEqualTo("D1039");
        assertThat(neo.stream()
                        .filter(e -> e.path()
                                .equals(List.of(
                                        "Neoplasm, neoplastic",
                                        "abdomen, abdominal",
                                        "wall",
                                        "connective tissue",
                                        "Ca in situ"))))
                .as("a - cell is no entry")
                .isEmpty();
        assertThat(read(NEOPLASM_2025)).hasSize(9_018 + 233);
    }

    static final String SMALL_INDEX = """
            <?xml version="1.0" encoding="utf-8"?>
            <ICD10CM.index>
              <version>2026</version>
              <title>ICD-10-CM INDEX TO DISEASES and INJURIES</title>
              <letter>
                <title>D</title>
                <mainTerm>
                  <title>Diabetes, diabetic<nemod>(mellitus) (sugar)</nemod></title>
                  <code>E11.9</code>
                  <term level="1">
                    <title>type 2</title>
                    <code>E11.9</code>
                    <term level="2">
                      <title>with</title>
                      <term level="3">
                        <title>neuropathy</title>
                        <code>E11.40</code>
                      </term>
                    </term>
                  </term>
                </mainTerm>
                <mainTerm>
                  <title>Dementia</title>
                  <code>F03.90</code>
                  <term level="1">
                    <title>in</title>
                    <term level="2">
                      <title>Alzheimer's disease</title>
                      <code>G30.9</code>
                      <manif>F02.80</manif>
                    </term>
                  </term>
                </mainTerm>
                <mainTerm>
                  <title>Dermatopolyneuritis</title>
                  <see>Poisoning, mercury</see>
                </mainTerm>
              </letter>
            </ICD10CM.index>
            """;

    @Test
    void anAlphabeticIndexNestsTermsUnderTheirMainTerm() {
        List<IndexEntry> e = read(SMALL_INDEX, "icd10cm_index_2026.xml");
        assertThat(e).allMatch(x -> x.source() == Source.INDEX);
        assertThat(e)
                .extracting(IndexEntry::pathText)
                .containsExactly(
                        "Diabetes, diabetic (mellitus) (sugar)",
                        "Diabetes, diabetic (mellitus) (sugar), type 2",
                        "Diabetes, diabetic (mellitus) (sugar), type 2, with",
                        "Diabetes, diabetic (mellitus) (sugar), type 2, with, neuropathy",
                        "Dementia",
                        "Dementia, in",
                        "Dementia, in, Alzheimer's disease [F02.80]",
                        "Dermatopolyneuritis");
        assertThat(e)
                .extracting(IndexEntry::code)
                .containsExactly("E119", "E119", null, "E1140", "F0390", null, "G309", null);
        assertThat(e.getLast().see()).isEqualTo("Poisoning, mercury");
    }

    @Test
    void theSourceComesFromTheTitleThenTheName() {
        String untitled = SMALL_INDEX.replace("<title>ICD-10-CM INDEX TO DISEASES and INJURIES</title>", "");
        assertThat(read(untitled, "icd10cm-eindex-2027.xml").getFirst().source())
                .isEqualTo(Source.EXTERNAL_CAUSE);
        assertThat(read(untitled, "icd10cm_index_2027.xml").getFirst().source()).isEqualTo(Source.INDEX);
        assertThat(read(SMALL_INDEX, "icd10cm-eindex-2027.xml").getFirst().source())
                .as("the title says it is the disease index")
                .isEqualTo(Source.INDEX);
    }

    @Test
    void aTruncatedFileFailsAtItsLastLine() throws IOException {
        byte[] whole = bytes(EINDEX_2026);
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        long lines = new String(half, StandardCharsets.UTF_8).lines().count();
        assertThatThrownBy(() -> read(half, "eindex.xml"))
                .isInstanceOfSatisfying(CodeImportException.class, ex -> {
                    assertThat(ex.file()).isEqualTo("eindex.xml");
                    assertThat(ex.line()).isEqualTo(lines);
                })
                .hasMessageContaining("eindex.xml, line " + lines)
                .hasMessageContaining("truncated");
    }

    @Test
    void aMalformedCodeFailsAtItsLine() throws IOException {
        String text = new String(bytes(EINDEX_2026), StandardCharsets.UTF_8);
        int at = text.indexOf("<code>W11</code>");
        long line = text.substring(0, at).lines().count();
        String bad = text.substring(0, at) + "<code>W1!</code>" + text.substring(at + 16);
        assertThatThrownBy(() -> read(bad, "eindex.xml"))
                .isInstanceOfSatisfying(
                        CodeImportException.class, ex -> assertThat(ex.line()).isEqualTo(line))
                .hasMessageContaining("'W1!', which is not an ICD-10-CM code");

        String drugs = new String(bytes(DRUG_2026), StandardCharsets.UTF_8);
        int aspirin = drugs.indexOf("<cell col=\"2\">T39.011</cell>", drugs.indexOf("<title>Aspirin<"));
        String badCell =
                drugs.substring(0, aspirin) + "<cell col=\"2\">T39.0111X</cell>" + drugs.substring(aspirin + 28);
        assertThatThrownBy(() -> read(badCell, "drug.xml"))
                .isInstanceOfSatisfying(
                        CodeImportException.class, ex -> assertThat(ex.line()).isEqualTo(6881))
                .hasMessageContaining("column 2 (Poisoning, Accidental (unintentional)) holds 'T39.0111X'");
    }

    @Test
    void brokenStructureIsNamed() {
        String wrongLevel = SMALL_INDEX.replace("<term level=\"3\">", "<term level=\"4\">");
        assertThatThrownBy(() -> read(wrongLevel, "index.xml"))
                .isInstanceOfSatisfying(
                        CodeImportException.class, ex -> assertThat(ex.line()).isEqualTo(15))
                .hasMessageContaining("level 4 stands at nesting depth 3");
        String untitled = SMALL_INDEX.replace("<title>Dermatopolyneuritis</title>", "");
        assertThatThrownBy(() -> read(untitled, "index.xml"))
                .isInstanceOfSatisfying(
                        CodeImportException.class, ex -> assertThat(ex.line()).isEqualTo(34))
                .hasMessageContaining("a term has no title");
        String tabular = "<?xml version=\"1.0\"?>\n<ICD10CM.tabular><version>2026</version></ICD10CM.tabular>\n";
        assertThatThrownBy(() -> read(tabular, "tabular.xml"))
                .hasMessageContaining("tabular.xml, line 2: the root element is <ICD10CM.tabular>");
        String cellWithoutHeading = SMALL_INDEX.replace("<code>E11.40</code>", "<cell col=\"2\">E11.40</cell>");
        assertThatThrownBy(() -> read(cellWithoutHeading, "index.xml")).hasMessageContaining("no heading for column 2");
    }

    @Test
    void entitiesAndDtdsAreRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE ICD10CM.index [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <ICD10CM.index><letter><title>A</title>
                <mainTerm><title>&secret;</title><code>A00</code></mainTerm></letter></ICD10CM.index>
                """;
        assertThatThrownBy(() -> read(xxe, "evil.xml"))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("evil.xml, line 2: the file declares a DTD");
        String undeclared = xxe.replaceAll("<!DOCTYPE.*\n", "");
        assertThatThrownBy(() -> read(undeclared, "evil.xml"))
                .hasMessageContaining("evil.xml, line 3: the file is not well-formed XML")
                .hasMessageContaining("secret");
    }

    @Test
    void recognizesIndexFilesByTheirRootElement() throws IOException {
        for (String name : List.of(EINDEX_2026, DRUG_2026, NEOPLASM_2025)) {
            assertThat(IndexFile.recognizes("renamed.dat", Arrays.copyOf(bytes(name), 4096)))
                    .as(name)
                    .isTrue();
        }
        byte[] tabular = Arrays.copyOf(bytes("icd10cm/tabular-fy2021/icd10cm_tabular_2021.xml"), 4096);
        assertThat(IndexFile.recognizes("icd10cm_index_2021.xml", tabular)).isFalse();
        byte[] order = Arrays.copyOf(bytes("icd10cm/fy2026/icd10cm_order_2026.txt"), 4096);
        assertThat(IndexFile.recognizes("index.xml", order)).isFalse();
        byte[] csv = Arrays.copyOf(bytes("icd10cm/index-fy2025/ICD10CM_2025_Index_flattened.csv"), 4096);
        assertThat(IndexFile.recognizes("index.xml", csv)).isFalse();
        assertThat(IndexFile.recognizes("icd10cm-neoplasm-2027.xml", new byte[0]))
                .isTrue();
        assertThat(IndexFile.recognizes("icd10cm_tabular_2027.xml", new byte[0]))
                .isFalse();
    }

    /** Every construct of icd10cm-index-2025.xsd, in an invented index (codes real, terms not from the index). */
    static final String EVERY_CONSTRUCT = """
            <?xml version="1.0" encoding="utf-8"?>
            <ICD10CM.index isAddenda="false">
              <version>2099</version>
              <title>ICD-10-CM Index to Diseases and Injuries</title>
              <letter>
                <title>A</title>
                <mainTerm>
                  <title>Alpha <nemod>(plain)</nemod></title>
                  <see>Beta</see>
                  <seeAlso>Gamma</seeAlso>
                  <code>A00.9</code>
                  <seecat>T71</seecat>
                  <subcat>T75.0</subcat>
                  <manif>F02.80</manif>
                  <warning>invented for a test</warning>
                  <term level="1">
                    <title>category only</title>
                    <seecat>T71</seecat>
                  </term>
                  <term level="1">
                    <title>both categories</title>
                    <seecat>T71</seecat>
                    <subcat>T75.0</subcat>
                    <term level="2">
                      <diff><unc>changed</unc><old>removed</old><new>added</new></diff>
                      <code>A01.00</code>
                    </term>
                  </term>
                </mainTerm>
              </letter>
              <letter>
                <diff><new>B</new></diff>
                <mainTerm>
                  <diff><unc>Beta</unc></diff>
                  <subcat>T75.0</subcat>
                </mainTerm>
              </letter>
            </ICD10CM.index>
            """;

    @Test
    void everyConstructOfTheIndexSchemaIsRead() {
        List<IndexEntry> entries = read(EVERY_CONSTRUCT, "invented-index.xml");
        IndexEntry alpha = at(entries, "Alpha (plain) [F02.80]");
        assertThat(alpha.source()).isEqualTo(Source.INDEX);
        assertThat(alpha.code()).as("<code> is the code").isEqualTo("A009");
        assertThat(alpha.see())
                .as("seecat and subcat beside a code are kept as references")
                .isEqualTo("Beta; category T71; subcategory T75.0");
        assertThat(alpha.seeAlso()).isEqualTo("Gamma");
        IndexEntry categoryOnly = at(entries, "Alpha (plain) [F02.80]", "category only");
        assertThat(categoryOnly.code()).isEqualTo("T71");
        assertThat(categoryOnly.see()).isNull();
        IndexEntry both = at(entries, "Alpha (plain) [F02.80]", "both categories");
        assertThat(both.code()).isEqualTo("T71");
        assertThat(both.see()).isEqualTo("subcategory T75.0");
        assertThat(at(entries, "Alpha (plain) [F02.80]", "both categories", "changed added")
                        .code())
                .isEqualTo("A0100");
        assertThat(at(entries, "Beta").code()).isEqualTo("T750");
        assertThat(entries).hasSize(5);
    }

    @Test
    void aTableCellMayHoldRevisionMarks() {
        List<IndexEntry> entries = read("""
                <ICD10CM.index>
                  <indexHeading><head col="1">Substance</head><head col="2">Poisoning Accidental (unintentional)</head>
                  </indexHeading>
                  <letter><title>A</title>
                    <mainTerm><title>Acetaminophen</title>
                      <cell col="1">-</cell><cell col="2"><diff><old>T39.1X2</old><new>T39.1X1</new></diff></cell>
                    </mainTerm>
                  </letter>
                </ICD10CM.index>
                """, "invented-drug.xml");
        assertThat(at(entries, "Acetaminophen", "Poisoning, Accidental (unintentional)")
                        .code())
                .isEqualTo("T391X1");
    }

    @Test
    void aSecondCodeOfOneKindIsStillRefused() {
        assertThatThrownBy(() -> read(
                        EVERY_CONSTRUCT.replace("<code>A00.9</code>", "<code>A00.9</code><code>A00.1</code>"),
                        "invented-index.xml"))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("a term has a second <code>");
    }

    @Test
    void anAddendaFileIsToldApartSoItCanBeSkipped() throws IOException {
        String addenda = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- changes -->\n"
                + "<ICD10CM.index isAddenda=\"true\">\n<version>2026</version>\n";
        assertThat(IndexFile.isAddenda(addenda.getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(IndexFile.isAddenda(addenda.replace("\"true\"", "'true'").getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(IndexFile.isAddenda(addenda.replace("true", "false").getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(IndexFile.isAddenda(Arrays.copyOf(bytes(EINDEX_2026), 4096))).isFalse();
        assertThat(IndexFile.isAddenda(
                        addenda.replace("ICD10CM.index", "ICD10CM.tabular").getBytes(StandardCharsets.UTF_8)))
                .as("a tabular addenda is TabularFile's")
                .isFalse();
        assertThat(TabularFile.isAddenda(
                        addenda.replace("ICD10CM.index", "ICD10CM.tabular").getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(TabularFile.isAddenda(addenda.getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(TabularFile.isAddenda(Arrays.copyOf(bytes("icd10cm/tabular-fy2021/icd10cm_tabular_2021.xml"), 4096)))
                .isFalse();
    }
}
