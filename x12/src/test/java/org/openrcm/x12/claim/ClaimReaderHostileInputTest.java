package org.openrcm.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.X12Exception;

/** Hostile 837 content (found while fuzzing) fails with an X12Exception that names where, never anything else. */
class ClaimReaderHostileInputTest {

    private static String seed837I() throws IOException {
        try (InputStream in =
                ClaimReaderHostileInputTest.class.getResourceAsStream("/org/openrcm/x12/fuzz/interchanges/837I.x12")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void aValueCodeAmountWithAnExponentIsRejectedAtItsElement() throws IOException {
        String file = seed837I();
        assertThat(file).contains("HI*BE:80:::1500.00~");
        String hostile = file.replace("HI*BE:80:::1500.00~", "HI*BE:80:::1E999999999~");
        assertThatThrownBy(() -> Claims.read(new ByteArrayInputStream(hostile.getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(X12Exception.class)
                .hasMessageContaining("HI01")
                .hasMessageContaining("1E999999999");
    }
}
