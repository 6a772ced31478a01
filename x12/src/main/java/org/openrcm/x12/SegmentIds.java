package org.openrcm.x12;

import java.nio.charset.StandardCharsets;

/**
 * Interns segment ids so that reading a segment does not allocate a String for its id. A small open-addressing table
 * of immutable entries: threads may race to fill a slot, and each sees either nothing or a whole entry.
 */
final class SegmentIds {

    private record Entry(int key, String id) {}

    private static final int SIZE = 1024;
    private static final Entry[] TABLE = new Entry[SIZE];

    private SegmentIds() {}

    static String of(byte[] b, int from, int to) {
        int len = to - from;
        if (len < 1 || len > 3) {
            return new String(b, from, Math.max(len, 0), StandardCharsets.ISO_8859_1);
        }
        int key = len;
        for (int i = from; i < to; i++) {
            key = (key << 8) | (b[i] & 0xff);
        }
        int slot = (key * 0x9E3779B9) >>> 22;
        for (int probe = 0; probe < 8; probe++) {
            int i = (slot + probe) & (SIZE - 1);
            Entry e = TABLE[i];
            if (e == null) {
                // intern(): the same instance as the literals in the guides, so id comparisons succeed at once
                String id = new String(b, from, len, StandardCharsets.ISO_8859_1).intern();
                TABLE[i] = new Entry(key, id);
                return id;
            }
            if (e.key() == key) {
                return e.id();
            }
        }
        return new String(b, from, len, StandardCharsets.ISO_8859_1);
    }
}
