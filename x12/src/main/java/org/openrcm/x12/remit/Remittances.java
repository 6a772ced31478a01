package org.openrcm.x12.remit;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.openrcm.x12.X12Reader;

/**
 * Reads whole remittances at once, for small files: every 835 transaction set of the input becomes one
 * {@link Remittance}. Large files should use {@link X12Reader} directly, which hands out one claim payment at a time.
 */
public final class Remittances {

    private Remittances() {}

    /**
     * Reads every 835 in {@code in}; other transaction sets are skipped.
     *
     * @throws org.openrcm.x12.X12Exception where the file cannot be read (no ISA, an amount that is not a number, …)
     */
    public static List<Remittance> read(InputStream in) {
        List<Remittance> out = new ArrayList<>();
        Collector c = new Collector(out);
        new X12Reader().read(in, (java.util.function.Consumer<Object>) c::accept);
        c.finish();
        return out;
    }

    private static final class Collector {
        final List<Remittance> out;
        RemittanceHeader header;
        List<ClaimPayment> claims = new ArrayList<>();
        List<ProviderAdjustment> adjustments = new ArrayList<>();

        Collector(List<Remittance> out) {
            this.out = out;
        }

        void accept(Object record) {
            switch (record) {
                case RemittanceHeader h -> {
                    finish();
                    header = h;
                }
                case ClaimPayment c -> claims.add(c);
                case ProviderAdjustment p -> adjustments.add(p);
                default -> {}
            }
        }

        void finish() {
            if (header != null) {
                out.add(new Remittance(header, claims, adjustments));
            }
            header = null;
            claims = new ArrayList<>();
            adjustments = new ArrayList<>();
        }
    }
}
