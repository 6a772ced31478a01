package org.openrcm.x12.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.x12.eligibility.EligibilitySamplesTest.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the real samples gives the values a biller sees on the page. */
class EligibilityReadingTest {

    private static final String LFH270 = "linuxforhealth/270_005010X279A1/";
    private static final String LFH271 = "linuxforhealth/271_005010X279A1/";

    @Test
    void subscriberInquiry() throws IOException {
        List<Object> records = read(LFH270 + "subscriber-health-benefit-check.270");
        assertThat(records).hasSize(1);
        EligibilityInquiry q = (EligibilityInquiry) records.getFirst();
        assertThat(q.header().purpose()).isEqualTo("13");
        assertThat(q.header().reference()).isEqualTo("10001234");
        assertThat(q.payer().last()).isEqualTo("ABC COMPANY");
        assertThat(q.payer().id()).isEqualTo("842610001");
        assertThat(q.provider().name().last()).isEqualTo("BONE AND JOINT CLINIC");
        assertThat(q.provider().name().idQualifier()).isEqualTo("SV");
        assertThat(q.isDependent()).isFalse();
        Member m = q.patient().member();
        assertThat(m.memberId()).isEqualTo("11122333301");
        assertThat(m.name().displayName()).isEqualTo("ROBERT SMITH");
        assertThat(m.birthDate()).isEqualTo(LocalDate.of(1943, 5, 19));
        assertThat(q.traces()).containsExactly(new Trace("1", "93175-012547", "9877281234", ""));
        assertThat(q.serviceTypes()).containsExactly("30");
        assertThat(q.dateOfService()).contains(DatePeriod.on("291", LocalDate.of(2006, 5, 1)));
    }

    @Test
    void dependentInquiryCarriesItsSubscriber() throws IOException {
        List<Object> records = read(LFH270 + "dependent-health-benefit-check.270");
        assertThat(records).hasSize(1);
        EligibilityInquiry q = (EligibilityInquiry) records.getFirst();
        assertThat(q.provider().name().displayName()).isEqualTo("MARCUS JONES");
        assertThat(q.subscriber().member().memberId()).isEqualTo("11122333301");
        assertThat(q.subscriber().inquiries()).isEmpty();
        assertThat(q.isDependent()).isTrue();
        assertThat(q.dependent().member().name().displayName()).isEqualTo("MARY SMITH");
        assertThat(q.dependent().member().birthDate()).isEqualTo(LocalDate.of(1978, 10, 14));
        assertThat(q.traces()).extracting(Trace::number).containsExactly("93175-012547");
        assertThat(q.serviceTypes()).containsExactly("30");
    }

    @Test
    void activeSubscriberWithCopays() throws IOException {
        List<Object> records = read(LFH271 + "subscriber-health-benefit-check.271");
        assertThat(records).hasSize(1);
        EligibilityResponse r = (EligibilityResponse) records.getFirst();
        assertThat(r.header().purpose()).isEqualTo("11");
        assertThat(r.payer().id()).isEqualTo("841610001");
        Member m = r.patient().member();
        assertThat(m.name().displayName()).isEqualTo("JOHN SMITH");
        assertThat(m.memberId()).isEqualTo("123456789");
        assertThat(m.address())
                .isEqualTo(new Address("15197 BROADWAY AVENUE", "APT 215", "KANSAS CITY", "MO", "64108", "", ""));
        assertThat(m.gender()).isEqualTo("M");
        assertThat(r.traces()).containsExactly(new Trace("2", "93175-012547", "9877281234", ""));

        assertThat(r.isActive()).isTrue();
        assertThat(r.isRejected()).isFalse();
        assertThat(r.planBegin()).contains(LocalDate.of(2006, 1, 1));
        assertThat(r.planEnd()).isEmpty();
        assertThat(r.benefits()).extracting(Benefit::code).containsExactly("1", "L", "1", "B", "B");
        assertThat(r.benefits().getFirst().planDescription()).isEqualTo("GOLD 123 PLAN");
        assertThat(r.benefits().get(2).serviceTypes())
                .containsExactly("1", "33", "35", "47", "86", "88", "98", "AL", "MH", "UC");

        RelatedEntity pcp = r.benefits().get(1).relatedEntities().getFirst();
        assertThat(pcp.name().entityCode()).isEqualTo("P3");
        assertThat(pcp.name().displayName()).isEqualTo("MARCUS JONES");
        assertThat(pcp.name().id()).isEqualTo("0202034");

        assertThat(r.copays()).hasSize(2);
        assertThat(r.copays())
                .extracting(Benefit::amount, Benefit::inPlanNetwork, Benefit::timePeriod)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("10.00"), "Y", "27"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("30.00"), "N", "27"));
        assertThat(r.copay("98")).contains(new BigDecimal("10.00"));
        assertThat(r.copay("A6")).isEmpty();
        assertThat(r.deductibleRemaining()).isEmpty();
    }

    @Test
    void dependentResponse() throws IOException {
        List<Object> records = read(LFH271 + "dependent-health-benefit-check.271");
        assertThat(records).hasSize(1);
        EligibilityResponse r = (EligibilityResponse) records.getFirst();
        assertThat(r.subscriber().member().name().displayName()).isEqualTo("JOHN SMITH");
        assertThat(r.subscriber().benefits()).isEmpty();
        Member mary = r.dependent().member();
        assertThat(mary.name().entityCode()).isEqualTo("03");
        assertThat(mary.birthDate()).isEqualTo(LocalDate.of(1998, 10, 14));
        assertThat(mary.gender()).isEqualTo("F");
        assertThat(mary.relationship().relationship()).isEqualTo("19");
        assertThat(r.isActive()).isTrue();
        assertThat(r.planBegin()).contains(LocalDate.of(2006, 1, 1));
        assertThat(r.benefits()).hasSize(5);
    }

    @Test
    void providerRejection() throws IOException {
        List<Object> records = read(LFH271 + "subscriber-health-benefit-check-error.271");
        assertThat(records).hasSize(1);
        EligibilityResponse r = (EligibilityResponse) records.getFirst();
        assertThat(r.subscriber()).isNull();
        assertThat(r.provider().name().last()).isEqualTo("BONE AND JOIN CLINIC");
        assertThat(r.providerRejections()).containsExactly(new Rejection("Y", "50", "N"));
        assertThat(r.rejections().getFirst().reasonText()).isEqualTo("Provider ineligible for inquiries");
        assertThat(r.rejections().getFirst().followUpText()).isEqualTo("Resubmission not allowed");
        assertThat(r.isRejected()).isTrue();
        assertThat(r.isActive()).isFalse();
        assertThat(r.benefits()).isEmpty();
    }

    @Test
    void medicareResponseWithOtherPayer() throws IOException {
        List<Object> records = read("node-x12/271.edi");
        EligibilityResponse r = (EligibilityResponse) records.getFirst();
        assertThat(r.payer().last()).isEqualTo("CMS");
        assertThat(r.provider().npi()).isEqualTo("1508165317");
        Member m = r.patient().member();
        assertThat(m.name().displayName()).isEqualTo("ALBERT R BELMAR");
        assertThat(m.memberId()).isEqualTo("9UY4R33KV83");
        assertThat(m.address().postalCode()).isEqualTo("080966062");
        assertThat(r.eligibilityBegin()).contains(LocalDate.of(2019, 12, 30));
        assertThat(r.isActive()).isTrue();
        assertThat(r.planBegin()).contains(LocalDate.of(2015, 7, 1));
        assertThat(r.planEnd()).isEmpty();
        assertThat(r.benefits()).hasSize(9);
        assertThat(r.benefits().get(2).insuranceType()).isEqualTo("MB");
        assertThat(r.benefits().get(2).serviceTypes()).hasSize(39);

        Benefit coinsurance = r.coinsurance().getFirst();
        assertThat(coinsurance.planDescription()).isEqualTo("Medicare Part B");
        assertThat(coinsurance.percent()).isEqualByComparingTo("0");
        assertThat(coinsurance.dates())
                .containsExactly(new DatePeriod("291", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)));
        // Part A deductible per episode (26), Part B per calendar year (23): the plan-period total is Part B's.
        assertThat(r.deductibleTotal()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
        assertThat(r.benefits("C")).extracting(Benefit::timePeriod).containsExactly("26", "23");

        Benefit partD = r.benefits().get(8);
        assertThat(partD.code()).isEqualTo("R");
        assertThat(partD.references())
                .containsExactly(new Reference("18", "S5601", ""), new Reference("N6", "008", "SilverScript Choice"));
        assertThat(partD.dates()).containsExactly(DatePeriod.on("292", LocalDate.of(2017, 1, 1)));
        RelatedEntity plan = partD.relatedEntities().getFirst();
        assertThat(plan.name().last()).isEqualTo("SILVERSCRIPT INSURANCE COMPANY");
        assertThat(plan.address().city()).isEqualTo("Nashville");
        assertThat(plan.contacts().getFirst().numbers())
                .containsExactly(
                        new Contact.Number("TE", "8664430934"), new Contact.Number("UR", "www.silverscript.com"));
    }
}
