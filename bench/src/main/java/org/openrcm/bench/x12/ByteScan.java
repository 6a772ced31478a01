package org.openrcm.bench.x12;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The limit the readers are measured against: a minimal hand loop over the bytes that counts segments and sums one
 * amount element of the claim segment, with no objects per segment. It assumes what a real reader cannot: a
 * well-formed file with fixed delimiters (read once from the first ISA) and amounts with at most two decimals.
 */
public final class ByteScan {

    private ByteScan() {}

    public static Tally scan(InputStream in, Target target) {
        byte[] buf = new byte[1 << 16];
        int t0 = target.segment.charAt(0);
        int t1 = target.segment.charAt(1);
        int t2 = target.segment.charAt(2);
        int wanted = target.element;
        long segments = 0;
        long claims = 0;
        long cents = 0;
        try (in) {
            int n = in.readNBytes(buf, 0, 106);
            if (n < 106 || buf[0] != 'I' || buf[1] != 'S' || buf[2] != 'A') {
                throw new IllegalArgumentException("not an X12 interchange");
            }
            byte sep = buf[3];
            byte term = buf[105];
            int element = 0; // 0 while reading the id
            int idLength = 0;
            int id0 = 0;
            int id1 = 0;
            int id2 = 0;
            boolean claim = false;
            long value = 0;
            int decimals = -1; // digits after the point, -1 before it
            boolean negative = false;
            int len = n;
            int from = 0;
            while (true) {
                for (int i = from; i < len; i++) {
                    byte b = buf[i];
                    if (b == term || b == sep) {
                        if (claim && element == wanted) {
                            long v = decimals <= 0 ? value * 100 : decimals == 1 ? value * 10 : value;
                            cents += negative ? -v : v;
                        }
                        if (b == term) {
                            segments++;
                            element = 0;
                            idLength = 0;
                            claim = false;
                        } else {
                            if (element == 0) {
                                claim = idLength == 3 && id0 == t0 && id1 == t1 && id2 == t2;
                                if (claim) {
                                    claims++;
                                }
                            }
                            element++;
                            if (claim && element == wanted) {
                                value = 0;
                                decimals = -1;
                                negative = false;
                            }
                        }
                    } else if (element == 0) {
                        if (b != '\n' && b != '\r') {
                            switch (idLength++) {
                                case 0 -> id0 = b;
                                case 1 -> id1 = b;
                                case 2 -> id2 = b;
                                default -> {}
                            }
                        }
                    } else if (claim && element == wanted) {
                        if (b >= '0' && b <= '9') {
                            value = value * 10 + (b - '0');
                            if (decimals >= 0) {
                                decimals++;
                            }
                        } else if (b == '.') {
                            decimals = 0;
                        } else if (b == '-') {
                            negative = true;
                        }
                    }
                }
                len = in.read(buf, 0, buf.length);
                if (len < 0) {
                    break;
                }
                from = 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Tally(segments, claims, cents);
    }
}
