package org.openrcm.bench.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * StAEDI's bare event loop, as a user of that library would write it: a reader from the default factory (no
 * transaction schema, so no loops; its default control-structure checks of ISA/GS/ST stay on), every event pulled,
 * segments counted, and the text of the claim amount element read and summed as a {@link BigDecimal}.
 */
public final class StaediScan {

    /** Held so that its level stays: StAEDI logs every unused type of its control schema at INFO. */
    private static final Logger QUIET = Logger.getLogger("io.xlate.edi");

    static {
        QUIET.setLevel(Level.WARNING);
    }

    private static final EDIInputFactory FACTORY = EDIInputFactory.newFactory();

    private StaediScan() {}

    public static Tally scan(InputStream in, Target target) {
        long segments = 0;
        long claims = 0;
        BigDecimal sum = BigDecimal.ZERO;
        boolean claim = false;
        try (in;
                EDIStreamReader reader = FACTORY.createEDIStreamReader(in)) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        segments++;
                        claim = target.segment.equals(reader.getText());
                        if (claim) {
                            claims++;
                        }
                    }
                    case ELEMENT_DATA -> {
                        if (claim && reader.getLocation().getElementPosition() == target.element) {
                            sum = sum.add(new BigDecimal(reader.getText()));
                        }
                    }
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
                        throw new IllegalStateException("StAEDI reports " + reader.getErrorType() + " at "
                                + reader.getLocation().getSegmentTag() + " (segment "
                                + reader.getLocation().getSegmentPosition() + ")");
                    default -> {}
                }
            }
        } catch (EDIStreamException e) {
            throw new IllegalStateException("StAEDI cannot read the file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Tally(segments, claims, sum.movePointRight(2).longValueExact());
    }
}
