package org.openrcm.bench.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Makes professional claims for the 837P benchmark, the same claims for the same seed. */
public final class SampleClaims {

    private static final String[] DIAGNOSES = {
        "E119", "I10", "J069", "M545", "Z0000", "E785", "R051", "K219", "F419", "N390", "J45909", "M25561"
    };
    private static final String[] STREETS = {"12 OAK ST", "401 ELM AVE", "77 PINE RD", "9 MAPLE CT"};
    private static final String[] CITIES = {"SPRINGFIELD", "DECATUR", "PEORIA", "CHAMPAIGN"};

    private SampleClaims() {}

    public static List<SampleClaim> generate(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SampleClaim> claims = new ArrayList<>(count);
        LocalDate today = LocalDate.of(2025, 3, 14);
        for (int c = 1; c <= count; c++) {
            LocalDate service = today.minusDays(1 + random.nextInt(60));
            int diagnosisCount = 1 + random.nextInt(4);
            List<String> diagnoses = new ArrayList<>(diagnosisCount);
            int first = random.nextInt(DIAGNOSES.length);
            for (int d = 0; d < diagnosisCount; d++) {
                diagnoses.add(DIAGNOSES[(first + d) % DIAGNOSES.length]);
            }
            int lineCount = 1 + random.nextInt(4);
            List<SampleClaim.Line> lines = new ArrayList<>(lineCount);
            long total = 0;
            for (int l = 0; l < lineCount; l++) {
                int k = random.nextInt(Remittance835Generator.CODES.length);
                long cents = Remittance835Generator.CHARGES[k] + 100L * random.nextInt(20);
                int units = k == 3 ? 1 + random.nextInt(2) : 1;
                cents *= units;
                total += cents;
                List<Integer> pointers = new ArrayList<>();
                pointers.add(1);
                if (diagnosisCount > 1 && random.nextBoolean()) {
                    pointers.add(2);
                }
                lines.add(new SampleClaim.Line(
                        Remittance835Generator.CODES[k],
                        k < 3 && random.nextInt(6) == 0 ? "25" : "",
                        BigDecimal.valueOf(cents, 2),
                        units,
                        service,
                        pointers));
            }
            int person = random.nextInt(Remittance835Generator.LAST.length);
            int place = random.nextInt(STREETS.length);
            claims.add(new SampleClaim(
                    "PCN" + c,
                    Remittance835Generator.LAST[person],
                    Remittance835Generator.FIRST[random.nextInt(Remittance835Generator.FIRST.length)],
                    "W" + (100_000_000L + random.nextInt(900_000_000)),
                    LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    random.nextBoolean() ? "F" : "M",
                    STREETS[place],
                    CITIES[place],
                    "IL",
                    "62701" + String.format("%04d", random.nextInt(10_000)),
                    BigDecimal.valueOf(total, 2),
                    random.nextInt(5) == 0 ? "22" : "11",
                    diagnoses,
                    lines));
        }
        return claims;
    }
}
