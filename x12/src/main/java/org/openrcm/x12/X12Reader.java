package org.openrcm.x12;

import java.io.InputStream;
import java.util.function.Consumer;
import org.openrcm.x12.ig.Guide;
import org.openrcm.x12.ig.Guides;
import org.openrcm.x12.ig.StructureWalker;
import org.openrcm.x12.validate.FindingSink;

/**
 * Reads a file into typed records, streaming: each transaction set's guide turns its segments into records (a claim,
 * a claim payment, an acknowledgment…) and hands each to the sink as soon as it is complete, so a file of any size
 * is read in the memory of one record. Reading does not validate (use {@link org.openrcm.x12.validate.X12Validator}
 * for that); it fails with an {@link X12Exception} only where it cannot go on.
 */
public final class X12Reader {

    /** What the reader hands out: the envelope of each transaction set, then its records. */
    public interface Sink {
        void transaction(Envelope envelope);

        void record(Object record);
    }

    private final Limits limits;

    public X12Reader(Limits limits) {
        this.limits = limits;
    }

    public X12Reader() {
        this(Limits.DEFAULT);
    }

    /** Reads and hands every record to {@code records}. */
    public void read(InputStream in, Consumer<Object> records) {
        read(in, new Sink() {
            @Override
            public void transaction(Envelope envelope) {}

            @Override
            public void record(Object record) {
                records.accept(record);
            }
        });
    }

    public void read(InputStream in, Sink sink) {
        try (X12Lexer lexer = new X12Lexer(in, limits)) {
            Segment isa = null;
            Segment gs = null;
            StructureWalker walker = null;
            TransactionHandler handler = TransactionHandler.NONE;
            Segment s;
            while ((s = lexer.next()) != null) {
                switch (s.id()) {
                    case "ISA" -> isa = s.copy();
                    case "GS" -> gs = s.copy();
                    case "ST" -> {
                        if (walker != null) {
                            handler.end(null);
                        }
                        String version = s.has(3) ? s.element(3) : gs == null ? "" : gs.element(8);
                        Guide guide = Guides.find(s.element(1), version).orElse(null);
                        if (guide == null) {
                            walker = null;
                            handler = TransactionHandler.NONE;
                            continue;
                        }
                        sink.transaction(envelope(isa, gs, s, version));
                        walker = new StructureWalker(guide, FindingSink.IGNORE, false);
                        handler = guide.reader().apply(sink::record);
                        walker.segment(s);
                        handler.segment(s, "");
                    }
                    case "SE" -> {
                        if (walker != null) {
                            String loop = walker.segment(s);
                            handler.segment(s, loop == null ? "" : loop);
                            handler.end(s);
                        }
                        walker = null;
                        handler = TransactionHandler.NONE;
                    }
                    case "GE", "IEA", "TA1" -> {
                        if (s.id().equals("TA1")) {
                            sink.record(org.openrcm.x12.ack.InterchangeAck.from(s));
                        }
                    }
                    default -> {
                        if (walker != null) {
                            String loop = walker.segment(s);
                            if (loop != null) {
                                handler.segment(s, loop);
                            }
                        }
                    }
                }
            }
            if (walker != null) {
                handler.end(null);
            }
            if (lexer.segmentCount() == 0) {
                throw new X12Exception("X12-EMPTY", "The file holds no segments.", 0, 0);
            }
        }
    }

    private static Envelope envelope(Segment isa, Segment gs, Segment st, String version) {
        return new Envelope(
                isa == null ? "" : isa.element(13),
                isa == null ? "" : isa.element(5).trim(),
                isa == null ? "" : isa.element(6).trim(),
                isa == null ? "" : isa.element(7).trim(),
                isa == null ? "" : isa.element(8).trim(),
                isa != null && isa.is(15, "P"),
                gs == null ? "" : gs.element(1),
                gs == null ? "" : gs.element(6),
                gs == null ? "" : gs.element(2),
                gs == null ? "" : gs.element(3),
                st.element(1),
                st.element(2),
                version);
    }
}
