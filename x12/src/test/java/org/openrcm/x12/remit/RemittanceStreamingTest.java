package org.openrcm.x12.remit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.X12Reader;

/** Reading hands out one claim payment at a time, long before the end of the input. */
class RemittanceStreamingTest {

    /** Counts the bytes the reader has taken from the stream. */
    private static final class CountingStream extends FilterInputStream {
        final AtomicLong read = new AtomicLong();

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                read.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                read.addAndGet(n);
            }
            return n;
        }
    }

    @Test
    void twentyThousandClaimsAreHandedOutOneAtATime() {
        Remittance big = RemitFixtures.random(42, 20_000);
        byte[] bytes = RemitFixtures.write(List.of(big)).getBytes(StandardCharsets.ISO_8859_1);
        CountingStream in = new CountingStream(new ByteArrayInputStream(bytes));

        List<String> order = new ArrayList<>();
        long[] readAtFirstClaim = {-1};
        int[] claims = {0};
        new X12Reader().read(in, (java.util.function.Consumer<Object>) record -> {
            switch (record) {
                case RemittanceHeader h -> order.add("header");
                case ClaimPayment c -> {
                    if (claims[0]++ == 0) {
                        readAtFirstClaim[0] = in.read.get();
                        order.add("claim");
                    }
                    assertThat(c.patientControlNumber())
                            .isEqualTo(big.claims().get(claims[0] - 1).patientControlNumber());
                }
                case ProviderAdjustment p -> order.add("plb");
                default -> {}
            }
        });

        assertThat(claims[0]).isEqualTo(20_000);
        assertThat(order.subList(0, 2)).containsExactly("header", "claim");
        assertThat(bytes.length).isGreaterThan(2_000_000);
        // the first claim arrives after the reader has taken at most a buffer or two of a multi-megabyte file
        assertThat(readAtFirstClaim[0]).isPositive().isLessThan(bytes.length / 10);
    }
}
