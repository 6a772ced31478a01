package org.openrcm.bench.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.Segment;
import org.openrcm.x12.X12Lexer;
import org.openrcm.x12.ig.Guides;
import org.openrcm.x12.validate.Finding;
import org.openrcm.x12.validate.Snip;
import org.openrcm.x12.validate.X12Validator;

/** The benchmark's inputs are what they claim to be: valid, balanced, deterministic files of N claims. */
class GeneratorsTest {

    private static byte[] remit(long seed, int claims) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Remittance835Generator(seed).write(out, claims);
        return out.toByteArray();
    }

    private static byte[] professional(long seed, int claims) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RawClaim837PWriter(LocalDateTime.of(2025, 3, 14, 9, 30)).write(SampleClaims.generate(seed, claims), out);
        return out.toByteArray();
    }

    @Test
    void the_same_seed_gives_the_same_bytes_and_another_seed_other_bytes() {
        assertThat(remit(7, 50)).isEqualTo(remit(7, 50)).isNotEqualTo(remit(8, 50));
        assertThat(professional(7, 50)).isEqualTo(professional(7, 50)).isNotEqualTo(professional(8, 50));
    }

    @Test
    void the_835_pays_what_its_claims_and_lines_say() {
        byte[] file = remit(42, 300);
        BigDecimal bpr = null;
        BigDecimal plb = BigDecimal.ZERO;
        BigDecimal clp04Sum = BigDecimal.ZERO;
        BigDecimal charge = null;
        BigDecimal paid = null;
        BigDecimal claimCas = BigDecimal.ZERO;
        BigDecimal svcCharge = BigDecimal.ZERO;
        BigDecimal svcPaid = BigDecimal.ZERO;
        BigDecimal lineCas = null;
        BigDecimal lineCharge = null;
        BigDecimal linePaid = null;
        int claims = 0;
        try (X12Lexer lexer = new X12Lexer(new ByteArrayInputStream(file))) {
            Segment s;
            while ((s = lexer.next()) != null) {
                switch (s.id()) {
                    case "BPR" -> bpr = s.decimal(2);
                    case "PLB" -> plb = plb.add(s.decimal(4));
                    case "CLP", "SE" -> {
                        if (charge != null) {
                            assertThat(lineCas).isEqualByComparingTo(lineCharge.subtract(linePaid));
                            assertThat(charge.subtract(paid)).isEqualByComparingTo(claimCas);
                            assertThat(svcCharge).isEqualByComparingTo(charge);
                            assertThat(svcPaid).isEqualByComparingTo(paid);
                        }
                        if (s.id().equals("CLP")) {
                            claims++;
                            charge = s.decimal(3);
                            paid = s.decimal(4);
                            clp04Sum = clp04Sum.add(paid);
                            claimCas = BigDecimal.ZERO;
                            svcCharge = BigDecimal.ZERO;
                            svcPaid = BigDecimal.ZERO;
                            lineCas = null;
                        }
                    }
                    case "SVC" -> {
                        if (lineCas != null) {
                            assertThat(lineCas).isEqualByComparingTo(lineCharge.subtract(linePaid));
                        }
                        lineCharge = s.decimal(2);
                        linePaid = s.decimal(3);
                        svcCharge = svcCharge.add(lineCharge);
                        svcPaid = svcPaid.add(linePaid);
                        lineCas = BigDecimal.ZERO;
                    }
                    case "CAS" -> {
                        for (int amount = 3; amount <= 18; amount += 3) {
                            if (s.has(amount)) {
                                lineCas = lineCas.add(s.decimal(amount));
                                claimCas = claimCas.add(s.decimal(amount));
                            }
                        }
                    }
                    default -> {}
                }
            }
        }
        assertThat(claims).isEqualTo(300);
        assertThat(bpr).isEqualByComparingTo(clp04Sum.subtract(plb));
        assertThat(ByteScan.scan(new ByteArrayInputStream(file), Target.CLP04).cents())
                .isEqualTo(clp04Sum.movePointRight(2).longValueExact());
    }

    @Test
    void the_837P_charges_add_up_to_each_claim() {
        List<SampleClaim> claims = SampleClaims.generate(42, 200);
        for (SampleClaim c : claims) {
            BigDecimal lines =
                    c.lines().stream().map(SampleClaim.Line::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(lines).isEqualByComparingTo(c.charge());
            assertThat(c.lines()).hasSizeBetween(1, 4);
        }
        Tally scan = ByteScan.scan(new ByteArrayInputStream(professional(42, 200)), Target.CLM02);
        assertThat(scan.claims()).isEqualTo(200);
        assertThat(scan.cents())
                .isEqualTo(claims.stream()
                        .map(SampleClaim::charge)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .movePointRight(2)
                        .longValueExact());
    }

    @Test
    void every_reader_of_the_benchmark_counts_the_same_segments_claims_and_amounts() {
        byte[] file = professional(3, 6_001); // two transaction sets
        Tally limit = ByteScan.scan(new ByteArrayInputStream(file), Target.CLM02);
        assertThat(StaediScan.scan(new ByteArrayInputStream(file), Target.CLM02))
                .isEqualTo(limit);
        assertThat(X12Bench.lex(new ByteArrayInputStream(file), Target.CLM02)).isEqualTo(limit);
    }

    @Test
    void the_generated_files_pass_our_validator() {
        assertValid(remit(42, 200), "835", "005010X221A1");
        assertValid(professional(42, 200), "837", "005010X222A1");
    }

    private static void assertValid(byte[] file, String set, String version) {
        List<Finding> errors = new X12Validator()
                .validate(new ByteArrayInputStream(file), set).findings().stream()
                        .filter(Finding::isError)
                        .toList();
        // While a guide is a stub (ST and SE only) every body segment is "unexpected": only SNIP 1 means something.
        boolean stub =
                Guides.find(set, version).orElseThrow().structure().children().size() <= 2;
        List<Finding> relevant =
                stub ? errors.stream().filter(f -> f.snip() == Snip.SNIP1).toList() : errors;
        assertThat(relevant).as("errors in the generated %s", set).isEmpty();
    }

    @Test
    void the_generated_files_pass_an_independent_parser_of_the_implementation_guides() throws Exception {
        var remit = new com.imsweb.x12.reader.X12Reader(
                com.imsweb.x12.reader.X12Reader.FileType.ANSI835_5010_X221, new ByteArrayInputStream(remit(42, 100)));
        assertThat(remit.getFatalErrors()).isEmpty();
        assertThat(remit.getErrors()).isEmpty();
        var claims = new com.imsweb.x12.reader.X12Reader(
                com.imsweb.x12.reader.X12Reader.FileType.ANSI837_5010_X222,
                new ByteArrayInputStream(professional(42, 100)));
        assertThat(claims.getFatalErrors()).isEmpty();
        assertThat(claims.getErrors()).isEmpty();
    }
}
