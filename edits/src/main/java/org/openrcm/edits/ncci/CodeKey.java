package org.openrcm.edits.ncci;

import java.util.Arrays;

/**
 * A procedure code (HCPCS/CPT: five letters and digits; up to eight accepted) packed into a long, one byte a
 * character, letters in capitals; 0 for anything that is not a code. With {@link Ids} it maps codes to dense int ids
 * without a String or a boxed key per lookup.
 */
final class CodeKey {

    private CodeKey() {}

    static long pack(byte[] b, int start, int end) {
        while (start < end && b[start] == ' ') {
            start++;
        }
        while (end > start && b[end - 1] == ' ') {
            end--;
        }
        int n = end - start;
        if (n < 1 || n > 8) {
            return 0;
        }
        long k = 0;
        for (int i = start; i < end; i++) {
            int c = upper(b[i]);
            if (c < 0) {
                return 0;
            }
            k = k << 8 | c;
        }
        return k;
    }

    static long pack(String code) {
        if (code == null) {
            return 0;
        }
        int n = code.length();
        if (n < 1 || n > 8) {
            return 0;
        }
        long k = 0;
        for (int i = 0; i < n; i++) {
            char ch = code.charAt(i);
            int c = ch > 127 ? -1 : upper((byte) ch);
            if (c < 0) {
                return 0;
            }
            k = k << 8 | c;
        }
        return k;
    }

    private static int upper(byte c) {
        if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
            return c;
        }
        if (c >= 'a' && c <= 'z') {
            return c - 32;
        }
        return -1;
    }

    static String unpack(long k) {
        char[] out = new char[8];
        int n = 0;
        for (int shift = 56; shift >= 0; shift -= 8) {
            int c = (int) (k >>> shift) & 0xff;
            if (c != 0) {
                out[n++] = (char) c;
            }
        }
        return new String(out, 0, n);
    }

    /** Packed codes to dense ids 0, 1, 2 … in the order first seen: open addressing, no boxing. */
    static final class Ids {
        private long[] keys = new long[1 << 14];
        private int[] values = new int[1 << 14];
        private int size;

        int size() {
            return size;
        }

        /** The id of {@code key}, or -1. */
        int get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = i + 1 & mask) {
                long k = keys[i];
                if (k == key) {
                    return values[i];
                }
                if (k == 0) {
                    return -1;
                }
            }
        }

        /** The id of {@code key}, given the next one when new. */
        int intern(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = i + 1 & mask) {
                long k = keys[i];
                if (k == key) {
                    return values[i];
                }
                if (k == 0) {
                    keys[i] = key;
                    values[i] = size;
                    if (++size * 2 > keys.length) {
                        grow();
                    }
                    return size - 1;
                }
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldKeys[j] != 0) {
                    int i = slot(oldKeys[j], mask);
                    while (keys[i] != 0) {
                        i = i + 1 & mask;
                    }
                    keys[i] = oldKeys[j];
                    values[i] = oldValues[j];
                }
            }
        }

        /** The codes by id. */
        String[] codes() {
            String[] out = new String[size];
            for (int j = 0; j < keys.length; j++) {
                if (keys[j] != 0) {
                    out[values[j]] = unpack(keys[j]);
                }
            }
            return out;
        }

        /** A copy with the ids replaced by {@code newId[old id]}. */
        Ids renumbered(int[] newId) {
            Ids r = new Ids();
            r.keys = Arrays.copyOf(keys, keys.length);
            r.values = new int[values.length];
            for (int j = 0; j < keys.length; j++) {
                if (keys[j] != 0) {
                    r.values[j] = newId[values[j]];
                }
            }
            r.size = size;
            return r;
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ h >>> 29) & mask;
        }
    }
}
