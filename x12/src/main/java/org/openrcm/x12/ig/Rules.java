package org.openrcm.x12.ig;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A small vocabulary to write implementation guides as Java: {@code seg("NM1", "Billing Provider Name", R, 1,
 * el(1, R, ID, 2, 3, "85"), ...).when(1, "85")} and {@code loop("2010AA", "Billing Provider Name", R, 1, ...)}.
 */
public final class Rules {

    public static final Usage R = Usage.REQUIRED;
    public static final Usage S = Usage.SITUATIONAL;
    public static final Usage N = Usage.NOT_USED;

    public static final DataType AN = DataType.AN;
    public static final DataType ID = DataType.ID;
    public static final DataType N0 = DataType.N0;
    public static final DataType N2 = DataType.N2;
    public static final DataType DEC = DataType.R;
    public static final DataType DT = DataType.DT;
    public static final DataType TM = DataType.TM;

    /** Unbounded repeat (">1" in the guides). */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    private Rules() {}

    public static SegmentRule seg(String id, String name, Usage usage, int max, ElementRule... elements) {
        return new SegmentRule(id, name, usage, max, 0, 0, Set.of(), Arrays.asList(elements));
    }

    public static LoopRule loop(String id, String name, Usage usage, int max, Node... children) {
        return new LoopRule(id, name, usage, max, List.of(children));
    }

    /** An element; {@code codes} restricts an ID element to those values. */
    public static ElementRule el(int position, Usage usage, DataType type, int min, int max, String... codes) {
        return new ElementRule(position, 0, usage, type, min, max, Set.of(codes), "");
    }

    /** A component of a composite element. */
    public static ElementRule comp(
            int position, int component, Usage usage, DataType type, int min, int max, String... codes) {
        return new ElementRule(position, component, usage, type, min, max, Set.of(codes), "");
    }

    /** A composite that must be present (its components are checked by {@link #comp}). */
    public static ElementRule composite(int position, Usage usage) {
        return new ElementRule(position, 0, usage, DataType.B, 0, 0, Set.of(), "composite");
    }

    /** Codes written as one space-separated string: {@code codes("01 02 03")}. */
    public static String[] codes(String spaceSeparated) {
        return spaceSeparated.trim().split("\\s+");
    }
}
