package org.openrcm.x12.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.ControlNumbers;

/**
 * The 271 the payer sandbox writes for a typical commercial answer, byte for byte: active coverage, plan dates,
 * deductible and out-of-pocket (total and remaining), office visit copays in and out of network, co-insurance, the
 * primary care provider, a message.
 */
class EligibilityGoldenTest {

    static EligibilityResponse response() {
        Member subscriber = new Member(
                new Name("IL", "1", "DOE", "JANE", "Q", "", "MI", "W123456789"),
                List.of(new Reference("6P", "GRP7788", "ACME WIDGETS")),
                new Address("12 MAIN ST", "", "ALBANY", "NY", "12207", "", ""),
                null,
                LocalDate.of(1980, 2, 29),
                "F",
                null,
                List.of(),
                List.of(
                        new DatePeriod("346", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)),
                        new DatePeriod("347", LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31))));
        List<String> office = List.of("98", "BZ");
        Benefit active = Benefit.of("1", "IND", List.of("30"), "PR", "GOLD PPO 1500", "", null, null, "");
        Benefit deductible = Benefit.of("C", "IND", List.of("30"), "PR", "", "23", new BigDecimal("1500"), null, "Y");
        Benefit deductibleLeft =
                Benefit.of("C", "IND", List.of("30"), "PR", "", "29", new BigDecimal("1125.5"), null, "Y");
        Benefit oop = Benefit.of("G", "IND", List.of("30"), "PR", "", "23", new BigDecimal("6000"), null, "Y");
        Benefit oopLeft = Benefit.of("G", "IND", List.of("30"), "PR", "", "29", new BigDecimal("5210"), null, "Y");
        Benefit copayIn = Benefit.of("B", "IND", office, "PR", "", "27", new BigDecimal("25"), null, "Y");
        Benefit copayOut = Benefit.of("B", "IND", office, "PR", "", "27", new BigDecimal("60"), null, "N");
        Benefit coinsurance = Benefit.of("A", "IND", List.of("30"), "PR", "", "", null, new BigDecimal("0.2"), "Y");
        RelatedEntity pcp = new RelatedEntity(
                new Name("P3", "1", "WELBY", "MARCUS", "", "", "XX", "1234567893"),
                "",
                null,
                List.of(new Contact("IC", "", List.of(new Contact.Number("TE", "5185550100")))),
                null);
        Benefit primaryCare = new Benefit(
                "L",
                "",
                List.of(),
                "",
                "",
                "",
                null,
                null,
                "",
                null,
                "",
                "",
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of("PCP MUST REFER FOR SPECIALIST VISITS"),
                List.of(),
                List.of(pcp));
        return new EligibilityResponse(
                new TransactionHeader("11", "INQ0001", LocalDate.of(2024, 3, 1), LocalTime.of(9, 30), "RT"),
                new Name("PR", "2", "EMPIRE SANDBOX HEALTH", "", "", "", "PI", "60054"),
                List.of(new Contact("IC", "PROVIDER SERVICES", List.of(new Contact.Number("TE", "8005550199")))),
                List.of(),
                new Provider(
                        new Name("1P", "2", "ALBANY FAMILY PRACTICE", "", "", "", "XX", "1999999984"),
                        List.of(),
                        null,
                        null),
                List.of(),
                new EligibilityResponse.Subject(
                        List.of(new Trace("2", "TRACE-0001", "1234567890", "")),
                        subscriber,
                        List.of(),
                        List.of(
                                active,
                                deductible,
                                deductibleLeft,
                                oop,
                                oopLeft,
                                copayIn,
                                copayOut,
                                coinsurance,
                                primaryCare)),
                null);
    }

    @Test
    void writesTheGoldenResponse() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EligibilityWriter(ControlNumbers.startingAt(1), EligibilityRoundTripTest.PARTIES, true)
                .writeResponses(List.of(response()), EligibilityRoundTripTest.CREATED, out);
        byte[] golden;
        try (InputStream in = getClass().getResourceAsStream("/eligibility/golden.271")) {
            golden = in.readAllBytes();
        }
        assertThat(new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo(new String(golden, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(out.toByteArray()).isEqualTo(golden);
        EligibilityRoundTripTest.assertValid(golden);
    }

    @Test
    void billerViewOfTheGoldenResponse() {
        EligibilityResponse r =
                (EligibilityResponse) EligibilityRoundTripTest.read(written()).getFirst();
        assertThat(r).isEqualTo(response());
        assertThat(r.isActive()).isTrue();
        assertThat(r.planBegin()).contains(LocalDate.of(2024, 1, 1));
        assertThat(r.planEnd()).contains(LocalDate.of(2024, 12, 31));
        assertThat(r.deductibleTotal()).contains(new BigDecimal("1500"));
        assertThat(r.deductibleRemaining()).contains(new BigDecimal("1125.5"));
        assertThat(r.outOfPocketTotal()).contains(new BigDecimal("6000"));
        assertThat(r.outOfPocketRemaining()).contains(new BigDecimal("5210"));
        assertThat(r.copay("98")).contains(new BigDecimal("25"));
        assertThat(r.coinsurance("30")).contains(new BigDecimal("0.2"));
        assertThat(r.benefits("L")
                        .getFirst()
                        .relatedEntities()
                        .getFirst()
                        .name()
                        .npi())
                .isEqualTo("1234567893");
    }

    static byte[] written() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EligibilityWriter(ControlNumbers.startingAt(1), EligibilityRoundTripTest.PARTIES, true)
                .writeResponses(List.of(response()), EligibilityRoundTripTest.CREATED, out);
        return out.toByteArray();
    }
}
