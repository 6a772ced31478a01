package org.openrcm.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openrcm.x12.testing.SharedData;
import org.openrcm.x12.validate.Finding;
import org.openrcm.x12.validate.ValidationReport;
import org.openrcm.x12.validate.X12Validator;

/**
 * The conformance table ({@code conformance.tsv}): every real X12 file in {@code ../shared/data/x12} with the outcome
 * it must have. {@code valid} means no error; otherwise each {@code CODE@SEGMENT#NUMBER} listed must be among the
 * errors (segment id and number optional). Valid files must also read into typed records without an exception.
 */
class ConformanceTest {

    record Expectation(String file, String outcome, String why) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Map<String, Expectation> table() throws IOException {
        Map<String, Expectation> table = new LinkedHashMap<>();
        try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                table.put(cells[0], new Expectation(cells[0], cells[1], cells.length > 2 ? cells[2] : ""));
            }
        }
        return table;
    }

    static Stream<Expectation> expectations() throws IOException {
        return table().values().stream();
    }

    @Test
    void everySampleFileHasAStatedOutcome() throws IOException {
        Path root = SharedData.require().resolve("x12");
        List<String> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
        assertThat(table().keySet()).containsAll(files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void eachSampleHasItsStatedOutcome(Expectation e) throws IOException {
        Path file = SharedData.x12(e.file());
        ValidationReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = new X12Validator().validate(in, e.file());
        }
        List<Finding> errors =
                report.findings().stream().filter(Finding::isError).toList();
        if (e.outcome().equals("valid")) {
            assertThat(errors).as(e.file()).isEmpty();
            List<Object> records = new ArrayList<>();
            try (InputStream in = Files.newInputStream(file)) {
                new X12Reader().read(in, records::add);
            }
            return;
        }
        for (String expected : e.outcome().split(",")) {
            String[] parts = expected.trim().split("[@#]");
            String code = parts[0];
            String segment = expected.contains("@") ? parts[1] : null;
            String number = expected.contains("#") ? parts[parts.length - 1] : null;
            assertThat(errors).as("%s must report %s", e.file(), expected).anySatisfy(f -> {
                assertThat(f.code()).isEqualTo(code);
                if (segment != null) {
                    assertThat(f.segmentId()).isEqualTo(segment);
                }
                if (number != null) {
                    assertThat(f.segmentNumber()).isEqualTo(Long.parseLong(number));
                }
            });
        }
    }
}
