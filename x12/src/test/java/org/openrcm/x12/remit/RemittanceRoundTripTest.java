package org.openrcm.x12.remit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.openrcm.x12.validate.ValidationReport;
import org.openrcm.x12.validate.X12Validator;

/** Generated balanced remittances survive RemittanceWriter -> X12Validator -> reader unchanged. */
class RemittanceRoundTripTest {

    @Property(tries = 100)
    void writtenRemittancesValidateAndReadBackEqual(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int transactions) {
        List<Remittance> remittances = new ArrayList<>();
        for (int i = 0; i < transactions; i++) {
            remittances.add(RemitFixtures.random(seed + i, (int) Math.floorMod(seed + i, 9L)));
        }
        String x12 = RemitFixtures.write(remittances);
        byte[] bytes = x12.getBytes(StandardCharsets.ISO_8859_1);

        ValidationReport report = new X12Validator().validate(new ByteArrayInputStream(bytes), "generated");
        assertThat(report.findings()).as(x12).isEmpty();

        assertThat(Remittances.read(new ByteArrayInputStream(bytes))).isEqualTo(remittances);
    }
}
