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

    static List<String> errorCodes(ValidationReport report) {
        return report.findings().stream()
                .filter(Finding::isError)
                .map(Finding::code)
                .toList();
    }

    /**
     * node-x12's 271 sits in a functional group HS (the 270's; a 271 belongs in HB) and the file ends after SE, without
     * GE and IEA. Its transaction set itself follows the guide: no SNIP 2 finding.
     */
    @org.junit.jupiter.api.Test
    void nodeX12ResponseIsInTheWrongFunctionalGroup() throws IOException {
        ValidationReport report = validate("node-x12/271.edi");
        assertThat(errorCodes(report))
                .containsExactly("X12-SNIP1-GS-FUNCTIONAL-ID", "X12-SNIP1-GE-MISSING", "X12-SNIP1-IEA-MISSING");
        assertThat(read("node-x12/271.edi")).hasSize(1);
    }

    /** The LinuxForHealth rejection sample closes ST*271*4321 with SE*8*4323: its only error. */
    @org.junit.jupiter.api.Test
    void rejectionSampleHasAMismatchedTrailer() throws IOException {
        ValidationReport report = validate("linuxforhealth/271_005010X279A1/subscriber-health-benefit-check-error.271");
        assertThat(errorCodes(report)).containsExactly("X12-SNIP1-SE-CONTROL");
    }

    @org.junit.jupiter.api.Test
    void version4010InquiryIsNotSupported() throws IOException {
        ValidationReport report = validate("imsweb/x270_271/x270.txt");
        assertThat(errorCodes(report)).contains("X12-SNIP2-VERSION-NOT-SUPPORTED");
        assertThat(report.valid()).isFalse();
    }

    /**
     * imsweb's x271.txt is a 4010 interchange (ISA12 00401, GS08 004010X092A1) whose ST03 claims 005010X279A1: the
     * mismatch is reported, the set is checked against the 5010 guide ST03 names, and the file's other faults are found
     * (a trailing separator in EB, SE01 22 for 18 segments, IEA02 not the ISA13).
     */
    @org.junit.jupiter.api.Test
    void version4010ResponseClaimingA5010GuideIsCheckedAs5010() throws IOException {
        ValidationReport report = validate("imsweb/x270_271/x271.txt");
        assertThat(errorCodes(report))
                .containsExactly("X12-SNIP1-VERSION-MISMATCH", "X12-SNIP1-SE-COUNT", "X12-SNIP1-IEA-CONTROL");
    }

    /** The guide's rules do bite: a wrong EB01, a malformed service type, a range announced for a single date. */
    @org.junit.jupiter.api.Test
    void brokenResponseIsReported() throws IOException {
        String text = Files.readString(
                        SharedData.x12("linuxforhealth/271_005010X279A1/subscriber-health-benefit-check.271"),
                        java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("EB*1**30**GOLD", "EB*Z**30**GOLD")
                .replace("EB*1**1^33", "EB*1**1^3-3")
                .replace("DTP*346*D8*20060101", "DTP*346*RD8*20060101");
        ValidationReport report = new X12Validator()
                .validate(
                        new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)),
                        "broken");
        assertThat(report.findings())
                .filteredOn(Finding::isError)
                .extracting(Finding::code, Finding::segmentId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("X12-SNIP2-INVALID-DATE", "DTP"),
                        org.assertj.core.groups.Tuple.tuple("X12-SNIP2-INVALID-CODE", "EB"),
                        org.assertj.core.groups.Tuple.tuple("X12-SNIP2-INVALID-CODE", "EB"));
    }
}
