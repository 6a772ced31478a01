package org.openrcm.x12.remit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.X12Writer;
import org.openrcm.x12.validate.Finding;
import org.openrcm.x12.validate.X12Validator;

/** SNIP 3 balancing: each equation of the 835, placed at its segment and element. */
class RemittanceBalancingTest {

    /** ISA=1, GS=2, ST=3, BPR=4, the header to segment 10, then the body from segment 11 (LX, CLP at 12, …). */
    private static List<Finding> validate(String bpr02, String... body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        X12Writer w = new X12Writer(out);
        w.beginInterchange(
                X12Writer.InterchangeHeader.of("ZZ", "PAYER", "ZZ", "CLINIC", RemitFixtures.CREATED, 1, false));
        w.beginGroup(new X12Writer.GroupHeader("HP", "PAYER", "CLINIC", RemitFixtures.CREATED, 1, "005010X221A1"));
        w.beginTransaction("835", "0001", "005010X221A1");
        w.segment("BPR", "I", bpr02, "C", "CHK", "", "", "", "", "", "", "", "", "", "", "", "20250101");
        w.segment("TRN", "1", "CHECK1", "1999999999");
        w.segment("N1", "PR", "PAYER");
        w.segment("N3", "1 MAIN ST");
        w.segment("N4", "TOWN", "IL", "60601");
        w.segment("PER", "BL", "", "TE", "8005551212");
        w.segment("N1", "PE", "CLINIC", "XX", "1234567893");
        for (String s : body) {
            String[] parts = s.split("\\*", -1);
            w.segment(parts[0], java.util.Arrays.copyOfRange(parts, 1, parts.length));
        }
        w.endTransaction();
        w.endGroup();
        w.endInterchange();
        w.flush();
        return new X12Validator()
                .validate(new ByteArrayInputStream(out.toByteArray()), "test")
                .findings();
    }

    @Test
    void balancedClaimsWithLinesReversalsAndProviderAdjustmentsHaveNoFinding() {
        assertThat(validate(
                        "90",
                        "LX*1",
                        "CLP*A*1*100*70*10*12*P1",
                        "CAS*CO*253*5",
                        "NM1*QC*1*DOE",
                        "SVC*HC:99213*100*75",
                        "CAS*CO*45*15",
                        "CAS*PR*2*10",
                        "CLP*B*22*-100*-70*-10*12*P2",
                        "CAS*CO*45*-20",
                        "CAS*PR*2*-10",
                        "NM1*QC*1*DOE",
                        "CLP*C*4*250*0**12*P3",
                        "CAS*CO*29*250",
                        "NM1*QC*1*ROE",
                        "PLB*1234567893*20251231*WO:X1*-100*L6*10"))
                // claims 70 - 70 + 0 = 0, PLB -100 + 10 = -90: BPR02 = 0 - (-90) = 90
                .isEmpty();
    }

    @Test
    void aServiceLineWhoseAdjustmentsDoNotExplainTheDifferenceIsFoundAtSvc02() {
        List<Finding> findings =
                validate("75", "LX*1", "CLP*A*1*100*75**12*P1", "NM1*QC*1*DOE", "SVC*HC:99213*100*75", "CAS*CO*45*20");
        assertThat(findings)
                .extracting(Finding::code, Finding::segmentNumber, Finding::where, Finding::loop)
                .containsExactly(
                        tuple("X12-SNIP3-SVC-BALANCE", 14L, "SVC02", "2110"),
                        tuple("X12-SNIP3-CLP-BALANCE", 12L, "CLP03", "2100"));
        assertThat(findings.getFirst().message()).contains("25").contains("20").contains("5 is unaccounted for");
    }

    @Test
    void aClaimWithoutLinesIsBalancedOnItsOwnAdjustments() {
        List<Finding> findings = validate("60", "LX*1", "CLP*A*2*100*60**12*P1", "CAS*OA*23*30", "NM1*QC*1*DOE");
        assertThat(findings)
                .extracting(Finding::code, Finding::segmentNumber, Finding::where)
                .containsExactly(tuple("X12-SNIP3-CLP-BALANCE", 12L, "CLP03"));
        assertThat(findings.getFirst().message()).contains("40").contains("30").contains("10 is unaccounted for");
    }

    @Test
    void aReversalThatDoesNotBalanceIsFoundWithItsNegativeAmounts() {
        List<Finding> findings = validate("-70", "LX*1", "CLP*A*22*-100*-70**12*P1", "CAS*CO*45*30", "NM1*QC*1*DOE");
        // -100 - (-70) = -30, but the CAS says +30 (the sign was not reversed)
        assertThat(findings)
                .extracting(Finding::code, Finding::segmentNumber, Finding::where)
                .containsExactly(tuple("X12-SNIP3-CLP-BALANCE", 12L, "CLP03"));
        assertThat(findings.getFirst().message()).contains("-30").contains("-60 is unaccounted for");
    }

    @Test
    void aPaymentThatIsNotTheClaimsMinusTheProviderAdjustmentsIsFoundAtBpr02() {
        List<Finding> findings = validate(
                "100",
                "LX*1",
                "CLP*A*1*100*70**12*P1",
                "CAS*CO*45*30",
                "NM1*QC*1*DOE",
                "PLB*1234567893*20251231*WO:X1*15");
        assertThat(findings)
                .extracting(Finding::code, Finding::segmentNumber, Finding::where)
                .containsExactly(tuple("X12-SNIP3-BPR-BALANCE", 4L, "BPR02"));
        // says both sums: claims 70, PLB 15, expected 55
        assertThat(findings.getFirst().message())
                .contains("100")
                .contains("(CLP04 of 1 claim(s), 70)")
                .contains("(PLB of 1 segment(s), 15)")
                .contains("55");
    }

    @Test
    void aTakeBackLargerThanTheClaimsSentAsACreditIsUnbalanced() {
        // a take-back larger than the claims: 10 - 40 = -30; BPR03 here is C (credit), so 30 is wrong
        assertThat(
                        validate(
                                        "30",
                                        "LX*1",
                                        "CLP*A*1*10*10**12*P1",
                                        "NM1*QC*1*DOE",
                                        "PLB*1234567893*20251231*WO:X1*40")
                                .stream()
                                .map(Finding::code))
                .containsExactly("X12-SNIP3-BPR-BALANCE");
        // with BPR03 = D a BPR02 of 30 is accepted: RemittanceRoundTripTest generates such debits
    }

    /**
     * Found by fuzzing: CLP03 = 1E999999999 is a BigDecimal, and subtracting CLP04 from it would expand a
     * billion-digit number (minutes and the whole heap). Exponents are not X12 decimals: a type finding, no hang.
     */
    @org.junit.jupiter.api.Timeout(10)
    @Test
    void anAmountWithAnExponentIsATypeErrorNotABillionDigitSubtraction() {
        List<Finding> findings = validate("0", "LX*1", "CLP*A*1*1E999999999*0**12*P1", "NM1*QC*1*DOE");
        assertThat(findings).extracting(Finding::where).contains("CLP03");
    }

    /** The Reader835 fuzz target's crash: a provider adjustment PLB06 = 2E905551212 overflowed BigInteger. */
    @org.junit.jupiter.api.Timeout(10)
    @Test
    void aProviderAdjustmentWithAnExponentIsATypeErrorNotAnOverflow() {
        List<Finding> findings =
                validate("0", "LX*1", "CLP*A*1*10*10**12*P1", "NM1*QC*1*DOE", "PLB*67893*20241231*WO:X1*2E905551212");
        assertThat(findings).extracting(Finding::where).contains("PLB04");
    }
}
