package org.openrcm.edits.ncci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.CodeImportException;

class PtpTableTest {

    static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 1);
    static PtpTable sample;

    @BeforeAll
    static void read() {
        sample = NcciTestFiles.read(NcciTestFiles.PTP_SAMPLE, PtpTable::read);
    }

    @Test
    void sampleHoldsEveryRowActiveAndDeleted() {
        // counted with awk on the file: 19,445 rows, 5,961 with deletion date '*'
        assertThat(sample.size()).isEqualTo(19_445);
        assertThat(sample.activeCount()).isEqualTo(5_961);
        assertThat(sample.deletedCount()).isEqualTo(13_484);
        assertThat(sample.effective()).contains(JULY_2024);
    }

    @Test
    void establishedVisitWithMinimalVisitIsAnEditAModifierMayBypass() {
        // 99214,99211,*,1,Misuse of Column Two code with Column One code
        PtpEdit e = sample.edit("99214", "99211", JULY_2024).orElseThrow();
        assertThat(e.column1()).isEqualTo("99214");
        assertThat(e.column2()).isEqualTo("99211");
        assertThat(e.modifierIndicator()).isEqualTo(PtpModifier.ALLOWED);
        assertThat(e.deletion()).isNull();
        assertThat(e.effective()).isNull(); // the extract has no effective dates
        assertThat(e.rationale()).isEqualTo("Misuse of Column Two code with Column One code");
        assertThat(e.row()).isEqualTo("99214/99211");
        // the table lists the pair in one order only
        assertThat(sample.edit("99211", "99214", JULY_2024)).isEmpty();
    }

    @Test
    void beforeItsDeletionTheOlderRowOfAPairApplies() {
        // 99214,99211 has the row in force and one deleted 2019-12-31: on 2019-06-01 the deleted one is in effect
        PtpEdit old = sample.edit("99214", "99211", LocalDate.of(2019, 6, 1)).orElseThrow();
        assertThat(old.deletion()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(sample.edit("99214", "99211", LocalDate.of(2020, 1, 1))
                        .orElseThrow()
                        .deletion())
                .isNull();
        // 11042,92012: '*' with indicator 1, and an indicator 9 row deleted 2013-07-01
        assertThat(sample.edit("11042", "92012", LocalDate.of(2013, 1, 15))
                        .orElseThrow()
                        .modifierIndicator())
                .isEqualTo(PtpModifier.NOT_APPLICABLE);
        assertThat(sample.edit("11042", "92012", LocalDate.of(2013, 7, 2))
                        .orElseThrow()
                        .modifierIndicator())
                .isEqualTo(PtpModifier.ALLOWED);
    }

    @Test
    void aPairDeletedBeforeTheDateOfServiceDoesNotApply() {
        // 20610,27370,2018-12-31,1: the deletion date is the last date of service the edit applies to
        PtpEdit e = sample.edit("20610", "27370", LocalDate.of(2018, 12, 31)).orElseThrow();
        assertThat(e.deletion()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(e.modifierIndicator()).isEqualTo(PtpModifier.ALLOWED);
        assertThat(e.rationale()).isEqualTo("CPT Manual or CMS manual coding instruction");
        assertThat(sample.edit("20610", "27370", LocalDate.of(2019, 1, 1))).isEmpty();
        assertThat(sample.hasEdit("20610", "27370", JULY_2024)).isFalse();
        // all 62 edits of the COVID vaccine administration 0001A are deleted, the last ones on 2023-12-31
        assertThat(sample.pairsFor("0001A", LocalDate.of(2023, 12, 31))).hasSize(57);
        assertThat(sample.pairsFor("0001A", JULY_2024)).isEmpty();
        assertThat(sample.rowsFor("0001A")).hasSize(62);
    }

    @Test
    void indicatorZeroPairNeverAllowsAModifier() {
        // 20610,64463,*,0,Misuse of Column Two code with Column One code
        PtpEdit e = sample.edit("20610", "64463", JULY_2024).orElseThrow();
        assertThat(e.modifierIndicator()).isEqualTo(PtpModifier.NOT_ALLOWED);
        assertThat(e.modifierIndicator().code()).isZero();
    }

    @Test
    void pairsForAColumnOneCodeOnADate() {
        // awk: 99214 has 328 rows; 126 pairs in force now, 145 distinct pairs in force on 2019-06-01
        assertThat(sample.rowsFor("99214")).hasSize(328);
        assertThat(sample.pairsFor("99214", JULY_2024))
                .hasSize(126)
                .allSatisfy(e -> assertThat(e.deletion()).isNull())
                .anySatisfy(e -> assertThat(e.column2()).isEqualTo("99211"));
        assertThat(sample.pairsFor("99214", LocalDate.of(2019, 6, 1))).hasSize(145);
        assertThat(sample.pairsFor("99214", JULY_2024))
                .extracting(PtpEdit::column2)
                .isSorted();
    }

    @Test
    void codesAreMatchedWhateverTheirCaseAndUnknownCodesHaveNoEdits() {
        assertThat(sample.edit("0001a", "0591t", LocalDate.of(2023, 1, 1))).isPresent();
        assertThat(sample.edit("99214", "ZZZZZ", JULY_2024)).isEmpty();
        assertThat(sample.edit("", "99211", JULY_2024)).isEmpty();
        assertThat(sample.edit("99214-25", "99211", JULY_2024)).isEmpty();
        assertThat(sample.pairsFor("ZZZZZ", JULY_2024)).isEmpty();
    }

    @Test
    void gzipIsToldByItsMagicBytesNotItsName() throws IOException {
        byte[] plain = Files.readAllBytes(NcciTestFiles.path(NcciTestFiles.PTP_SAMPLE));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(plain);
        }
        PtpTable t = PtpTable.read(new ByteArrayInputStream(gz.toByteArray()), "ptp_practitioner_eff_2024-07-01.csv");
        assertThat(t.size()).isEqualTo(sample.size());
        assertThat(t.activeCount()).isEqualTo(sample.activeCount());
        assertThat(t.edit("99214", "99211", JULY_2024)).isEqualTo(sample.edit("99214", "99211", JULY_2024));
    }

    @Test
    void theFullPractitionerTableLoadsWithEveryRow() {
        long start = System.nanoTime();
        PtpTable full = NcciTestFiles.read(NcciTestFiles.PTP_FULL, PtpTable::read);
        long ms = (System.nanoTime() - start) / 1_000_000;
        // the counts of the shared data's manifest, checked with zcat | awk
        assertThat(full.size()).isEqualTo(2_546_017);
        assertThat(full.activeCount()).isEqualTo(1_669_820);
        assertThat(full.deletedCount()).isEqualTo(876_197);
        assertThat(full.codeCount()).isEqualTo(13_047);
        assertThat(full.edit("33208", "33207", JULY_2024).orElseThrow().modifierIndicator())
                .isEqualTo(PtpModifier.NOT_ALLOWED);
        assertThat(full.edit("G0438", "G0439", JULY_2024).orElseThrow().rationale())
                .isEqualTo("More extensive procedure");
        // the sample is a subset: every one of its answers is the full table's
        for (String c1 : new String[] {"99213", "20610", "0001A", "11042"}) {
            for (LocalDate d : new LocalDate[] {JULY_2024, LocalDate.of(2019, 6, 1), LocalDate.of(2012, 3, 1)}) {
                assertThat(full.pairsFor(c1, d)).isEqualTo(sample.pairsFor(c1, d));
            }
        }
        System.out.println("full PTP table (2,546,017 rows) read in " + ms + " ms");
    }

    private static PtpTable parse(String text) {
        return PtpTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "ptp_test.csv");
    }

    private static final String HEADER = "column1,column2,deletion_date,modifier_indicator,ptp_edit_rationale\n";

    @Test
    void badRowsAreRefusedNamingFileAndLine() {
        assertThatThrownBy(() -> parse(HEADER + "99214,99211,*,1,x\n99214,99212,*,2,x\n"))
                .isInstanceOf(CodeImportException.class)
                .hasMessage("ptp_test.csv, line 3: modifier indicator '2' is not 0, 1 or 9");
        assertThatThrownBy(() -> parse(HEADER + "99214,99211,2019-13-31,1,x\n"))
                .hasMessageStartingWith("ptp_test.csv, line 2: deletion date '2019-13-31' is not a date");
        assertThatThrownBy(() -> parse(HEADER + "99214,99211,*\n"))
                .hasMessage("ptp_test.csv, line 2: the row has 3 fields where the header has 5"
                        + " (cut short, or a comma missing)");
        assertThatThrownBy(() -> parse(HEADER + "99214,992-11,*,1,x\n"))
                .hasMessage(
                        "ptp_test.csv, line 2: column 2 '992-11' is not a HCPCS/CPT code (1 to 8 letters and digits)");
        assertThatThrownBy(() -> parse("code1,code2,deleted,mod\n99214,99211,*,1\n"))
                .hasMessageStartingWith("ptp_test.csv, line 1: the header row has no 'column1' column");
        // a trailing comma after sixteen fields (the reader's first field array) is one more empty field, accepted
        assertThat(parse(HEADER.strip() + ",a,b,c,d,e,f,g,h,i,j,k\n99214,99211,*,1,x,,,,,,,,,,,,\n")
                        .size())
                .isOne();
        assertThatThrownBy(() -> parse(HEADER)).hasMessage("ptp_test.csv: the file has a header and no edits");
        assertThatThrownBy(() -> parse("")).hasMessageContaining("the file is empty");
    }

    @Test
    void cmsLayoutWithEffectiveDatesIsRead() {
        // CMS's own header names, YYYYMMDD dates, a quoted rationale, CRLF and no final line feed
        PtpTable t = parse("Column 1,Column 2,*=in existence prior to 1996,Effective Date,Deletion Date *=no data,"
                + "\"Modifier 0=not allowed 1=allowed 9=not applicable\",PTP Edit Rationale\r\n"
                + "99214,99211,,20200101,*,1,\"Misuse of Column Two code, with Column One code\"\r\n"
                + "99214,99211,*,19960101,20191231,1,Misuse of Column Two code with Column One code");
        assertThat(t.edit("99214", "99211", LocalDate.of(2020, 1, 1))
                        .orElseThrow()
                        .effective())
                .isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(t.edit("99214", "99211", LocalDate.of(2020, 1, 1))
                        .orElseThrow()
                        .rationale())
                .isEqualTo("Misuse of Column Two code, with Column One code");
        assertThat(t.edit("99214", "99211", LocalDate.of(2019, 12, 31))
                        .orElseThrow()
                        .deletion())
                .isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(t.edit("99214", "99211", LocalDate.of(1995, 12, 31))).isEmpty();
        assertThat(t.effective()).isEmpty();
    }
}
