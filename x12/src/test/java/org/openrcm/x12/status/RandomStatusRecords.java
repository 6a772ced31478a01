package org.openrcm.x12.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.openrcm.x12.X12Writer;

/** Random but guide-valid record sequences for the round trip tests, one method per transaction. */
final class RandomStatusRecords {

    private static final String ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private static final String NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Random r;

    RandomStatusRecords(Random random) {
        this.r = random;
    }

    /** A 277CA: one or two batches, each with providers and their claims. */
    List<Object> acknowledgment() {
        List<Object> out = new ArrayList<>();
        for (int b = 0, batches = 1 + r.nextInt(2); b < batches; b++) {
            Party source = Party.organization(pick("PR", "AY"), name(), pick("PI", "46", "FI", "XV"), id());
            Party receiver = r.nextBoolean()
                    ? Party.organization("41", name(), "46", id())
                    : new Party("41", "1", name(), name(), maybe(name()), null, null, "46", id());
            out.add(new ReceiverStatus(
                    source,
                    id(),
                    date(),
                    date(),
                    receiver,
                    id(),
                    list(1, 2, () -> ackStatus(true)),
                    maybe(count()),
                    maybe(count()),
                    maybe(money()),
                    maybe(money())));
            for (int p = 0, providers = r.nextInt(3); p < providers; p++) {
                Party provider =
                        new Party("85", "2", name(), null, null, null, null, pick("XX", "FI", "SV"), digits(10));
                if (r.nextBoolean()) {
                    out.add(new ProviderStatus(
                            source,
                            receiver,
                            provider,
                            id(),
                            list(
                                    0,
                                    2,
                                    () -> new ClaimStatus(
                                            code(),
                                            List.of(),
                                            maybe(date()),
                                            pick("WQ", "U"),
                                            money(),
                                            null,
                                            null,
                                            null,
                                            null,
                                            null,
                                            null)),
                            list(0, 2, () -> new Reference(pick("TJ", "1G", "0B"), id())),
                            maybe(count()),
                            maybe(count()),
                            maybe(money()),
                            maybe(money())));
                }
                for (int c = 0, claims = r.nextInt(4); c < claims; c++) {
                    Party patient = new Party(
                            "QC", "1", name(), maybe(name()), maybe(name()), null, maybe("JR"), pick("MI", "II"), id());
                    LocalDate from = date();
                    out.add(new ClaimAcknowledgment(
                            source,
                            receiver,
                            provider,
                            patient,
                            id(),
                            list(1, 3, () -> ackStatus(false)),
                            maybe(id()),
                            maybe(id()),
                            maybe(pick("111", "131", "731")),
                            maybe(id()),
                            from,
                            r.nextBoolean() ? null : from.plusDays(r.nextInt(30)),
                            list(0, 2, () -> line(true, false, true))));
                }
            }
        }
        return out;
    }

    /** A 277: receivers, providers and claims of subscribers and dependents, with statuses where the guide has them. */
    List<Object> response() {
        List<Object> out = new ArrayList<>();
        Party payer = Party.organization("PR", name(), pick("PI", "XV"), id());
        for (int b = 0, receivers = 1 + r.nextInt(2); b < receivers; b++) {
            Party receiver = Party.organization("41", name(), "46", id());
            if (r.nextInt(3) == 0) {
                out.add(new ReceiverStatus(
                        payer,
                        null,
                        null,
                        null,
                        receiver,
                        id(),
                        list(1, 2, this::levelStatus),
                        null,
                        null,
                        null,
                        null));
            }
            for (int p = 0, providers = 1 + r.nextInt(2); p < providers; p++) {
                Party provider = Party.organization("1P", name(), pick("XX", "FI", "SV"), digits(10));
                if (r.nextInt(3) == 0) {
                    out.add(new ProviderStatus(
                            payer,
                            receiver,
                            provider,
                            id(),
                            list(1, 2, this::levelStatus),
                            List.of(),
                            null,
                            null,
                            null,
                            null));
                }
                for (int c = 0, claims = r.nextInt(4); c < claims; c++) {
                    Party subscriber = subscriber();
                    Party dependent = r.nextBoolean() ? null : Party.person("QC", name(), maybe(name()), null, null);
                    LocalDate from = maybe(date());
                    out.add(new ClaimStatusResponse(
                            payer,
                            receiver,
                            provider,
                            subscriber,
                            dependent,
                            id(),
                            list(1, 2, this::responseStatus),
                            maybe(id()),
                            maybe("111"),
                            maybe(id()),
                            maybe(id()),
                            maybe(id()),
                            maybe(id()),
                            from,
                            from == null || r.nextBoolean() ? null : from.plusDays(r.nextInt(30)),
                            list(0, 2, () -> line(true, true, false))));
                }
            }
        }
        if (out.isEmpty()) {
            out.add(new ReceiverStatus(
                    payer,
                    null,
                    null,
                    null,
                    Party.organization("41", name(), "46", id()),
                    id(),
                    List.of(levelStatus()),
                    null,
                    null,
                    null,
                    null));
        }
        return out;
    }

    /** A 276: claims of subscribers and dependents. */
    List<ClaimStatusRequest> request() {
        List<ClaimStatusRequest> out = new ArrayList<>();
        Party payer = Party.organization("PR", name(), "PI", id());
        Party receiver = Party.organization("41", name(), "46", id());
        for (int p = 0, providers = 1 + r.nextInt(2); p < providers; p++) {
            Party provider = Party.organization("1P", name(), "XX", digits(10));
            Party subscriber = subscriber();
            Demographics subscriberDmg = r.nextBoolean() ? null : demographics();
            for (int c = 0, claims = 1 + r.nextInt(3); c < claims; c++) {
                Party dependent = r.nextBoolean() ? null : Party.person("QC", name(), maybe(name()), null, null);
                LocalDate from = maybe(date());
                out.add(new ClaimStatusRequest(
                        payer,
                        receiver,
                        provider,
                        subscriber,
                        subscriberDmg,
                        dependent,
                        dependent == null ? null : demographics(),
                        id(),
                        maybe(id()),
                        maybe("131"),
                        maybe(id()),
                        maybe(id()),
                        maybe(id()),
                        maybe(id()),
                        maybe(id()),
                        maybe(money()),
                        from,
                        from == null || r.nextBoolean() ? null : from.plusDays(r.nextInt(30)),
                        list(0, 2, () -> line(false, r.nextBoolean(), false))));
            }
        }
        return out;
    }

    private Party subscriber() {
        return new Party("IL", "1", name(), maybe(name()), maybe(name()), null, maybe("SR"), pick("MI", "II"), id());
    }

    private Demographics demographics() {
        return new Demographics(
                LocalDate.of(1930 + r.nextInt(90), 1 + r.nextInt(12), 1 + r.nextInt(28)), maybe(pick("F", "M", "U")));
    }

    private ClaimStatus ackStatus(boolean batch) {
        StatusCode main = code();
        return new ClaimStatus(
                main,
                list(0, 2, this::code),
                date(),
                main.rejection() ? "U" : "WQ",
                money(),
                null,
                null,
                null,
                null,
                null,
                batch ? null : maybe("CLAIM " + name()));
    }

    private ClaimStatus levelStatus() {
        return ClaimStatus.of(code(), date());
    }

    private ClaimStatus responseStatus() {
        boolean finalized = r.nextBoolean();
        return new ClaimStatus(
                new StatusCode(pick("F1", "F2", "P1", "A2"), digits(2), maybe(pick("PR", "QC", "85")), maybe("RX")),
                list(0, 2, this::code),
                date(),
                null,
                maybe(money()),
                finalized ? money() : null,
                finalized ? date() : null,
                null,
                finalized ? date() : null,
                finalized ? digits(10) : null,
                null);
    }

    /** A service line; {@code statuses} for 277/277CA, {@code payment} for 277, {@code ack} for 277CA's usage. */
    private ServiceLine line(boolean statuses, boolean payment, boolean ack) {
        LocalDate from = ack ? maybe(date()) : date();
        return new ServiceLine(
                pick("HC", "NU"),
                digits(5),
                list(0, 4, () -> pick("25", "59", "GT", "LT")),
                money(),
                payment && !ack ? money() : null,
                maybe(digits(4)),
                ack ? maybe(count()) : statuses && payment ? count() : maybe(count()),
                statuses
                        ? list(
                                1,
                                2,
                                () -> ack
                                        ? new ClaimStatus(
                                                code(),
                                                List.of(),
                                                date(),
                                                pick("U", "WQ"),
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null)
                                        : ClaimStatus.of(code(), date()))
                        : List.of(),
                maybe(id()),
                ack ? maybe(id()) : null,
                from,
                from == null || r.nextBoolean() ? null : from.plusDays(r.nextInt(5)));
    }

    private StatusCode code() {
        return new StatusCode(
                pick("A1", "A2", "A3", "A7", "P1"), digits(1 + r.nextInt(3)), maybe(pick("85", "QC", "41")), null);
    }

    private <T> List<T> list(int min, int max, java.util.function.Supplier<T> item) {
        List<T> out = new ArrayList<>();
        for (int i = 0, n = min + r.nextInt(max - min + 1); i < n; i++) {
            out.add(item.get());
        }
        return out;
    }

    private <T> T maybe(T value) {
        return r.nextBoolean() ? value : null;
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[r.nextInt(values.length)];
    }

    private String id() {
        return chars(ID_CHARS, 2 + r.nextInt(19));
    }

    private String name() {
        return chars(NAME_CHARS, 1 + r.nextInt(15));
    }

    private String digits(int n) {
        return chars("0123456789", n);
    }

    private String chars(String alphabet, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private LocalDate date() {
        return LocalDate.of(2000, 1, 1).plusDays(r.nextInt(11_000));
    }

    /** Money as X12 writes it: no trailing zeros, so that reading gives back an equal BigDecimal. */
    private BigDecimal money() {
        return normal(BigDecimal.valueOf(r.nextInt(10_000_000), 2).setScale(2, RoundingMode.UNNECESSARY));
    }

    private BigDecimal count() {
        return normal(BigDecimal.valueOf(r.nextInt(1000)));
    }

    private static BigDecimal normal(BigDecimal v) {
        return new BigDecimal(X12Writer.decimal(v));
    }
}
