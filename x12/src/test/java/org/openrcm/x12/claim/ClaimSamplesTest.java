package org.openrcm.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openrcm.x12.testing.SharedData;
import org.openrcm.x12.validate.Finding;
import org.openrcm.x12.validate.ValidationReport;
import org.openrcm.x12.validate.X12Validator;

/** The real 5010 837 samples: valid ones pass the guides, broken ones fail exactly where they are broken. */
class ClaimSamplesTest {

    static ValidationReport validate(String file) throws IOException {
        try (InputStream in = Files.newInputStream(SharedData.x12(file))) {
            return new X12Validator().validate(in, file);
        }
    }

    static List<Finding> errors(String file) throws IOException {
        return validate(file).findings().stream().filter(Finding::isError).toList();
    }

    /** {@code code@where@loop} of each error, to compare a file's errors as a set. */
    static Set<String> summary(List<Finding> errors) {
        Set<String> out = new TreeSet<>();
        for (Finding f : errors) {
            out.add(f.code() + "@" + f.where() + "@" + f.loop());
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "uhin/837.edi",
                "vscode-edi-x12/complete.edi",
                "x12-types/005010_837.edi",
                "linuxforhealth/837_005010X222A2/demo.autoaccident.837",
                "linuxforhealth/837_005010X222A2/demo.cob.example3.B.837",
                "linuxforhealth/837_005010X222A2/demo.cob.example3.C.837",
                "linuxforhealth/837_005010X222A2/demo.drug.example10.1.837",
                "linuxforhealth/837_005010X222A2/demo.drug.example10.2.837",
                "linuxforhealth/837_005010X222A2/demo.drug.example10.3.837",
                "linuxforhealth/837_005010X222A2/demo.example1.837",
                "linuxforhealth/837_005010X222A2/demo.example2.837",
                "linuxforhealth/837_005010X222A2/demo.example7.837",
                "linuxforhealth/837_005010X222A2/demo.example8.837",
                "linuxforhealth/837_005010X223A3/two-claims-single-provider.837i"
            })
    void validSamplesHaveNoError(String file) throws IOException {
        assertThat(errors(file)).isEmpty();
    }

    /**
     * Samples their sources call valid that break the 5010 guides: a component separator ('>') other than the one
     * ISA16 declares (':'), so CLM05, SV101 and HI01 are each one long component.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "linuxforhealth/837_005010X222A2/demo.cob.2ndary.example4.837",
                "linuxforhealth/837_005010X222A2/demo.example6.837",
                "linuxforhealth/837_005010X222A2/demo.example9.837",
                "linuxforhealth/837_005010X222A2/demo.example11.837",
                "linuxforhealth/837_005010X222A2/demo.example12.837",
                "linuxforhealth/837_005010X223A3/out-of-network-repriced-claim.837i",
                "linuxforhealth/837_005010X223A3/ppo-repriced-claim.837i"
            })
    void samplesWithTheWrongComponentSeparatorFailAtClm05(String file) throws IOException {
        assertThat(summary(errors(file)))
                .contains(
                        "X12-SNIP2-ELEMENT-TOO-LONG@CLM05-1@2300",
                        "X12-SNIP2-REQUIRED-ELEMENT-MISSING@CLM05-2@2300",
                        "X12-SNIP2-REQUIRED-SEGMENT-MISSING@HI@2300");
    }

    @Test
    void otherGenuinelyInvalidSamples() throws IOException {
        // CLM05-2 (facility code qualifier) is empty: CLM*...*41::1
        assertThat(summary(errors("linuxforhealth/837_005010X222A2/demo.ambulance.example5.837")))
                .containsExactly("X12-SNIP2-REQUIRED-ELEMENT-MISSING@CLM05-2@2300");
        // 2320 without its required 2330B Other Payer Name loop
        assertThat(summary(errors("linuxforhealth/837_005010X222A2/demo.cob.example3.A.837")))
                .containsExactly("X12-SNIP2-REQUIRED-LOOP-MISSING@NM1@2320");
        // AMT*F2 (4010 patient responsibility) no longer exists in the 5010 2320
        assertThat(summary(errors("linuxforhealth/837_005010X222A2/demo.cob.example4.837")))
                .containsExactly("X12-SNIP2-UNEXPECTED-QUALIFIER@AMT01@2320");
        // Statement dates DTP*434 are a range (RD8) in the guide; a one-day D8 reads the same and is accepted
        assertThat(errors("linuxforhealth/837_005010X223A3/institutional-claim.837i"))
                .isEmpty();
        // imsweb fixtures share a broken body: HI*BK*8901*BF*87200 (qualifier and code in separate elements),
        // CLM02 500 against lines of 12.25, and SE01 25 whatever the count
        for (String f : List.of(
                "imsweb/837_5010/x12_valid.txt",
                "imsweb/837_5010/x12_no_errors.txt",
                "imsweb/837_5010/x12_complex.txt",
                "imsweb/837_5010/x12_many_claims.txt",
                "imsweb/837_5010/x12_multiple_gs.txt",
                "imsweb/837_5010/x12_multiple_isa.txt",
                "imsweb/837_5010/x12_multiple_st.txt",
                "imsweb/837_5010/x12_multiple_transactions.txt",
                "imsweb/837_5010/x12_valid_different_separators.txt")) {
            assertThat(summary(errors(f)))
                    .as(f)
                    .contains("X12-SNIP2-REQUIRED-ELEMENT-MISSING@HI01-2@2300", "X12-SNIP3-CLM-BALANCE@CLM02@2300");
        }
        for (String f : List.of("imsweb/837_5010/x12_ambiguous_loop.txt", "imsweb/837_5010/x12_writer_test.txt")) {
            assertThat(summary(errors(f)))
                    .as(f)
                    .containsExactlyInAnyOrder("X12-SNIP3-CLM-BALANCE@CLM02@2300", "X12-SNIP1-SE-COUNT@SE01@");
        }
    }

    @Test
    void missingElements() throws IOException {
        List<Finding> errors = errors("imsweb/837_5010/x12_missing_elements.txt");
        assertThat(errors)
                .anySatisfy(f -> {
                    assertThat(f.where()).isEqualTo("NM102");
                    assertThat(f.loop()).isEqualTo("1000B");
                    assertThat(f.code()).isEqualTo("X12-SNIP2-REQUIRED-ELEMENT-MISSING");
                    assertThat(f.segmentNumber()).isEqualTo(7);
                })
                .anySatisfy(f -> {
                    assertThat(f.where()).isEqualTo("CLM05");
                    assertThat(f.loop()).isEqualTo("2300");
                    assertThat(f.code()).isEqualTo("X12-SNIP2-REQUIRED-ELEMENT-MISSING");
                });
    }

    @Test
    void segmentErrors() throws IOException {
        Set<String> s = summary(errors("imsweb/837_5010/x12_segment_errors.txt"));
        assertThat(s)
                .contains(
                        "X12-SNIP2-REQUIRED-SEGMENT-MISSING@N3@2010AA",
                        "X12-SNIP2-REQUIRED-SEGMENT-MISSING@HI@2300",
                        "X12-SNIP2-SEGMENT-REPEATED@REF@2010AA");
    }

    @Test
    void loopErrors() throws IOException {
        assertThat(summary(errors("imsweb/837_5010/x12_loop_errors1_exceeds_max_1_parent.txt")))
                .contains("X12-SNIP2-LOOP-REPEATED@NM1@2010AA");
        assertThat(summary(errors("imsweb/837_5010/x12_loop_errors2_exceeds_max_repeats_multiple_parents.txt")))
                .contains("X12-SNIP2-LOOP-REPEATED@NM1@2010AA");
        List<Finding> missing = errors("imsweb/837_5010/x12_loop_errors3_missing_loops.txt");
        assertThat(missing).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("X12-SNIP2-REQUIRED-LOOP-MISSING");
            assertThat(f.loop()).isEqualTo("2000A");
            assertThat(f.message()).contains("2010AA");
        });
        List<Finding> oneRepeat = errors("imsweb/837_5010/x12_missing_required_loop_in_one_repeat.txt");
        assertThat(oneRepeat).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("X12-SNIP2-REQUIRED-LOOP-MISSING");
            assertThat(f.loop()).isEqualTo("2000B");
            assertThat(f.message()).contains("2010BA").contains("starts at segment 18");
        });
        List<Finding> lines = errors("imsweb/837_5010/x12_missing_required_loops_mult_repeats.txt");
        assertThat(lines.stream()
                        .filter(f -> f.code().equals("X12-SNIP2-REQUIRED-LOOP-MISSING")
                                && f.message().contains("2400")))
                .hasSize(2);
    }

    @Test
    void segmentsOutOfOrder() throws IOException {
        Set<String> s = summary(errors("imsweb/837_5010/x12_segments_out_of_order.txt"));
        assertThat(s).contains("X12-SNIP2-SEGMENT-OUT-OF-ORDER@N4@2010AA", "X12-SNIP2-SEGMENT-OUT-OF-ORDER@N3@2010AB");
    }

    @Test
    void badValidCode() throws IOException {
        List<Finding> errors = errors("imsweb/837_5010/x12_bad_valid_code.txt");
        assertThat(errors).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("X12-SNIP2-UNEXPECTED-QUALIFIER");
            assertThat(f.where()).isEqualTo("NM101");
            assertThat(f.segmentNumber()).isEqualTo(9);
            assertThat(f.message()).contains("117");
        });
    }

    @Test
    void badSegmentIdentifier() throws IOException {
        Set<String> s = summary(errors("imsweb/837_5010/x12_bad_segment_identifier.txt"));
        assertThat(s)
                .contains(
                        "X12-SNIP1-BAD-SEGMENT-ID@Nd4@2010AA",
                        "X12-SNIP1-BAD-SEGMENT-ID@NM31@2000B",
                        "X12-SNIP2-REQUIRED-SEGMENT-MISSING@PER@1000A",
                        "X12-SNIP2-REQUIRED-SEGMENT-MISSING@N4@2010AA",
                        "X12-SNIP2-REQUIRED-LOOP-MISSING@NM1@2000B");
    }
}
