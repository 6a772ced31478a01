package org.openrcm.x12.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openrcm.x12.testing.SharedData;
import org.openrcm.x12.validate.Finding;
import org.openrcm.x12.validate.X12Validator;

/** The guides catch what the implementation guides forbid, at the right segment and element. */
class StatusGuideTest {

    static List<Finding> findings(String file) {
        return new X12Validator()
                .validate(new ByteArrayInputStream(file.getBytes(StandardCharsets.ISO_8859_1)), "test")
                .findings();
    }

    static String accepted277CA() throws IOException {
        return Files.readString(SharedData.x12("imsweb/277_5010/x12_277CA_accepted.txt"), StandardCharsets.ISO_8859_1);
    }

    /**
     * The imsweb X212 sample's claim STC segments send STC03 (action code) and STC12 (a message), which X212 marks Not
     * Used but payers answering with a 277 as an acknowledgment do send: they are accepted. Its one real fault is an
     * IEA02 that does not repeat ISA13.
     */
    @Test
    void theImswebX212SampleOnlyFailsItsInterchangeControlNumber() throws IOException {
        List<Finding> found = new X12Validator()
                .validate(Files.newInputStream(SharedData.x12("imsweb/277_5010/x12_277_x212.txt")), "x212")
                .findings();
        assertThat(found)
                .filteredOn(Finding::isError)
                .singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo("X12-SNIP1-IEA-CONTROL"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "claim status missing|STC*A2:20*20110311*WQ*125~||X12-SNIP2-REQUIRED-SEGMENT-MISSING|STC|0",
                "claim trace type 1|TRN*2*5781|TRN*1*5781|X12-SNIP2-INVALID-CODE|TRN|1",
                "patient level code|HL*4*3*PT|HL*4*3*XX|X12-SNIP2-UNEXPECTED-QUALIFIER|HL|3",
                "subscriber instead of patient|NM1*QC*1|NM1*IL*1|X12-SNIP2-UNEXPECTED-QUALIFIER|NM1|1",
                "range that ends first|DTP*472*D8*10010101|DTP*472*RD8*20110305-20110301|X12-SNIP2-INVALID-DATE|DTP|3",
                "date format not allowed|DTP*472*D8*10010101|DTP*472*DT*201103011200|X12-SNIP2-INVALID-CODE|DTP|2",
                "action code unknown|STC*A2:20*20110311*WQ|STC*A2:20*20110311*ZZ|X12-SNIP2-INVALID-CODE|STC|3",
                "payment amount not used|STC*A2:20*20110311*WQ*125|STC*A2:20*20110311*WQ*125*100|"
                        + "X12-SNIP2-ELEMENT-NOT-USED|STC|5",
                "status composite missing|STC*A2:20*20110311|STC**20110311|X12-SNIP2-REQUIRED-ELEMENT-MISSING|STC|1",
                "rejected quantity qualifier|QTY*90*1|QTY*QC*1|X12-SNIP2-UNEXPECTED-QUALIFIER|QTY|1"
            })
    void a277CAMistakeIsFound(String what, String from, String to, String code, String segment, int element)
            throws IOException {
        String original = accepted277CA();
        assertThat(original).contains(from);
        String file = original.replace(from, to == null ? "" : to);
        if (to == null) {
            file = file.replace("SE*23*", "SE*22*");
        }
        List<Finding> found = findings(file);
        assertThat(found).as(StatusSamplesTest.describe(found)).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.segmentId()).isEqualTo(segment);
            if (element > 0) {
                assertThat(f.element()).isEqualTo(element);
            }
        });
        if (!segment.equals("HL")) { // a wrong level code misplaces the whole level below it
            assertThat(found).allSatisfy(f -> assertThat(f.segmentId()).isEqualTo(segment));
        }
    }

    @Test
    void aDependentWithoutDemographicsIsFoundInA276() throws IOException {
        String file = Files.readString(
                SharedData.x12("linuxforhealth/276_005010X212/provider-level-status.276"), StandardCharsets.ISO_8859_1);
        String broken = file.replace("DMG*D8*19951101*M~", "").replace("SE*28*", "SE*27*");
        List<Finding> found = findings(broken);
        assertThat(found).as(StatusSamplesTest.describe(found)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("X12-SNIP2-REQUIRED-SEGMENT-MISSING");
            assertThat(f.segmentId()).isEqualTo("DMG");
        });
    }

    @Test
    void aStatusSegmentIsNotPartOfARequest() throws IOException {
        String file = Files.readString(
                SharedData.x12("linuxforhealth/276_005010X212/claim-level-status-ncpdp.276"),
                StandardCharsets.ISO_8859_1);
        String broken = file.replace("TRN*1*ABCXYZ1~", "TRN*1*ABCXYZ1~STC*A1:20*20060301~")
                .replace("SE*16*", "SE*17*");
        assertThat(findings(broken))
                .singleElement()
                .satisfies(f -> assertThat(f.segmentId()).isEqualTo("STC"));
    }
}
