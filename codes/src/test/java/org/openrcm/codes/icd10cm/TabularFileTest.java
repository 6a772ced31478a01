package org.openrcm.codes.icd10cm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.Release;
import org.openrcm.codes.testing.SharedData;

/**
 * The CDC/CMS tabular list XML: the full FY2021 file (January 2021 update) and chapter 2 of the April 2025 file, read
 * whole, with the notes and 7th characters a coder sees on a code.
 */
class TabularFileTest {

    static final String FY2021 = "icd10cm/tabular-fy2021/icd10cm_tabular_2021.xml";
    static final String CH2_2025 = "icd10cm/index-fy2025/icd-10-cm-tabular-2025_ch2.xml";

    static Tabular fy2021;

    @BeforeAll
    static void readTheFullListOnce() throws IOException {
        Path file = SharedData.codes(FY2021);
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            fy2021 = TabularFile.read(in, FY2021);
        }
        long read = System.nanoTime();
        int codes = fy2021.codes().size();
        long done = System.nanoTime();
        System.out.printf(
                "FY2021 tabular (%d bytes): read in %d ms, %d codes derived in %d ms%n",
                Files.size(file), (read - start) / 1_000_000, codes, (done - read) / 1_000_000);
    }

    static Tabular read(String name, byte[] bytes) {
        return TabularFile.read(new ByteArrayInputStream(bytes), name);
    }

    static byte[] bytes(String relative) throws IOException {
        return Files.readAllBytes(SharedData.codes(relative));
    }

    static Map<Note.Kind, Long> count(Function<List<Note>, Long> perHolder) {
        Map<Note.Kind, Long> counts = new EnumMap<>(Note.Kind.class);
        for (Note.Kind kind : Note.Kind.values()) {
            long n = 0;
            for (Tabular.Chapter c : fy2021.chapters()) {
                n += perHolder.apply(
                        c.notes().stream().filter(x -> x.kind() == kind).toList());
            }
            for (Tabular.Section s : fy2021.sections()) {
                n += perHolder.apply(
                        s.notes().stream().filter(x -> x.kind() == kind).toList());
            }
            for (Tabular.Entry e : fy2021.entries().values()) {
                n += perHolder.apply(
                        e.notes().stream().filter(x -> x.kind() == kind).toList());
            }
            counts.put(kind, n);
        }
        return counts;
    }

    @Test
    void everyCodeAndNoteOfTheFileIsRead() {
        assertThat(fy2021.version()).isEqualTo("2021");
        assertThat(fy2021.chapters()).hasSize(22);
        assertThat(fy2021.sections()).hasSize(296);
        // The MANIFEST's 44,772 counts the lines "<diag>"; 245 more are "<diag placeholder="true">" (T36.0X, H54.0X…)
        assertThat(fy2021.entries()).hasSize(44_772 + 245);
        assertThat(fy2021.entries()).containsKeys("T360X", "H540X", "J09X");

        // one Note per <note>, as counted in the file
        assertThat(count(notes -> (long) notes.size()))
                .containsEntry(Note.Kind.INCLUSION_TERM, 11_617L)
                .containsEntry(Note.Kind.INCLUDES, 1_015L)
                .containsEntry(Note.Kind.EXCLUDES1, 5_441L)
                .containsEntry(Note.Kind.EXCLUDES2, 2_253L)
                .containsEntry(Note.Kind.CODE_FIRST, 681L)
                .containsEntry(Note.Kind.USE_ADDITIONAL_CODE, 1_347L)
                .containsEntry(Note.Kind.CODE_ALSO, 352L)
                .containsEntry(Note.Kind.NOTE, 176L);
        // the MANIFEST's element counts: at most one excludes1, excludes2, codeFirst element per holder; 31 codes hold
        // two useAdditionalCode elements (774 elements on 743 holders)
        assertThat(count(notes -> notes.isEmpty() ? 0L : 1L))
                .containsEntry(Note.Kind.EXCLUDES1, 2_625L)
                .containsEntry(Note.Kind.EXCLUDES2, 1_045L)
                .containsEntry(Note.Kind.CODE_FIRST, 317L)
                .containsEntry(Note.Kind.USE_ADDITIONAL_CODE, 743L);

        assertThat(fy2021.entries().values().stream()
                        .filter(e -> e.seventh() != null && e.seventh().from().equals(Icd10cm.dotted(e.code())))
                        .count())
                .as("sevenChrDef elements")
                .isEqualTo(507);
        assertThat(fy2021.entry("A000"))
                .hasValueSatisfying(
                        e -> assertThat(e.title()).isEqualTo("Cholera due to Vibrio cholerae 01, biovar cholerae"));
    }

    @Test
    void chaptersAndSectionsTakeTheirRangesFromTheSectionIds() {
        Tabular.Chapter ch19 = fy2021.chapters().get(18);
        assertThat(ch19.number()).isEqualTo("19");
        assertThat(ch19.first()).isEqualTo("S00");
        assertThat(ch19.last()).isEqualTo("T88");
        assertThat(ch19.title()).startsWith("Injury, poisoning and certain other consequences of external causes");
        assertThat(fy2021.chapters().get(1))
                .extracting(Tabular.Chapter::first, Tabular.Chapter::last)
                .containsExactly("C00", "D49");

        assertThat(fy2021.chapterOf("E119")).map(Tabular.Chapter::number).hasValue("4");
        assertThat(fy2021.chapterOf("H6090")).map(Tabular.Chapter::number).hasValue("8");
        assertThat(fy2021.chapterOf("O9A119")).map(Tabular.Chapter::number).hasValue("15");
        assertThat(fy2021.chapterOf("Z3A38")).map(Tabular.Chapter::number).hasValue("21");
        assertThat(fy2021.sectionOf("E119")).hasValueSatisfying(s -> {
            assertThat(s.id()).isEqualTo("E08-E13");
            assertThat(s.title()).isEqualTo("Diabetes mellitus (E08-E13)");
        });
        Tabular.Section c7a = fy2021.sectionOf("C7A010").orElseThrow();
        assertThat(c7a.first()).isEqualTo(c7a.last()).isEqualTo("C7A");
        // categories with a letter in third place sit where the list puts them, not where they sort
        assertThat(fy2021.sectionOf("C4A0")).map(Tabular.Section::id).hasValue("C43-C44");
        assertThat(fy2021.sectionOf("M1A0110")).map(Tabular.Section::id).hasValue("M05-M14");
        assertThat(fy2021.sectionOf("Z3A38")).map(Tabular.Section::id).hasValue("Z30-Z39");
        assertThat(fy2021.sectionOf("D3A010")).map(Tabular.Section::id).hasValue("D3A");
        // sections that group sections
        assertThat(fy2021.sectionsOf("C50911"))
                .extracting(Tabular.Section::id)
                .containsExactly("C00-C96", "C00-C75", "C50");
        assertThat(fy2021.sectionsOf("V4352XA"))
                .extracting(Tabular.Section::id)
                .containsExactly("V00-X58", "V00-V99", "V40-V49");
        assertThat(fy2021.sectionsOf("M1A0110")).extracting(Tabular.Section::id).containsExactly("M00-M25", "M05-M14");
    }

    @Test
    void aCodeInheritsTheNotesOfItsParentsSectionAndChapter() {
        List<AppliedNote> e119 = fy2021.notesFor("E119");
        assertThat(e119)
                .extracting(AppliedNote::kind, AppliedNote::from)
                .contains(
                        tuple(Note.Kind.NOTE, "Chapter 4"),
                        tuple(Note.Kind.EXCLUDES1, "Chapter 4"),
                        tuple(Note.Kind.INCLUDES, "E11"),
                        tuple(Note.Kind.USE_ADDITIONAL_CODE, "E11"),
                        tuple(Note.Kind.EXCLUDES1, "E11"));
        assertThat(e119)
                .filteredOn(n -> n.from().equals("Chapter 4") && n.kind() == Note.Kind.EXCLUDES1)
                .extracting(AppliedNote::text)
                .containsExactly("transitory endocrine and metabolic disorders specific to newborn (P70-P74)");
        assertThat(e119)
                .filteredOn(n -> n.from().equals("E11") && n.kind() == Note.Kind.EXCLUDES1)
                .extracting(AppliedNote::text)
                .hasSize(8)
                .contains("type 1 diabetes mellitus (E10.-)", "gestational diabetes (O24.4-)");
        assertThat(e119)
                .filteredOn(n -> n.kind() == Note.Kind.USE_ADDITIONAL_CODE)
                .extracting(AppliedNote::text)
                .containsExactly(
                        "code to identify control using:",
                        "insulin (Z79.4)",
                        "oral antidiabetic drugs (Z79.84)",
                        "oral hypoglycemic drugs (Z79.84)");
        // chapter first, then the category: the order a coder reads them
        assertThat(e119.getFirst().from()).isEqualTo("Chapter 4");
        assertThat(e119.getLast().from()).isEqualTo("E11");

        // inclusion terms are the code's own: S72.00's are not S72.001A's, T36.0X1's are T36.0X1A's
        assertThat(fy2021.notesFor("S7200"))
                .contains(new AppliedNote(Note.Kind.INCLUSION_TERM, "Fracture of hip NOS", "S72.00"));
        List<AppliedNote> s72001a = fy2021.notesFor("S72001A");
        assertThat(s72001a).extracting(AppliedNote::kind).doesNotContain(Note.Kind.INCLUSION_TERM);
        assertThat(s72001a).extracting(AppliedNote::from).containsSubsequence("Chapter 19", "S70-S79", "S72", "S72.0");
        assertThat(s72001a)
                .contains(
                        new AppliedNote(Note.Kind.EXCLUDES1, "traumatic amputation of hip and thigh (S78.-)", "S72"),
                        new AppliedNote(
                                Note.Kind.EXCLUDES2, "physeal fracture of upper end of femur (S79.0-)", "S72.0"),
                        new AppliedNote(Note.Kind.EXCLUDES2, "frostbite (T33-T34)", "S70-S79"),
                        new AppliedNote(Note.Kind.EXCLUDES1, "birth trauma (P10-P15)", "Chapter 19"));
        assertThat(fy2021.notesFor("T360X1A"))
                .contains(
                        new AppliedNote(Note.Kind.INCLUSION_TERM, "Poisoning by penicillins NOS", "T36.0X1"),
                        new AppliedNote(Note.Kind.EXCLUDES1, "antineoplastic antibiotics (T45.1-)", "T36"),
                        new AppliedNote(
                                Note.Kind.EXCLUDES1,
                                "toxic reaction to local anesthesia in pregnancy (O29.3-)",
                                "T36-T50"));
        assertThat(fy2021.notesFor("S301XXA"))
                .filteredOn(n -> n.kind() == Note.Kind.INCLUSION_TERM)
                .containsExactly(
                        new AppliedNote(Note.Kind.INCLUSION_TERM, "Contusion of flank", "S30.1"),
                        new AppliedNote(Note.Kind.INCLUSION_TERM, "Contusion of groin", "S30.1"));
        // notes of a section that groups sections: V00-V99 over V40-V49
        assertThat(fy2021.notesFor("V4352XA"))
                .contains(
                        new AppliedNote(
                                Note.Kind.EXCLUDES2, "transport accidents due to cataclysm (X34-X38)", "V00-V99"),
                        new AppliedNote(Note.Kind.EXCLUDES1, "sport utility vehicle (SUV) (V50-V59)", "V40-V49"));
        assertThat(fy2021.notesFor("T20011A"))
                .contains(new AppliedNote(Note.Kind.INCLUDES, "scalds", "T20-T32"))
                .extracting(AppliedNote::from)
                .containsSubsequence("T20-T32", "T20-T25", "T20");
    }

    @Test
    void seventhCharactersComeFromTheCodeThatDefinesThem() {
        SeventhCharacters s72 = fy2021.seventhCharactersFor("S72001").orElseThrow();
        assertThat(s72.from()).isEqualTo("S72");
        assertThat(s72.note()).isEqualTo("The appropriate 7th character is to be added to all codes from category S72");
        assertThat(s72.characters())
                .extracting(SeventhCharacters.Character::value)
                .containsExactly('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'M', 'N', 'P', 'Q', 'R', 'S');
        assertThat(s72.meaning('A')).hasValue("initial encounter for closed fracture");
        assertThat(s72.meaning('S')).hasValue("sequela");
        assertThat(s72.meaning('L')).isEmpty();
        // the line printed under B in the list
        assertThat(s72.characters().get(1).inclusionTerms()).containsExactly("initial encounter for open fracture NOS");
        assertThat(fy2021.seventhCharactersFor("S72001A")).hasValue(s72);

        assertThat(fy2021.seventhCharactersFor("T360X1")).hasValueSatisfying(t -> {
            assertThat(t.from()).isEqualTo("T36");
            assertThat(t.characters())
                    .extracting(SeventhCharacters.Character::value)
                    .containsExactly('A', 'D', 'S');
        });
        assertThat(fy2021.seventhCharactersFor("O3110")).hasValueSatisfying(o -> {
            assertThat(o.from()).isEqualTo("O31");
            assertThat(o.characters())
                    .extracting(SeventhCharacters.Character::value)
                    .containsExactly('0', '1', '2', '3', '4', '5', '9');
            assertThat(o.meaning('9')).hasValue("other fetus");
        });
        // defined on a subcategory, with a stage printed under a character
        assertThat(fy2021.seventhCharactersFor("H35311")).hasValueSatisfying(h -> {
            assertThat(h.from()).isEqualTo("H35.31");
            assertThat(h.characters().get(3).inclusionTerms()).containsExactly("advanced dry stage");
        });
        assertThat(fy2021.seventhCharactersFor("E119")).isEmpty();

        // "7th characters D and S do not apply to codes in category S06 with 6th character 7 ... or 8"
        assertThat(fy2021.seventhCharactersFor("S061X7")).hasValueSatisfying(d -> {
            assertThat(d.from()).isEqualTo("S06");
            assertThat(d.characters())
                    .extracting(SeventhCharacters.Character::value)
                    .containsExactly('A');
        });
        assertThat(fy2021.seventhCharactersFor("S061X9"))
                .hasValueSatisfying(d -> assertThat(d.characters()).hasSize(3));
    }

    @Test
    void theListYieldsTheBillableCodesWithTheir7thCharactersAndPlaceholders() {
        Map<String, Code> codes = fy2021.codes();
        // CMS published 72,616 billable codes for FY2021 (October 1, 2020). This file is the January 1, 2021 update,
        // which added J12.82, M35.81, M35.89, Z11.52, Z20.822 and Z86.16 and made M35.8 a header: 5 more.
        assertThat(codes.values().stream().filter(Code::billable).count()).isEqualTo(72_616 + 5);
        assertThat(codes).containsKeys("J1282", "M3581", "Z20822");
        assertThat(codes.get("M358").billable()).isFalse();

        // headers, the placeholder X, and the code with its 7th character titled like the order file
        assertThat(Arrays.asList("T36", "T360", "T360X", "T360X1"))
                .allSatisfy(v -> assertThat(codes.get(v).billable()).as(v).isFalse());
        assertThat(codes.get("T360X1A").billable()).isTrue();
        assertThat(codes.get("T360X1A").longTitle())
                .isEqualTo("Poisoning by penicillins, accidental (unintentional), initial encounter");
        assertThat(codes.get("S72001B").longTitle())
                .isEqualTo("Fracture of unspecified part of neck of right femur, initial encounter for open fracture"
                        + " type I or II");
        assertThat(codes.get("S301").billable()).isFalse();
        assertThat(codes).containsKey("S301XXA").doesNotContainKeys("S301X", "S301XX");
        assertThat(codes.get("S301XXA").longTitle()).isEqualTo("Contusion of abdominal wall, initial encounter");
        assertThat(codes.get("T07").billable()).isFalse();
        assertThat(codes).containsKeys("T07XXXA", "T07XXXD", "T07XXXS");
        assertThat(codes.get("O3110X1").longTitle())
                .isEqualTo("Continuing pregnancy after spontaneous abortion of one fetus or more, unspecified"
                        + " trimester, fetus 1");
        assertThat(codes.get("H353112").longTitle())
                .isEqualTo("Nonexudative age-related macular degeneration, right eye, intermediate dry stage");
        // S06 death codes: initial encounter only
        assertThat(codes).containsKeys("S061X7A", "S061X9D").doesNotContainKeys("S061X7D", "S061X8S");
        // FY2021 lists H54.512A under H54.511 (H54.512 came later): both 7-character codes are billable
        assertThat(codes.get("H54511").billable()).isFalse();
        assertThat(codes.get("H54512A").billable()).isTrue();
        assertThat(codes.get("E119").billable()).isTrue();
        assertThat(codes.get("E11").billable()).isFalse();
        assertThat(codes.get("A000").billable()).isTrue();
        assertThat(fy2021.codes()).isSameAs(codes);
    }

    @Test
    void aReleaseOfTheListAloneAnswersLookups() {
        Release release = TabularFile.release(fy2021, "FY2021", LocalDate.of(2020, 10, 1));
        assertThat(release.billableCount()).isEqualTo(72_621);
        Catalog catalog = new Catalog();
        catalog.add(release);
        Catalog.Lookup s72001a =
                catalog.icd10cm("s72.001a", LocalDate.of(2021, 3, 1)).orElseThrow();
        assertThat(s72001a.code().billable()).isTrue();
        assertThat(s72001a.parents()).extracting(Code::value).containsExactly("S72", "S720", "S7200", "S72001");
        assertThat(s72001a.seventhCharacters()).map(SeventhCharacters::from).hasValue("S72");
        assertThat(s72001a.notes()).extracting(AppliedNote::from).contains("S72", "Chapter 19");
    }

    @Test
    void chapter2OfApril2025MatchesTheFy2025OrderFile() throws IOException {
        Tabular ch2 = read(CH2_2025, bytes(CH2_2025));
        assertThat(ch2.version()).isEqualTo("2025");
        assertThat(ch2.chapters()).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo("2");
            assertThat(c.title()).isEqualTo("Neoplasms (C00-D49)");
            assertThat(c.first()).isEqualTo("C00");
            assertThat(c.last()).isEqualTo("D49");
            assertThat(c.notes()).hasSize(8).allMatch(n -> n.kind() == Note.Kind.NOTE);
        });
        assertThat(ch2.sections()).hasSize(23);
        assertThat(ch2.entries()).hasSize(2_174);
        assertThat(ch2.notesFor("C50911"))
                .contains(new AppliedNote(Note.Kind.INCLUDES, "Paget's disease of nipple", "C50"))
                .extracting(AppliedNote::from)
                .startsWith("Chapter 2");
        assertThat(ch2.sectionOf("C4A0")).map(Tabular.Section::id).hasValue("C43-C44");

        Release order = OrderFileTest.release(2025);
        Map<String, Code> fromOrder = order.codes().stream()
                .filter(c -> c.value().compareTo("C00") >= 0 && c.value().compareTo("D4A") < 0)
                .collect(Collectors.toMap(Code::value, c -> c));
        Map<String, Code> fromList = ch2.codes();
        assertThat(fromList.keySet()).isEqualTo(fromOrder.keySet());
        assertThat(fromList.values().stream().filter(Code::billable).count()).isEqualTo(1_724);
        Set<String> billableDiffers = fromList.values().stream()
                .filter(c -> c.billable() != fromOrder.get(c.value()).billable())
                .map(Code::value)
                .collect(Collectors.toSet());
        assertThat(billableDiffers).isEmpty();
        // the order file writes names without accents: "Sezary disease", where the list has "Sézary disease"
        Set<String> titleDiffers = fromList.values().stream()
                .filter(c -> !c.longTitle().equals(fromOrder.get(c.value()).longTitle()))
                .map(Code::value)
                .collect(Collectors.toSet());
        assertThat(titleDiffers).hasSize(15).contains("C841", "C841A", "C880", "C8801");
        assertThat(fromList.get("C841").longTitle()).isEqualTo("S\u00e9zary disease");
        assertThat(titleDiffers)
                .allSatisfy(v -> assertThat(withoutAccents(fromList.get(v).longTitle()))
                        .isEqualTo(fromOrder.get(v).longTitle()));
    }

    static String withoutAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    @Test
    void aTruncatedFileFailsWithItsLastLine() throws IOException {
        byte[] whole = bytes(FY2021);
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        long lines = new String(half, StandardCharsets.UTF_8).lines().count();
        assertThatThrownBy(() -> read(FY2021, half)).isInstanceOfSatisfying(CodeImportException.class, e -> {
            assertThat(e.file()).isEqualTo(FY2021);
            assertThat(e.line()).isBetween(lines - 1, lines + 1);
            assertThat(e.getMessage())
                    .isEqualTo(FY2021 + ", line " + e.line()
                            + ": the file ends before the tabular list does; it is truncated");
        });
    }

    @Test
    void aDamagedFileFailsAtTheLineOfTheDamage() throws IOException {
        String text = new String(bytes(CH2_2025), StandardCharsets.UTF_8);
        long line = lineOf(text, "<name>C00.1</name>");

        String malformed = text.replace("<name>C00.1</name>", "<name>C00.1</nme>");
        assertThatThrownBy(() -> read(CH2_2025, malformed.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CodeImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage())
                            .startsWith(CH2_2025 + ", line " + line + ": the XML is not well formed (")
                            .endsWith("); the file is damaged");
                });

        String notACode = text.replace("<name>C00.1</name>", "<name>lip</name>");
        assertThatThrownBy(() -> read(CH2_2025, notACode.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CodeImportException.class)
                .hasMessage(CH2_2025 + ", line " + line + ": 'lip' is not an ICD-10-CM code");

        String misplaced = text.replace("<name>C00.1</name>", "<name>C01.1</name>");
        assertThatThrownBy(() -> read(CH2_2025, misplaced.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("line " + line + ": code C01.1 is listed under C00");

        String twice = text.replace("<name>C00.1</name>", "<name>C00.0</name>");
        assertThatThrownBy(() -> read(CH2_2025, twice.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("line " + line + ": code C00.0 is listed twice");
    }

    static long lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return text.substring(0, at).lines().count() + (text.charAt(at - 1) == '\n' ? 1 : 0);
    }

    static Tabular small(String chapterBody) {
        String xml = """
                <?xml version="1.0" encoding="utf-8"?>
                <ICD10CM.tabular>
                  <version>2099</version>
                  <chapter>
                    <name>19</name>
                    <desc>Injury</desc>
                """ + chapterBody + """
                  </chapter>
                </ICD10CM.tabular>
                """;
        return read("small.xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCodeWithoutNameOrTitleIsRefused() {
        assertThatThrownBy(() -> small("""
                    <section id="S00-S09">
                      <diag>
                        <name>S00</name>
                        <desc>Superficial injury of head</desc>
                        <diag><desc>nameless</desc></diag>
                      </diag>
                    </section>
                """))
                .isInstanceOf(CodeImportException.class)
                .hasMessage("small.xml, line 11: a code (<diag>) has no <name> (under S00)");
        assertThatThrownBy(() -> small("""
                    <section id="S00-S09">
                      <diag><name>S00</name></diag>
                    </section>
                """))
                .isInstanceOf(CodeImportException.class)
                .hasMessage("small.xml, line 8: code S00 has no title (<desc>)");
        assertThatThrownBy(() -> small("<section id=\"S00 to S09\"/>"))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("line 7: a section's id is 'S00 to S09'");
        assertThatThrownBy(() -> small(""))
                .isInstanceOf(CodeImportException.class)
                .hasMessage("small.xml: the file holds no codes (no <diag> in any chapter)");
    }

    @Test
    void otherXmlAndAddendaAreNotTakenForTheList() {
        assertThatThrownBy(() -> read(
                        "index.xml",
                        "<ICD10CM.index><version>2025</version></ICD10CM.index>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CodeImportException.class)
                .hasMessage("index.xml, line 1: the root element is <ICD10CM.index>, not <ICD10CM.tabular>: this is"
                        + " not an ICD-10-CM tabular list");
        assertThatThrownBy(() ->
                        read("addenda.xml", "<ICD10CM.tabular isAddenda=\"true\"/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("addenda");
        assertThatThrownBy(() -> read("empty.xml", new byte[0])).isInstanceOf(CodeImportException.class);
        assertThatThrownBy(() -> read(
                        "dtd.xml",
                        ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                                        + "<ICD10CM.tabular><version>&e;</version></ICD10CM.tabular>")
                                .getBytes(StandardCharsets.UTF_8)))
                .as("no external entity is read")
                .isInstanceOf(CodeImportException.class);
    }

    @Test
    void unknownElementsAreSkippedAndSectionWide7thCharactersApply() {
        Tabular t = small("""
                    <sectionIndex><sectionRef first="T07" last="T07" id="T07">Multiple</sectionRef></sectionIndex>
                    <section id="T07">
                      <desc>Injuries involving multiple body regions (T07)</desc>
                      <sevenChrNote><note>The appropriate 7th character is to be added to code T07</note></sevenChrNote>
                      <sevenChrDef>
                        <extension char="A">initial encounter</extension>
                        <extension char="S">sequela</extension>
                      </sevenChrDef>
                      <futureMarkup><whatever/></futureMarkup>
                      <deactivated from="2099" thru="2100"><desc>gone</desc></deactivated>
                      <diag>
                        <name>T07</name>
                        <desc>Unspecified <new>multiple</new><old>many</old> injuries</desc>
                        <visualImpairment><visCategory><heading>x</heading></visCategory></visualImpairment>
                        <excludes1><note>injury NOS (T14.90)</note><extra/></excludes1>
                        <codeAlso><note>any  associated
                          infection</note></codeAlso>
                      </diag>
                    </section>
                """);
        assertThat(t.entry("T07")).hasValueSatisfying(e -> {
            assertThat(e.title()).isEqualTo("Unspecified multiple injuries");
            assertThat(e.notes())
                    .containsExactly(
                            new Note(Note.Kind.EXCLUDES1, "injury NOS (T14.90)"),
                            new Note(Note.Kind.CODE_ALSO, "any associated infection"));
        });
        assertThat(t.seventhCharactersFor("T07")).hasValueSatisfying(s -> {
            assertThat(s.from()).isEqualTo("T07");
            assertThat(s.note()).isEqualTo("The appropriate 7th character is to be added to code T07");
        });
        assertThat(t.codes().keySet()).containsExactly("T07", "T07XXXA", "T07XXXS");
    }

    @Test
    void theFileIsRecognizedByItsRootElement() throws IOException {
        byte[] head = Arrays.copyOf(bytes(CH2_2025), 4096);
        assertThat(TabularFile.recognizes("whatever.bin", head)).isTrue();
        assertThat(TabularFile.recognizes(
                        "icd10cm_tabular_2021.xml",
                        "<?xml version=\"1.0\"?>\n<!-- x -->\n<ICD10CM.index>".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(TabularFile.recognizes(
                        "icd10cm-tabular-April-1-2026.xml", "<?xml version=\"1.0\"?>".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(TabularFile.recognizes("notes.xml", new byte[0])).isFalse();
        byte[] order = Arrays.copyOf(bytes("icd10cm/fy2026/icd10cm_order_2026.txt"), 4096);
        assertThat(TabularFile.recognizes("icd10cm_order_2026.txt", order)).isFalse();
    }
}
