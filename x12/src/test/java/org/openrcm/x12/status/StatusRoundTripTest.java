package org.openrcm.x12.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.validate.ValidationReport;
import org.openrcm.x12.validate.X12Validator;

/** Whatever the writer writes is valid under the guide and reads back into equal records. */
class StatusRoundTripTest {

    static final StatusWriter.Route ROUTE =
            new StatusWriter.Route("ZZ", "PAYER", "ZZ", "CLINIC", "PAYER", "CLINIC", false);
    static final LocalDateTime CREATED = LocalDateTime.of(2024, 5, 17, 9, 30);

    private static void assertValidAndEqual(byte[] file, List<?> records) {
        ValidationReport report = new X12Validator().validate(new ByteArrayInputStream(file), "generated");
        String text = new String(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(report.findings())
                .as(() -> StatusSamplesTest.describe(report.findings()) + "\n" + text)
                .isEmpty();
        assertThat(StatusReadTest.read(file)).as(text).isEqualTo(records);
    }

    @Property(tries = 60)
    void acknowledgment277CA(@ForAll long seed) {
        List<Object> records = new RandomStatusRecords(new Random(seed)).acknowledgment();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StatusWriter(ControlNumbers.startingAt(1)).write277CA(out, ROUTE, CREATED, "BATCH1", records);
        assertValidAndEqual(out.toByteArray(), records);
    }

    @Property(tries = 60)
    void response277(@ForAll long seed) {
        List<Object> records = new RandomStatusRecords(new Random(seed)).response();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StatusWriter(ControlNumbers.startingAt(1)).write277(out, ROUTE, CREATED, "RESP1", records);
        assertValidAndEqual(out.toByteArray(), records);
    }

    @Property(tries = 60)
    void request276(@ForAll long seed) {
        List<ClaimStatusRequest> records = new RandomStatusRecords(new Random(seed)).request();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StatusWriter(ControlNumbers.startingAt(1)).write276(out, ROUTE, CREATED, "REQ1", records);
        assertValidAndEqual(out.toByteArray(), records);
    }
}
