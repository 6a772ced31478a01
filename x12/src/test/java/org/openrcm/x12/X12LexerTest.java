package org.openrcm.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class X12LexerTest {

    static final String ISA =
            "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *250101*1200*^*00501*000000001*0*P*:~";

    static List<String> lex(String text, Limits limits) {
        List<String> out = new ArrayList<>();
        try (X12Lexer lexer =
                new X12Lexer(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), limits)) {
            Segment s;
            while ((s = lexer.next()) != null) {
                out.add(s.number() + "@" + s.line() + ":" + s);
            }
        }
        return out;
    }

    @Test
    void findsTheSeparatorsInTheIsaWhateverTheyAre() {
        String isa = ISA.replace('*', '|').replace('^', '!').replace(':', '>').replace('~', '\'');
        try (X12Lexer lexer = new X12Lexer(new ByteArrayInputStream((isa + "GS|HC|A>B!C|X'").getBytes()))) {
            lexer.next();
            Segment gs = lexer.next();
            assertThat(lexer.delimiters()).isEqualTo(new Delimiters((byte) '|', (byte) '>', (byte) '!', (byte) '\''));
            assertThat(gs.id()).isEqualTo("GS");
            assertThat(gs.component(2, 1)).isEqualTo("A");
            assertThat(gs.component(2, 2)).isEqualTo("B");
            assertThat(gs.component(2, 2, 1)).isEqualTo("C");
            assertThat(gs.repetitions(2)).isEqualTo(2);
            assertThat(gs.element(3)).isEqualTo("X");
            assertThat(gs.element(4)).isEmpty();
        }
    }

    @Test
    void countsSegmentsAndLinesWithLineBreaksAfterTerminators() {
        assertThat(lex(ISA + "\r\nGS*HC~\nST*837*0001~", Limits.DEFAULT))
                .extracting(s -> s.substring(0, s.indexOf(':')))
                .containsExactly("1@1", "2@2", "3@3");
    }

    @Test
    void indentationBetweenSegmentsIsLayoutNotData() {
        assertThat(lex(ISA + "\n  GS*HC~\n\t ST*837*0001~", Limits.DEFAULT))
                .extracting(s -> s.substring(s.indexOf(':') + 1))
                .containsExactly(ISA.substring(0, ISA.length() - 1), "GS*HC", "ST*837*0001");
    }

    @Test
    void aFileWrappedAtEightyColumnsReadsAsIfItWereNot() {
        StringBuilder flat = new StringBuilder(ISA);
        for (int i = 0; i < 300; i++) {
            flat.append("NTE*ADD*A NOTE THAT IS LONG ENOUGH TO BE CUT BY THE WRAP ")
                    .append(i)
                    .append('~');
        }
        StringBuilder wrapped = new StringBuilder();
        for (int i = 0; i < flat.length(); i += 80) {
            wrapped.append(flat, i, Math.min(flat.length(), i + 80)).append("\r\n");
        }
        List<String> read = lex(wrapped.toString(), Limits.DEFAULT);
        assertThat(read)
                .extracting(s -> s.substring(s.indexOf(':') + 1))
                .isEqualTo(lex(flat.toString(), Limits.DEFAULT).stream()
                        .map(s -> s.substring(s.indexOf(':') + 1))
                        .toList());
        assertThat(read.get(5)).startsWith("6@").endsWith("NTE*ADD*A NOTE THAT IS LONG ENOUGH TO BE CUT BY THE WRAP 4");
    }

    @Test
    void anUnterminatedLastSegmentThatReachesTheEndOfTheBufferIsReadWhole() throws Exception {
        // Jazzer: the buffer was compacted before the end of the stream was found, and the segment's offsets were
        // left pointing at the old place (garbage read, then an index out of bounds once NUL counted as padding).
        byte[] input;
        try (var in = getClass().getResourceAsStream("/lexer/unterminated-last-segment-at-buffer-end.bin")) {
            input = in.readAllBytes();
        }
        String text = new String(input, StandardCharsets.ISO_8859_1);
        String last = text.substring(text.lastIndexOf('~') + 1).strip();
        List<String> segments = lex(text, new Limits(64 * 1024, 10_000, 8_192, 2_048));
        assertThat(segments.getLast()).endsWith(":" + last);
    }

    @Test
    void paddingAndAnEndOfFileMarkAfterTheLastSegmentAreNotASegment() {
        assertThat(lex(ISA + "GS*HC~\r\n\u001a\u0000\u0000", Limits.DEFAULT)).hasSize(2);
    }

    @Test
    void readsFilesWhoseSegmentTerminatorIsALineBreak() {
        String isa = ISA.substring(0, ISA.length() - 1) + "\n";
        assertThat(lex(isa + "GS*HC\nST*837*0001\n", Limits.DEFAULT))
                .extracting(s -> s.substring(s.indexOf(':') + 1, s.indexOf(':') + 3))
                .containsExactly("IS", "GS", "ST");
    }

    @Test
    void beforeVersion5010TheIsa11IsNotARepetitionSeparator() {
        String isa4010 = ISA.replace("*^*00501*", "*U*00401*");
        try (X12Lexer lexer = new X12Lexer(new ByteArrayInputStream(isa4010.getBytes()))) {
            lexer.next();
            assertThat(lexer.delimiters().repetition()).isZero();
        }
    }

    @Test
    void refusesAFileThatIsNotX12() {
        assertThatThrownBy(() -> lex("hello world~", Limits.DEFAULT))
                .isInstanceOf(X12Exception.class)
                .hasMessageContaining("does not start with an ISA")
                .extracting(e -> ((X12Exception) e).code())
                .isEqualTo("X12-NO-ISA");
    }

    @Test
    void refusesAnIsaThatEndsEarly() {
        assertThatThrownBy(() -> lex("ISA*00*0*00", Limits.DEFAULT))
                .isInstanceOf(X12Exception.class)
                .extracting(e -> ((X12Exception) e).code())
                .isEqualTo("X12-BAD-ISA");
    }

    @Test
    void stopsAtTheElementLengthLimitNamingTheSegment() {
        Limits small = new Limits(1 << 20, 1000, 4096, 50);
        assertThatThrownBy(() -> lex(ISA + "GS*HC~NTE*" + "A".repeat(60) + "~", small))
                .isInstanceOf(X12Exception.class)
                .hasMessageContaining("Segment 3")
                .hasMessageContaining("60 bytes");
    }

    @Test
    void stopsAtTheSegmentCountLimit() {
        Limits small = new Limits(1 << 20, 3, 4096, 50);
        assertThatThrownBy(() -> lex(ISA + "GS*HC~ST*1~SE*1~", small))
                .isInstanceOf(X12Exception.class)
                .extracting(e -> ((X12Exception) e).code())
                .isEqualTo("X12-LIMIT-SEGMENTS");
    }

    @Test
    void stopsAtTheFileSizeLimit() {
        Limits small = new Limits(200, 1000, 4096, 50);
        assertThatThrownBy(() -> lex(ISA + "NTE*x~".repeat(100), small))
                .isInstanceOf(X12Exception.class)
                .extracting(e -> ((X12Exception) e).code())
                .isEqualTo("X12-LIMIT-SIZE");
    }

    @Test
    void readsSegmentsThatCrossBufferBoundaries() {
        StringBuilder b = new StringBuilder(ISA);
        for (int i = 0; i < 20_000; i++) {
            b.append("NTE*ADD*NOTE NUMBER ").append(i).append("~\n");
        }
        List<String> segments = lex(b.toString(), Limits.DEFAULT);
        assertThat(segments).hasSize(20_001);
        assertThat(segments.getLast()).endsWith("NTE*ADD*NOTE NUMBER 19999");
    }

    @Test
    void aCopyOutlivesTheNextSegment() {
        try (X12Lexer lexer = new X12Lexer(new ByteArrayInputStream((ISA + "GS*HC~ST*837~").getBytes()))) {
            lexer.next();
            Segment gs = lexer.next().copy();
            lexer.next();
            assertThat(gs.toString()).isEqualTo("GS*HC");
        }
    }
}
