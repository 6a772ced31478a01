package org.openrcm.x12.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** SNIP 1: what every interchange must get right whatever its transaction sets. */
class EnvelopeValidationTest {

    static final String ISA =
            "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *250101*1200*^*00501*000000001*0*P*:~";

    static ValidationReport validate(String text) {
        return new X12Validator().validate(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), "t");
    }

    static String ok() {
        return ISA
                + "GS*BE*S*R*20250101*1200*7*X*005010X220A1~ST*834*0001~BGN*00*1*20250101~SE*3*0001~GE*1*7~IEA*1*000000001~";
    }

    @Test
    void aWellFormedInterchangeOfATransactionWithoutAGuideIsValidWithANotice() {
        ValidationReport r = validate(ok());
        assertThat(r.valid()).isTrue();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("X12-SNIP2-NO-GUIDE");
            assertThat(f.severity()).isEqualTo(Severity.NOTICE);
        });
    }

    @Test
    void aWrongSegmentCountIsReportedAtSe01() {
        ValidationReport r = validate(ok().replace("SE*3*0001", "SE*4*0001"));
        assertThat(r.valid()).isFalse();
        assertThat(r.findings()).filteredOn(Finding::isError).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("X12-SNIP1-SE-COUNT");
            assertThat(f.where()).isEqualTo("SE01");
            assertThat(f.segmentNumber()).isEqualTo(5);
            assertThat(f.ackCode()).isEqualTo("4");
            assertThat(f.message()).contains("says 4", "has 3");
        });
    }

    @Test
    void controlNumbersMustMatchTheirTrailers() {
        ValidationReport r = validate(ok().replace("SE*3*0001", "SE*3*0002")
                .replace("GE*1*7", "GE*1*8")
                .replace("IEA*1*000000001", "IEA*1*000000002"));
        assertThat(r.findings())
                .extracting(Finding::code)
                .contains("X12-SNIP1-SE-CONTROL", "X12-SNIP1-GE-CONTROL", "X12-SNIP1-IEA-CONTROL");
    }

    @Test
    void missingTrailersAreNamed() {
        ValidationReport r = validate(ok().replace("SE*3*0001~", "").replace("IEA*1*000000001~", ""));
        assertThat(r.findings()).extracting(Finding::code).contains("X12-SNIP1-SE-MISSING", "X12-SNIP1-IEA-MISSING");
    }

    @Test
    void groupAndSetCountsMustAddUp() {
        ValidationReport r = validate(ok().replace("GE*1*7", "GE*2*7").replace("IEA*1*", "IEA*3*"));
        assertThat(r.findings()).extracting(Finding::code).contains("X12-SNIP1-GE-COUNT", "X12-SNIP1-IEA-COUNT");
    }

    @Test
    void theIsaMustKeepItsFixedWidths() {
        ValidationReport r = validate(ok().replace("*SENDER         *", "*SENDER*"));
        assertThat(r.findings()).filteredOn(Finding::isError).singleElement().satisfies(f -> {
            assertThat(f.where()).isEqualTo("ISA06");
            assertThat(f.scope()).isEqualTo(Scope.INTERCHANGE);
            assertThat(f.ackCode()).isEqualTo("006");
        });
    }

    @Test
    void trailingSeparatorsAreAWarningNamingTheSegment() {
        ValidationReport r = validate(ok().replace("BGN*00*1*20250101~", "BGN*00*1*20250101**~"));
        assertThat(r.valid()).isTrue();
        assertThat(r.findings())
                .filteredOn(f -> f.severity() == Severity.WARNING)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("X12-SNIP1-TRAILING-SEPARATOR");
                    assertThat(f.segmentId()).isEqualTo("BGN");
                    assertThat(f.positionInSet()).isEqualTo(2);
                });
    }

    @Test
    void aFileThatIsNotX12IsOneFindingNotACrash() {
        ValidationReport r = validate("PDF-1.7 not an interchange");
        assertThat(r.valid()).isFalse();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("X12-NO-ISA");
            assertThat(f.segmentId()).isEqualTo("ISA");
        });
    }

    @Test
    void version4010IsRefusedForTransactionsThatHaveA5010Guide() {
        ValidationReport r = validate(
                ISA + "GS*HP*S*R*20250101*1200*7*X*004010X091A1~ST*835*0001~BPR*I~SE*3*0001~GE*1*7~IEA*1*000000001~");
        assertThat(r.findings())
                .filteredOn(Finding::isError)
                .extracting(Finding::code)
                .containsExactly("X12-SNIP2-VERSION-NOT-SUPPORTED");
    }

    @Test
    void theGroupMustSuitTheTransactionSet() {
        ValidationReport r = validate(ok().replace("GS*BE", "GS*HC"));
        assertThat(r.findings()).extracting(Finding::code).contains("X12-SNIP1-GS-FUNCTIONAL-ID");
    }

    @Test
    void duplicateSetControlNumbersInAGroupAreAnError() {
        String twice = ok().replace("SE*3*0001~", "SE*3*0001~ST*834*0001~BGN*00*1*20250101~SE*3*0001~")
                .replace("GE*1*7", "GE*2*7");
        assertThat(validate(twice).findings()).extracting(Finding::code).contains("X12-SNIP1-ST-DUPLICATE");
    }
}
