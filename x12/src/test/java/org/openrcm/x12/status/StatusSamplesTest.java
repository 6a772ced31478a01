package org.openrcm.x12.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openrcm.x12.testing.SharedData;
import org.openrcm.x12.validate.Finding;
import org.openrcm.x12.validate.ValidationReport;
import org.openrcm.x12.validate.X12Validator;

/** Every real 5010 claim status sample passes the guides: a valid payer file must produce no error. */
class StatusSamplesTest {

    static ValidationReport validate(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new X12Validator().validate(in, file.getFileName().toString());
        }
    }

    static String describe(List<Finding> findings) {
        return findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "imsweb/277_5010/x12_277CA_accepted.txt",
                "imsweb/277_5010/x12_277CA_rejected.txt",
                "linuxforhealth/276_005010X212/claim-level-status-ncpdp.276",
                "linuxforhealth/276_005010X212/claim-level-status.276",
                "linuxforhealth/276_005010X212/information-receiver-level-status.276",
                "linuxforhealth/276_005010X212/provider-level-status.276",
                "linuxforhealth/277_005010X212/claim-level-status-ncpdp.277",
                "linuxforhealth/277_005010X212/claim-level-status.277",
                "linuxforhealth/277_005010X212/information-receiver-level-status.277",
                "linuxforhealth/277_005010X212/provider-level-status.277"
            })
    void realSampleIsValid(String sample) throws IOException {
        ValidationReport report = validate(SharedData.x12(sample));
        assertThat(report.findings()).as(describe(report.findings())).isEmpty();
        assertThat(report.interchanges().getFirst().groups().getFirst().transactionSets())
                .allSatisfy(t -> assertThat(t.guide()).startsWith("005010X21"));
    }
}
