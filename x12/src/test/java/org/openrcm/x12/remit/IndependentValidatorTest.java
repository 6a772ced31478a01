package org.openrcm.x12.remit;

import static org.assertj.core.api.Assertions.assertThat;

import com.imsweb.x12.reader.X12Reader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 835s we write (the payer sandbox will send them) pass another project's 005010X221A1 definitions too. */
class IndependentValidatorTest {

    @Test
    void writtenRemittancesPassTheImswebParser() throws Exception {
        byte[] file = RemitFixtures.write(List.of(RemitFixtures.golden())).getBytes(StandardCharsets.ISO_8859_1);
        X12Reader reader = new X12Reader(X12Reader.FileType.ANSI835_5010_X221, new ByteArrayInputStream(file));
        assertThat(reader.getFatalErrors()).isEmpty();
        assertThat(reader.getErrors()).isEmpty();
        assertThat(reader.getLoops()).isNotEmpty();
    }
}
