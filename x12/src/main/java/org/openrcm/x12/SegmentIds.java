package org.openrcm.x12;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/** Interns segment ids so that reading a segment does not allocate a String for its id. */
final class SegmentIds {

    private static final ConcurrentHashMap<Integer, String> IDS = new ConcurrentHashMap<>();

    private SegmentIds() {}

    static String of(byte[] b, int from, int to) {
        int len = to - from;
        if (len < 1 || len > 3) {
            return new String(b, from, len, StandardCharsets.ISO_8859_1);
        }
        int key = len;
        for (int i = from; i < to; i++) {
            key = (key << 8) | (b[i] & 0xff);
        }
        String known = IDS.get(key);
        if (known != null) {
            return known;
        }
        String id = new String(b, from, len, StandardCharsets.ISO_8859_1);
        if (IDS.size() < 4096) {
            IDS.putIfAbsent(key, id);
        }
        return id;
    }
}
