package org.openrcm.x12.remit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.validate.X12Validator;

/** The writer's output, byte for byte, for one remittance that uses every part of the model. */
class RemittanceGoldenTest {

    @Test
    void writesTheGoldenFile() throws Exception {
        String written = RemitFixtures.write(List.of(RemitFixtures.golden()));
        String golden;
        try (InputStream in = getClass().getResourceAsStream("/remit/golden-835.txt")) {
            assertThat(in).as("golden-835.txt on the test classpath").isNotNull();
            golden = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        assertThat(written).isEqualTo(golden);
    }

    @Test
    void theGoldenFileIsValidAndReadsBackToTheSameRemittance() throws Exception {
        byte[] golden;
        try (InputStream in = getClass().getResourceAsStream("/remit/golden-835.txt")) {
            golden = in.readAllBytes();
        }
        assertThat(new X12Validator()
                        .validate(new ByteArrayInputStream(golden), "golden")
                        .findings())
                .isEmpty();
        assertThat(Remittances.read(new ByteArrayInputStream(golden))).containsExactly(RemitFixtures.golden());
    }
}
