package org.openrcm.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.testing.SharedData;

/** Reading real 837 samples gives the claims they hold. */
class ClaimReadingTest {

    static List<Claim> read(String file) throws IOException {
        try (InputStream in = Files.newInputStream(SharedData.x12(file))) {
            return Claims.read(in);
        }
    }

    @Test
    void professionalClaimWithDrug() throws IOException {
        List<Claim> claims = read("linuxforhealth/837_005010X222A2/demo.drug.example10.1.837");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.PROFESSIONAL);
            assertThat(c.claimId()).isEqualTo("CLMNO12345");
            assertThat(c.totalCharge()).isEqualByComparingTo("103.37");
            assertThat(c.diagnosisCodes()).containsExactly("03591");
            assertThat(c.lines()).hasSize(2);
            assertThat(c.lines().get(1).procedureCode()).isEqualTo("J1550");
            assertThat(c.lines().get(1).drug())
                    .isEqualTo(new Claim.Drug("N4", "00026063512", new BigDecimal("10.00"), "ML"));
        });
    }

    @Test
    void institutionalClaims() throws IOException {
        List<Claim> claims = read("vscode-edi-x12/complete.edi");
        assertThat(claims).extracting(Claim::claimId).containsExactly("756048Q", "756049Q");
        Claim first = claims.getFirst();
        assertThat(first.kind()).isEqualTo(ClaimKind.INSTITUTIONAL);
        assertThat(first.totalCharge()).isEqualByComparingTo("89.95");
        assertThat(first.typeOfBill()).isEqualTo("131");
        assertThat(first.codes())
                .extracting(Claim.HealthCareCode::qualifier, Claim.HealthCareCode::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BK", "3669"),
                        org.assertj.core.groups.Tuple.tuple("BF", "4019"),
                        org.assertj.core.groups.Tuple.tuple("BF", "79431"));
        assertThat(first.institutional().statementFrom()).isEqualTo(LocalDate.of(2005, 3, 15));
        assertThat(first.institutional().admissionType()).isEqualTo("1");
        assertThat(first.institutional().patientStatus()).isEqualTo("01");
        assertThat(first.lines()).extracting(Claim.ServiceLine::revenueCode).containsExactly("0305", "0730");
        assertThat(first.lines().get(1).units()).isEqualByComparingTo("3");
        assertThat(first.provider("71").npi()).isEqualTo("1122334455");
        assertThat(first.billingProvider().npi()).isEqualTo("1234567890");
        assertThat(first.billingProvider().taxonomy()).isEqualTo("282N00000X");
        assertThat(first.subscriber().person().lastName()).isEqualTo("DOE");
        assertThat(claims.get(1).subscriber().person().lastName()).isEqualTo("SMITH");
        assertThat(claims.get(1).payer().id()).isEqualTo("99999");
    }

    @Test
    void secondaryClaimCarriesThePrimaryPayment() throws IOException {
        Claim c =
                read("linuxforhealth/837_005010X222A2/demo.cob.example3.C.837").getFirst();
        assertThat(c.otherPayers()).isNotEmpty();
        assertThat(c.otherPayers().getFirst().payer().name()).isNotEmpty();
    }

    @Test
    void aLargeFileStreamsOneClaimAtATime() throws IOException {
        AtomicInteger n = new AtomicInteger();
        AtomicInteger lines = new AtomicInteger();
        try (InputStream in = Files.newInputStream(SharedData.x12("imsweb/837_5010/x12_many_claims.txt"))) {
            Claims.stream(in, c -> {
                n.incrementAndGet();
                lines.addAndGet(c.lines().size());
            });
        }
        assertThat(n.get()).isEqualTo(820);
        assertThat(lines.get()).isEqualTo(820);
        assertThat(read("imsweb/837_5010/x12_multiple_transactions.txt")).hasSize(624);
    }

    @Test
    void uhinClaim() throws IOException {
        Claim c = read("uhin/837.edi").getFirst();
        assertThat(c.claimId()).isEqualTo("1606");
        assertThat(c.diagnosisCodes()).containsExactly("R69");
        assertThat(c.lines()).singleElement().satisfies(l -> {
            assertThat(l.procedureCode()).isEqualTo("90834");
            assertThat(l.diagnosisPointers()).containsExactly(1);
        });
    }
}
