package org.openrcm.x12.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openrcm.x12.X12Reader;
import org.openrcm.x12.testing.SharedData;
import org.openrcm.x12.validate.Finding;
import org.openrcm.x12.validate.ValidationReport;
import org.openrcm.x12.validate.X12Validator;

/** Every real 5010 270/271 sample validates without error (or with the one error it truly has) and reads. */
class EligibilitySamplesTest {

    static Stream<String> validSamples() {
        return Stream.of(
                "linuxforhealth/270_005010X279A1/dependent-health-benefit-check.270",
                "linuxforhealth/270_005010X279A1/subscriber-health-benefit-check.270",
                "linuxforhealth/271_005010X279A1/dependent-health-benefit-check.271",
                "linuxforhealth/271_005010X279A1/subscriber-health-benefit-check.271");
    }

    static ValidationReport validate(String sample) throws IOException {
        Path file = SharedData.x12(sample);
        try (InputStream in = Files.newInputStream(file)) {
            return new X12Validator().validate(in, sample);
        }
    }

    static List<Object> read(String sample) throws IOException {
        List<Object> records = new ArrayList<>();
        try (InputStream in = Files.newInputStream(SharedData.x12(sample))) {
            new X12Reader().read(in, (java.util.function.Consumer<Object>) records::add);
        }
        return records;
    }

    static List<String> errors(ValidationReport report) {
        return report.findings().stream()
                .filter(Finding::isError)
                .map(Finding::toString)
                .toList();
    }

    @ParameterizedTest
    @MethodSource("validSamples")
    void realSampleHasNoError(String sample) throws IOException {
        ValidationReport report = validate(sample);
        assertThat(errors(report)).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(read(sample)).isNotEmpty();
    }
}
