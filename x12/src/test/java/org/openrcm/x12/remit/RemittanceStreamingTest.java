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

    /** A balanced remittance of {@code n} small claims, one service line each. */
    private static Remittance compact(int n) {
        Remittance template = RemitFixtures.golden();
        ClaimPayment first = template.claims().getFirst();
        List<ClaimPayment> claims = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            claims.add(new ClaimPayment(
                    1,
                    null,
                    "PCN" + i,
                    "1",
                    new java.math.BigDecimal("100"),
                    new java.math.BigDecimal("80"),
                    null,
                    "12",
                    "ICN" + i,
                    "11",
                    "1",
                    null,
                    null,
                    null,
                    List.of(),
                    first.patient(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(new ServicePayment(
                            first.services().getFirst().procedure(),
                            new java.math.BigDecimal("100"),
                            new java.math.BigDecimal("80"),
                            null,
                            null,
                            null,
                            null,
                            java.time.LocalDate.of(2025, 1, 2),
                            null,
                            null,
                            List.of(new Adjustment("CO", "45", new java.math.BigDecimal("20"), null)),
                            List.of(),
                            "LINE" + i,
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of()))));
        }
        RemittanceHeader h = template.header();
        Payment p = h.payment();
        Payment total = new Payment(
                p.handlingCode(),
                new java.math.BigDecimal(80L * n),
                p.creditDebit(),
                p.method(),
                p.format(),
                p.senderBankQualifier(),
                p.senderBankRouting(),
                p.senderAccountQualifier(),
                p.senderAccount(),
                p.payerIdentifier(),
                p.payerSupplementalCode(),
                p.receiverBankQualifier(),
                p.receiverBankRouting(),
                p.receiverAccountQualifier(),
                p.receiverAccount(),
                p.date());
        return new Remittance(
                new RemittanceHeader(
                        total,
                        h.traceNumber(),
                        h.tracePayerId(),
                        h.traceSupplementalCode(),
                        h.currency(),
                        h.receiverId(),
                        h.versionId(),
                        h.productionDate(),
                        h.payer(),
                        h.payee()),
                claims,
                List.of());
    }

    @Test
    void twentyThousandClaimsAreHandedOutOneAtATime() {
        Remittance big = compact(20_000);
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
        assertThat(bytes.length).isGreaterThan(3_000_000);
        // the first claim arrives after the reader has taken at most a buffer or two of a multi-megabyte file
        assertThat(readAtFirstClaim[0]).isPositive().isLessThan(bytes.length / 10);
    }
}
