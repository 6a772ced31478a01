package org.openrcm.bench.x12;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import org.openrcm.x12.X12Writer;
import org.openrcm.x12.X12Writer.GroupHeader;
import org.openrcm.x12.X12Writer.InterchangeHeader;

/**
 * Writes a synthetic but realistic 5010 835 (005010X221A1) of any number of claims, the same bytes for the same seed:
 * one payment (BPR/TRN) of all the claims, so that a reader must stream inside one transaction set, which is the hard
 * case for memory. Each claim (CLP) has a patient (NM1*QC), statement dates (DTM*232/233) and 1 to 4 service lines
 * (SVC) with a service date, CAS adjustments among CO-45, PR-1 and PR-2, REF*6R, AMT*B6 and now and then a remark
 * (LQ*HE). A provider adjustment (PLB, an overpayment recovery) closes the payment.
 *
 * <p>The amounts balance as the guide requires: SVC02 - SVC03 = the line's CAS amounts, CLP03 = the sum of SVC02,
 * CLP04 = the sum of SVC03 (so CLP03 - CLP04 = the claim's CAS amounts), CLP05 = its PR amounts, and BPR02 = the sum of
 * CLP04 - the PLB amount.
 */
public final class Remittance835Generator {

    static final String[] CODES = {"99213", "99214", "99203", "36415", "80053", "85025", "93000", "71046"};
    static final long[] CHARGES = {12_500, 18_500, 16_000, 2_500, 4_800, 3_200, 9_500, 14_000};
    static final String[] LAST = {"SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS"};
    static final String[] FIRST = {"JAMES", "MARY", "ROBERT", "PATRICIA", "JOHN", "JENNIFER", "MICHAEL", "LINDA"};
    static final String[] REMARKS = {"N130", "M15", "N59", "MA130"};

    private final long seed;

    public Remittance835Generator(long seed) {
        this.seed = seed;
    }

    /** What was written: the claims, the sum of CLP04 in cents and the segments, for checking readers against. */
    public record Written(int claims, long paidCents, long segments, long bytes) {}

    /** Writes an 835 of {@code claims} claims to {@code out} (closed at the end). */
    public Written write(OutputStream out, int claims) {
        SplittableRandom random = new SplittableRandom(seed);
        CountingOutputStream counting = new CountingOutputStream(out);
        LocalDate paid = LocalDate.of(2025, 3, 14);
        LocalDateTime created = paid.atTime(9, 30);
        long paidCents = 0;
        long segments;
        try (X12Writer w = new X12Writer(counting)) {
            w.beginInterchange(
                    InterchangeHeader.of("ZZ", "ACMEHEALTH", "ZZ", "RIVERSIDECLIN", created, 835_000_001L, false));
            w.beginGroup(new GroupHeader("HP", "ACMEHEALTH", "RIVERSIDECLIN", created, 1, "005010X221A1"));
            w.beginTransaction("835", "0001", "005010X221A1");
            // BPR02 is known only at the end: the claims are written to a second pass of the same random sequence.
            long total = totalPaid(claims);
            long recovery = Math.min(2_500, total);
            w.segment(
                    "BPR",
                    "I",
                    money(total - recovery),
                    "C",
                    "ACH",
                    "CCP",
                    "01",
                    "011000015",
                    "DA",
                    "123456789",
                    "1512345678",
                    "",
                    "01",
                    "021000021",
                    "DA",
                    "987654321",
                    X12Writer.date(paid));
            w.segment("TRN", "1", "EFT" + seed + "X" + claims, "1512345678");
            w.segment("DTM", "405", X12Writer.date(paid.minusDays(1)));
            w.segment("N1", "PR", "ACME HEALTH PLAN");
            w.segment("N3", "100 INSURANCE WAY");
            w.segment("N4", "HARTFORD", "CT", "061010001");
            w.segment("REF", "2U", "ACME01");
            w.segment("PER", "BL", "PROVIDER SERVICES", "TE", "8005551212", "UR", "WWW.ACME.EXAMPLE");
            w.segment("N1", "PE", "RIVERSIDE CLINIC", "XX", "1234567893");
            w.segment("N3", "12 RIVER ROAD");
            w.segment("N4", "SPRINGFIELD", "IL", "627011234");
            w.segment("REF", "TJ", "371234567");
            w.segment("LX", "1");
            for (int c = 1; c <= claims; c++) {
                paidCents += claim(w, random, c, paid);
            }
            w.segment("PLB", "1234567893", "20251231", w.composite("WO", "OVERPAY" + seed), money(recovery));
            w.endTransaction();
            w.endGroup();
            w.endInterchange();
            segments = w.segments();
        }
        if (paidCents != totalPaid(claims)) {
            throw new IllegalStateException("the two passes of the generator disagree");
        }
        return new Written(claims, paidCents, segments, counting.count());
    }

    /** The sum of CLP04 of the claims {@link #write} writes: a dry run of the same random sequence. */
    private long totalPaid(int claims) {
        SplittableRandom random = new SplittableRandom(seed);
        long total = 0;
        for (int c = 1; c <= claims; c++) {
            total += claim(null, random, c, LocalDate.of(2025, 3, 14));
        }
        return total;
    }

    /** One claim and its lines; writes nothing when {@code w} is null. Returns CLP04 in cents. */
    private static long claim(X12Writer w, SplittableRandom random, int number, LocalDate paid) {
        int lines = 1 + random.nextInt(4);
        LocalDate service = paid.minusDays(14 + random.nextInt(60));
        String[] code = new String[lines];
        long[] charge = new long[lines];
        long[] contractual = new long[lines];
        long[] deductible = new long[lines];
        long[] coinsurance = new long[lines];
        long[] linePaid = new long[lines];
        boolean[] remark = new boolean[lines];
        long claimCharge = 0;
        long claimPaid = 0;
        long patient = 0;
        for (int l = 0; l < lines; l++) {
            int k = random.nextInt(CODES.length);
            code[l] = CODES[k];
            charge[l] = CHARGES[k] + 100L * random.nextInt(20);
            contractual[l] = charge[l] * (15 + random.nextInt(30)) / 100;
            long allowed = charge[l] - contractual[l];
            deductible[l] = random.nextInt(10) == 0 ? Math.min(allowed, 5_000) : 0;
            coinsurance[l] = (allowed - deductible[l]) / 5;
            linePaid[l] = allowed - deductible[l] - coinsurance[l];
            remark[l] = random.nextInt(8) == 0;
            claimCharge += charge[l];
            claimPaid += linePaid[l];
            patient += deductible[l] + coinsurance[l];
        }
        String last = LAST[random.nextInt(LAST.length)];
        String first = FIRST[random.nextInt(FIRST.length)];
        long member = 100_000_000L + random.nextInt(900_000_000);
        if (w == null) {
            return claimPaid;
        }
        w.segment(
                "CLP",
                "PCN" + number,
                "1",
                money(claimCharge),
                money(claimPaid),
                money(patient),
                "12",
                "2025" + String.format("%010d", number),
                "11",
                "1");
        w.segment("NM1", "QC", "1", last, first, "", "", "", "MI", "W" + member);
        w.segment("DTM", "232", X12Writer.date(service));
        w.segment("DTM", "233", X12Writer.date(service));
        for (int l = 0; l < lines; l++) {
            w.segment("SVC", w.composite("HC", code[l]), money(charge[l]), money(linePaid[l]), "", "1");
            w.segment("DTM", "472", X12Writer.date(service));
            w.segment("CAS", "CO", "45", money(contractual[l]));
            if (deductible[l] > 0 && coinsurance[l] > 0) {
                w.segment("CAS", "PR", "1", money(deductible[l]), "", "2", money(coinsurance[l]));
            } else if (deductible[l] > 0) {
                w.segment("CAS", "PR", "1", money(deductible[l]));
            } else if (coinsurance[l] > 0) {
                w.segment("CAS", "PR", "2", money(coinsurance[l]));
            }
            w.segment("REF", "6R", number + "-" + (l + 1));
            w.segment("AMT", "B6", money(charge[l] - contractual[l]));
            if (remark[l]) {
                w.segment("LQ", "HE", REMARKS[number % REMARKS.length]);
            }
        }
        return claimPaid;
    }

    static String money(long cents) {
        return X12Writer.decimal(BigDecimal.valueOf(cents, 2));
    }
}
