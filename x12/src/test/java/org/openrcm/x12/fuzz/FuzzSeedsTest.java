package org.openrcm.x12.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openrcm.x12.ig.Guide;
import org.openrcm.x12.ig.Guides;
import org.openrcm.x12.validate.Finding;
import org.openrcm.x12.validate.Snip;
import org.openrcm.x12.validate.ValidationReport;
import org.openrcm.x12.validate.X12Validator;

/**
 * The fuzz targets start from the right place: every registered guide has a target of its own, and the seed
 * interchanges and the per-set wrapper are envelope-correct, so fuzzing spends its runs inside the transaction set
 * rather than on the envelope. Runs with the unit tests (no Jazzer needed).
 */
class FuzzSeedsTest {

    @Test
    void everyRegisteredGuideHasAFuzzTarget() {
        List<String> fuzzed = Arrays.stream(TransactionKind.values())
                .map(k -> k.transactionSet + " " + k.version)
                .toList();
        for (Guide guide : Guides.all()) {
            assertThat(fuzzed)
                    .as("a TransactionKind (and a Reader*FuzzTest) for guide %s", guide.name())
                    .contains(guide.transactionSet() + " " + guide.version());
        }
    }

    @ParameterizedTest
    @EnumSource(TransactionKind.class)
    void seedInterchangeHasACleanEnvelopeAndReachesItsGuide(TransactionKind kind) {
        ValidationReport report = validate(FuzzContract.seed(kind));

        assertThat(snip1(report)).isEmpty();
        assertThat(report.interchanges().getFirst().groups().getFirst().transactionSets())
                .singleElement()
                .satisfies(set -> assertThat(set.guide()).isEqualTo(kind.version));
    }

    @ParameterizedTest
    @EnumSource(TransactionKind.class)
    void wrappedSeedBodiesHaveACleanEnvelope(TransactionKind kind) {
        FuzzContract.bodies(kind).forEach(body -> {
            ValidationReport report = validate(kind.interchange(body));
            assertThat(snip1(report)).isEmpty();
            assertThat(report.interchanges().getFirst().groups().getFirst().transactionSets())
                    .singleElement()
                    .satisfies(set -> assertThat(set.guide()).isEqualTo(kind.version));
        });
    }

    @Test
    void wrapperTerminatesAnUnterminatedBodyAndCountsItsSegments() {
        ValidationReport report = validate(TransactionKind.R835.interchange("LX*1~\nLX*2".getBytes()));

        assertThat(snip1(report)).isEmpty();
        assertThat(report.segments()).isEqualTo(8);
    }

    private static ValidationReport validate(byte[] data) {
        return new X12Validator(FuzzContract.LIMITS).validate(new ByteArrayInputStream(data), "seed");
    }

    private static List<Finding> snip1(ValidationReport report) {
        return report.findings().stream()
                .filter(f -> f.snip() == Snip.SNIP1 && f.isError())
                .toList();
    }
}
