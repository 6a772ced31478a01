package org.openrcm.x12.remit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.X12Exception;
import org.openrcm.x12.testing.SharedData;
import org.openrcm.x12.validate.Finding;
import org.openrcm.x12.validate.Snip;
import org.openrcm.x12.validate.X12Validator;

/**
 * Every 5010 835 sample of the shared reference data, validated and read. Where a sample breaks the guide, the test
 * names the exact finding and says why it is a real defect of the sample (the rule is not weakened to hide it).
 */
class RemittanceSamplesTest {

    private static final String LFH = "linuxforhealth/835_005010X221A1/";

    private static List<Finding> validate(String sample) throws Exception {
        try (InputStream in = Files.newInputStream(SharedData.x12(sample))) {
            return new X12Validator().validate(in, sample).findings();
        }
    }

    private static List<Remittance> read(String sample) throws Exception {
        try (InputStream in = Files.newInputStream(SharedData.x12(sample))) {
            return Remittances.read(in);
        }
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void pyx12MultipleLoopsIsValidAndReadsItsAmounts() throws Exception {
        assertThat(validate("pyx12/835_mult_loops.txt")).isEmpty();

        Remittance r = read("pyx12/835_mult_loops.txt").getFirst();
        assertThat(r.header().payment().handlingCode()).isEqualTo("H");
        assertThat(r.header().payment().amount()).isEqualByComparingTo("0");
        assertThat(r.header().payment().method()).isEqualTo("NON");
        assertThat(r.header().traceNumber()).isEqualTo("000000000");
        assertThat(r.header().tracePayerId()).isEqualTo("1386000134");
        assertThat(r.header()
                        .payer()
                        .technicalContacts()
                        .getFirst()
                        .numbers()
                        .getFirst()
                        .number())
                .isEqualTo("9995551212");
        assertThat(r.header().payee().taxId()).isEqualTo("444313000");
        ClaimPayment c = r.claims().getFirst();
        assertThat(c.patientControlNumber()).isEqualTo("2005555A");
        assertThat(c.status()).isEqualTo("4");
        assertThat(c.totalCharge()).isEqualByComparingTo("915.39");
        assertThat(c.payment()).isEqualByComparingTo("0");
        assertThat(c.providerSummary().totalClaimCharge()).isEqualByComparingTo("915.39");
        assertThat(c.services()).hasSize(3);
        ServicePayment first = c.services().getFirst();
        assertThat(first.procedure().code()).isEqualTo("T1005");
        assertThat(first.charge()).isEqualByComparingTo("500.04");
        assertThat(first.unitsPaid()).isEqualByComparingTo("68");
        assertThat(first.serviceStart()).isEqualTo(LocalDate.of(2003, 11, 29));
        assertThat(first.adjustments()).containsExactly(new Adjustment("CO", "16", d("500.04"), null));
        assertThat(first.remarks()).containsExactly(new Remark("HE", "N14"));
    }

    /**
     * The five LinuxForHealth files are the guide's own section-3 examples, which predate X221A1's errata: none has the
     * payer technical contact (PER*BL), which OpenRCM's guide takes as situational (posting never needs it), and
     * several carry typing slips.
     */
    @Test
    void medicarePartAIsValidAndBalancesWithItsPlb() throws Exception {
        assertThat(validate(LFH + "medicare-part-a.835")).isEmpty();

        Remittance r = read(LFH + "medicare-part-a.835").getFirst();
        // BPR02 150000.00 = CLP04 138018.40 + 11980.33 - PLB (-1.27)
        assertThat(r.header().payment().amount()).isEqualByComparingTo("150000.00");
        assertThat(r.expectedPaymentAmount()).isEqualByComparingTo("150000.00");
        assertThat(r.header().traceNumber()).isEqualTo("12345");
        assertThat(r.header().payment().receiverAccount()).isEqualTo("98765");
        assertThat(r.claims())
                .extracting(
                        ClaimPayment::patientControlNumber, ClaimPayment::headerNumber, ClaimPayment::filingIndicator)
                .containsExactly(tuple("666123", 110212, "MA"), tuple("777777", 130212, "MB"));
        ClaimPayment first = r.claims().getFirst();
        assertThat(first.totalCharge()).isEqualByComparingTo("211366.97");
        assertThat(first.adjustments()).containsExactly(new Adjustment("CO", "45", d("73348.57"), null));
        assertThat(first.inpatient().coveredDays()).isEqualByComparingTo("0");
        assertThat(first.inpatient().drgAmount()).isEqualByComparingTo("138018.40");
        assertThat(first.quantities()).containsExactly(new Quantity("CA", d("8.00")));
        assertThat(first.providerSummary().amounts()).containsEntry("TS201", d("2178.45"));
        assertThat(r.claims().get(1).outpatient().remarkCodes()).containsExactly("MA02");
        assertThat(r.providerAdjustments()).hasSize(1);
        ProviderAdjustment plb = r.providerAdjustments().getFirst();
        assertThat(plb.fiscalPeriodDate()).isEqualTo(LocalDate.of(2002, 12, 31));
        assertThat(plb.adjustments()).containsExactly(new ProviderAdjustment.Entry("CV", "CP", d("-1.27")));
    }

    @Test
    void managedCareHasAnImpossiblePaymentDate() throws Exception {
        // BPR16 is 20002316: month 23 does not exist; the reader cannot tell when the payment was made.
        assertThat(validate(LFH + "managed-care.835"))
                .extracting(Finding::code, Finding::segmentNumber, Finding::where)
                .containsExactly(tuple("X12-SNIP2-INVALID-DATE", 4L, "BPR16"));
        assertThatThrownBy(() -> read(LFH + "managed-care.835"))
                .isInstanceOf(X12Exception.class)
                .hasMessageContaining("Segment 4 (BPR)")
                .hasMessageContaining("BPR16");
    }

    @Test
    void secondaryPaymentWritesComponentsWithTheWrongSeparator() throws Exception {
        // ISA16 declares ':' but SVC01 is written HC>12345>26, so SVC01-1 is "HC>12345>26" and SVC01-2 is empty.
        // BPR has one '*' too few before the date, so the date lands in BPR15 and BPR16 is empty.
        assertThat(validate(LFH + "secondary-payment.835"))
                .extracting(Finding::code, Finding::segmentNumber, Finding::where)
                .containsExactly(
                        tuple("X12-SNIP2-REQUIRED-ELEMENT-MISSING", 4L, "BPR16"),
                        tuple("X12-SNIP2-ELEMENT-TOO-LONG", 29L, "SVC01-1"),
                        tuple("X12-SNIP2-REQUIRED-ELEMENT-MISSING", 29L, "SVC01-2"),
                        tuple("X12-SNIP2-ELEMENT-TOO-LONG", 34L, "SVC01-1"),
                        tuple("X12-SNIP2-REQUIRED-ELEMENT-MISSING", 34L, "SVC01-2"));

        Remittance r = read(LFH + "secondary-payment.835").getFirst();
        assertThat(r.header().payment().amount()).isEqualByComparingTo("1222.00");
        assertThat(r.header().traceNumber()).isEqualTo("0012524965");
        assertThat(r.header().payee().taxId()).isEqualTo("599944521");
        // claim without service lines: 10323.64 - 912.00 = 9411.64 = CAS OA 23
        ClaimPayment noLines = r.claims().getFirst();
        assertThat(noLines.services()).isEmpty();
        assertThat(noLines.adjustments()).containsExactly(new Adjustment("OA", "23", d("9411.64"), null));
        assertThat(noLines.amounts()).containsExactly(new Amount("AU", d("912.00")));
        ClaimPayment withLines = r.claims().get(1);
        assertThat(withLines.patientControlNumber()).isEqualTo("0001000053");
        assertThat(withLines.renderingProvider().lastName()).isEqualTo("SMITH JONES PA");
        ServicePayment line = withLines.services().get(1);
        assertThat(line.charge()).isEqualByComparingTo("585.00");
        assertThat(line.payment()).isEqualByComparingTo("280.00");
        assertThat(line.revenueCode()).isEqualTo("220");
        assertThat(line.allowedAmount()).isEqualByComparingTo("500.00");
        assertThat(line.adjustments())
                .containsExactly(
                        new Adjustment("PR", "1", d("150.00"), null),
                        new Adjustment("PR", "2", d("70.00"), null),
                        new Adjustment("CO", "42", d("85.00"), null));
    }

    @Test
    void cobContractualAdjustmentHasTheSameSlips() throws Exception {
        assertThat(validate(LFH + "cob-contractural-adjustment.835"))
                .extracting(Finding::code, Finding::segmentNumber, Finding::where)
                .containsExactly(
                        tuple("X12-SNIP2-REQUIRED-ELEMENT-MISSING", 4L, "BPR16"),
                        tuple("X12-SNIP2-ELEMENT-TOO-LONG", 21L, "SVC01-1"),
                        tuple("X12-SNIP2-REQUIRED-ELEMENT-MISSING", 21L, "SVC01-2"));
        ClaimPayment c = read(LFH + "cob-contractural-adjustment.835")
                .getFirst()
                .claims()
                .getFirst();
        // 541.00 - 34.00 = 507.00 = 516.00 + (-9.00): a negative adjustment balances too
        assertThat(c.services().getFirst().adjustments())
                .extracting(Adjustment::amount)
                .containsExactly(d("516.00"), d("-9.00"));
        assertThat(c.services().getFirst().renderingProviderIds()).containsExactly(new Reference("1B", "44280"));
    }

    @Test
    void tertiaryPaymentLostItsProcedureCodeAndSoDoesNotBalance() throws Exception {
        // SVC*HC*24599.00*1766.50*187.50**1: the procedure code 24599 became SVC02 (charge), the charge SVC03
        // (payment), and so on. Read as written, the line's charge minus payment is 24599.00 - 1766.50 = 22832.50
        // while its CAS adds up to 1579.00: a real SNIP 3 error. The claim itself balances: 1766.50 - 187.50 =
        // 1579.00.
        List<Finding> findings = validate(LFH + "tertiary-payment.835");
        assertThat(findings)
                .extracting(Finding::code, Finding::segmentNumber, Finding::where)
                .containsExactly(
                        tuple("X12-SNIP2-REQUIRED-ELEMENT-MISSING", 4L, "BPR16"),
                        tuple("X12-SNIP2-REQUIRED-ELEMENT-MISSING", 20L, "SVC01-2"),
                        tuple("X12-SNIP2-ELEMENT-TOO-SHORT", 20L, "SVC06-1"),
                        tuple("X12-SNIP2-REQUIRED-ELEMENT-MISSING", 20L, "SVC06-2"),
                        tuple("X12-SNIP3-SVC-BALANCE", 20L, "SVC02"));
        assertThat(findings.getLast().message()).contains("22832.5").contains("1579");
        assertThat(findings.getLast().snip()).isEqualTo(Snip.SNIP3);
    }

    @Test
    void chsTestHasNoHeaderNumberLoopADoubleCountedAdjustmentAndAWrongSegmentCount() throws Exception {
        // No LX: the guide puts every CLP in loop 2000, but a claim without one is still read (payers omit it).
        // The payer has no N3/N4; SE01 says 17 for 16; and the claim does not balance: 2000 - 1500.50 = 499.50,
        // but its CAS add up to 499.50 (claim) + 400 + 99.50 (lines) = 999.00 (the claim CAS repeats the lines').
        List<Finding> findings = validate("edi-835-parser/chs_test.835");
        assertThat(findings)
                .extracting(Finding::code, Finding::segmentNumber)
                .contains(
                        tuple("X12-SNIP2-REQUIRED-SEGMENT-MISSING", 7L),
                        tuple("X12-SNIP3-CLP-BALANCE", 8L),
                        tuple("X12-SNIP1-SE-COUNT", 18L));
        Remittance r = read("edi-835-parser/chs_test.835").getFirst();
        assertThat(r.header().payment().amount()).isEqualByComparingTo("1500.50");
        assertThat(r.header().traceNumber()).isEqualTo("CHK12345");
        assertThat(r.header().payee().npi()).isEqualTo("1234567890");
        assertThat(r.claims()).extracting(ClaimPayment::patientControlNumber).containsExactly("PATIENTACCOUNT01");
    }

    @Test
    void edi835ParserSamplesAreTemplatesWithPlaceholders() throws Exception {
        for (String sample : List.of("edi-835-parser/sample_835.txt", "edi-835-parser/sample_835_with_interests.txt")) {
            List<Finding> findings = validate(sample);
            // CAS*grp_code*reason_code*amount*quantity, TS3**facility_type_code1, PLB*...*resnCode>adjID...
            assertThat(findings)
                    .extracting(Finding::code, Finding::segmentNumber, Finding::where)
                    .contains(
                            tuple("X12-SNIP2-REQUIRED-ELEMENT-MISSING", 21L, "TS301"),
                            tuple("X12-SNIP2-NOT-A-NUMBER", 23L, "CAS03"),
                            tuple("X12-SNIP2-NOT-A-NUMBER", 42L, "MIA24"),
                            tuple("X12-SNIP1-TRAILING-SEPARATOR", 43L, "MOA09"),
                            tuple("X12-SNIP2-ELEMENT-TOO-LONG", 56L, "PLB03-1"),
                            tuple("X12-SNIP1-SE-COUNT", 57L, "SE01"));
            // BPR02 1.78 = CLP04 1.78 + 0, but the placeholder PLB takes 5.00 back: 1.78 - 5 = -3.22
            assertThat(findings)
                    .filteredOn(f -> f.code().equals("X12-SNIP3-BPR-BALANCE"))
                    .first()
                    .satisfies(f -> {
                        assertThat(f.segmentNumber()).isEqualTo(4L);
                        assertThat(f.where()).isEqualTo("BPR02");
                        assertThat(f.message()).contains("1.78").contains("-3.22");
                    });
            assertThatThrownBy(() -> read(sample))
                    .isInstanceOf(X12Exception.class)
                    .hasMessageContaining("Segment 23 (CAS)")
                    .hasMessageContaining("CAS03");
        }
        // The "with interests" variant adds PLB*...*L6*-10.3 (interest paid) to the second set without raising its
        // BPR02: 132.81 + 5.30 + 1.51 + 1.51 = 141.13 claims, + 10.30 interest = 151.43, but BPR02 says 141.13.
        assertThat(validate("edi-835-parser/sample_835_with_interests.txt"))
                .filteredOn(f -> f.code().equals("X12-SNIP3-BPR-BALANCE") && f.segmentNumber() == 59L)
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("141.13").contains("151.43"));
    }
}
