package org.openrcm.codes.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.CodeImportException;

/** The shared CSV reader: RFC 4180 quoting, line numbers, header lookup, and refusing what would lose data. */
class CsvReaderTest {

    static List<CsvRecord> all(String text) {
        return all(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<CsvRecord> all(byte[] bytes) {
        List<CsvRecord> out = new ArrayList<>();
        try (CsvReader r = CsvReader.of(new ByteArrayInputStream(bytes), "t.csv")) {
            for (CsvRecord rec; (rec = r.next()) != null; ) {
                out.add(rec);
            }
        }
        return out;
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksAndRecordsKnowTheirFirstLine() {
        List<CsvRecord> records =
                all("code,text\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\r\nsecond line\r\nthird\"\r\n3,plain\r\n");
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 6L);
        assertThat(records.get(1).fields()).containsExactly("1", "a, b");
        assertThat(records.get(2).get(1)).isEqualTo("say \"hi\"\nsecond line\nthird");
        assertThat(records.get(3).fields()).containsExactly("3", "plain");
    }

    @Test
    void lineEndingsMayBeLfCrOrMissingAtTheEndAndEmptyFieldsCount() {
        assertThat(all("a,b\nc,\rd,e"))
                .extracting(CsvRecord::fields)
                .containsExactly(List.of("a", "b"), List.of("c", ""), List.of("d", "e"));
        assertThat(all(",,,\n")).singleElement().satisfies(r -> {
            assertThat(r.size()).isEqualTo(4);
            assertThat(r.isBlank()).isTrue();
        });
        assertThat(all("")).isEmpty();
        assertThat(all("\"\"\n")).singleElement().extracting(r -> r.get(0)).isEqualTo("");
    }

    @Test
    void aStrayQuoteInsideAnUnquotedFieldIsKeptAsText() {
        assertThat(all("5\" tube,x\n").getFirst().fields()).containsExactly("5\" tube", "x");
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereItOpened() {
        assertThatThrownBy(() -> all("a,b\n1,\"open\n2,x\n3,y\n"))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("t.csv, line 2")
                .hasMessageContaining("never closed")
                .satisfies(e -> assertThat(((CodeImportException) e).line()).isEqualTo(2));
    }

    @Test
    void aRunawayFieldIsRefusedBeforeItFillsMemory() {
        String huge = "a\n\"" + "x".repeat(CsvReader.MAX_FIELD + 10) + "\"\n";
        assertThatThrownBy(() -> all(huge))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("longer than");
    }

    @Test
    void utf8WithBomAndWindows1252AreBothRead() {
        byte[] bom = "\uFEFFcode,name\n02,Patient’s Home\n".getBytes(StandardCharsets.UTF_8);
        assertThat(all(bom).get(0).get(0)).isEqualTo("code");
        assertThat(all(bom).get(1).get(1)).isEqualTo("Patient’s Home");
        byte[] cp1252 = "02,Patient’s Home – café\n".getBytes(Charset.forName("windows-1252"));
        assertThat(all(cp1252).get(0).get(1)).isEqualTo("Patient’s Home – café");
        byte[] emoji = "x,\uD83D\uDE00\n".getBytes(StandardCharsets.UTF_8);
        assertThat(all(emoji).get(0).get(1)).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void headerColumnsAreFoundIgnoringCaseSpacingAndPunctuation() {
        CsvHeader h =
                new CsvHeader("t.csv", new CsvRecord(3, List.of("HCPCS", "MOD", "Non-Fac PE RVU", "PE RVU", "PE RVU")));
        assertThat(h.find("non_fac_pe_rvu")).isEqualTo(2);
        assertThat(h.find("nope", "mod")).isEqualTo(1);
        assertThat(h.findAll("pe rvu")).containsExactly(3, 4);
        assertThat(h.has("hcpcs")).isTrue();
        assertThatThrownBy(() -> h.require("status code"))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("t.csv, line 3")
                .hasMessageContaining("no 'status code' column");
    }

    @Test
    void aHeaderIsFoundBelowTitleLinesAndKnowsTheTitlesAboveItsColumns() {
        String text =
                "2024 National Physician Fee Schedule,,,\n,,NON-FAC,FACILITY\nHCPCS,MOD,PE RVU,PE RVU\n99213,,1.33,0.56\n";
        try (CsvReader r = CsvReader.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv")) {
            CsvHeader h = r.header(10, x -> x.has("HCPCS") && x.has("MOD"), "HCPCS and MOD columns");
            assertThat(h.line()).isEqualTo(3);
            assertThat(h.findUnder("non-fac pe rvu")).isEqualTo(2);
            assertThat(h.findUnder("facility pe rvu")).isEqualTo(3);
            assertThat(r.next().fields()).containsExactly("99213", "", "1.33", "0.56");
        }
        try (CsvReader r =
                CsvReader.of(new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)), "x.csv")) {
            assertThatThrownBy(() -> r.header(5, x -> x.has("HCPCS"), "a HCPCS column"))
                    .hasMessage("x.csv: no header row with a HCPCS column in the first 5 lines");
        }
    }

    @Test
    void aRecordOfTheWrongWidthIsRefusedButTrailingEmptyFieldsAreNot() {
        CsvHeader h = new CsvHeader("t.csv", new CsvRecord(1, List.of("a", "b", "c")));
        h.checkWidth(new CsvRecord(2, List.of("1", "2", "3", "", "")));
        assertThatThrownBy(() -> h.checkWidth(new CsvRecord(7, List.of("1", "2"))))
                .hasMessageContaining("t.csv, line 7")
                .hasMessageContaining("2 fields where the header has 3");
        assertThatThrownBy(() -> h.checkWidth(new CsvRecord(8, List.of("1", "2", "3", "4"))))
                .hasMessageContaining("line 8")
                .hasMessageContaining("lost its quotes");
    }

    @Test
    void theHeadOfAFileGivesOnlyItsCompleteRecords() {
        byte[] head = "Code,Grouping\n101Y00000X,\"Behavioral Health, and".getBytes(StandardCharsets.UTF_8);
        assertThat(CsvReader.head(head))
                .singleElement()
                .extracting(CsvRecord::fields)
                .isEqualTo(List.of("Code", "Grouping"));
        assertThat(CsvReader.headHas(head, 3, x -> x.has("grouping"))).isTrue();
        assertThat(CsvReader.headHas(new byte[] {(byte) 0xE2, (byte) 0x80}, 3, x -> true))
                .isFalse();
    }
}
