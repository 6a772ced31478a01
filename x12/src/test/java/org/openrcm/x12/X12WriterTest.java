package org.openrcm.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.validate.X12Validator;

class X12WriterTest {

    @Test
    void writesEnvelopesWhoseCountsAndControlNumbersAValidatorAccepts() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ControlNumbers numbers = ControlNumbers.startingAt(41);
        LocalDateTime now = LocalDateTime.of(2026, 3, 20, 9, 30);
        try (X12Writer w = new X12Writer(bytes)) {
            w.beginInterchange(
                    X12Writer.InterchangeHeader.of("ZZ", "SENDER", "ZZ", "RECEIVER", now, numbers.next(), false));
            w.beginGroup(new X12Writer.GroupHeader("BE", "S", "R", now, numbers.next(), "005010X220A1"));
            w.beginTransaction("834", "0001", "005010X220A1");
            w.segment("BGN", "00", "REF1", "20260320", "0930", null, null, null, "2");
            w.segment("NTE", "", "", "");
            w.endTransaction();
            w.endGroup();
            w.endInterchange();
        }
        String text = bytes.toString(StandardCharsets.ISO_8859_1);
        assertThat(text)
                .startsWith(
                        "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260320*0930*^*00501*000000041*0*T*:~\n")
                .contains("GS*BE*S*R*20260320*0930*42*X*005010X220A1~\n")
                .contains("BGN*00*REF1*20260320*0930****2~\nNTE~\nSE*4*0001~\nGE*1*42~\nIEA*1*000000041~\n");
        var report = new X12Validator().validate(new ByteArrayInputStream(bytes.toByteArray()), "written");
        assertThat(report.findings()).noneMatch(f -> f.isError());
    }

    @Test
    void refusesAValueThatHoldsADelimiter() {
        X12Writer w = new X12Writer(new ByteArrayOutputStream());
        assertThatThrownBy(() -> w.segment("NM1", "IL", "1", "O*BRIEN"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("O*BRIEN");
    }

    @Test
    void writesDecimalsTheX12Way() {
        assertThat(X12Writer.decimal(new BigDecimal("150.00"))).isEqualTo("150");
        assertThat(X12Writer.decimal(new BigDecimal("150.50"))).isEqualTo("150.5");
        assertThat(X12Writer.decimal(new BigDecimal("-12.34"))).isEqualTo("-12.34");
        assertThat(X12Writer.decimal(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(X12Writer.decimal(BigDecimal.ZERO.setScale(2))).isEqualTo("0");
    }

    @Test
    void controlNumbersOnlyGoUp() {
        ControlNumbers n = ControlNumbers.startingAt(999_999_998L);
        assertThat(n.next()).isEqualTo(999_999_998L);
        assertThat(n.next()).isEqualTo(999_999_999L);
        assertThatThrownBy(n::next).isInstanceOf(IllegalStateException.class);
    }
}
