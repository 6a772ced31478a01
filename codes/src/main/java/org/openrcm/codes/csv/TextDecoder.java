package org.openrcm.codes.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Bytes to text for release files whose encoding nobody states: UTF-8 where the bytes are valid UTF-8, Windows-1252
 * for any byte that is not (CMS and NUCC have shipped both), so a curly apostrophe reads right either way and nothing
 * fails on encoding alone. A UTF-8 byte order mark at the start is dropped.
 */
public final class TextDecoder extends Reader {

    /** Windows-1252 for 0x80-0x9F; the five undefined bytes become U+FFFD. */
    private static final char[] CP1252 = {
        '€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
        '\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ'
    };

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    private boolean started;
    private int pendingLow = -1;

    public TextDecoder(InputStream in) {
        this.in = in;
    }

    /**
     * Decodes the first {@code length} bytes of an array the same way (the head of a file, or a whole file); a
     * character cut by the end is dropped.
     */
    public static String decode(byte[] bytes, int length) {
        StringBuilder sb = new StringBuilder(length);
        int i = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        while (i < length) {
            int n = sequenceLength(bytes, i, length);
            if (n <= 0) {
                if (n == 0) {
                    break; // a character cut by the end of the head
                }
                sb.append(single(bytes[i] & 0xFF));
                i++;
            } else {
                sb.appendCodePoint(codePoint(bytes, i, n));
                i += n;
            }
        }
        return sb.toString();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        if (pendingLow >= 0) {
            cbuf[off + n++] = (char) pendingLow;
            pendingLow = -1;
        }
        while (n < len) {
            if (lim - pos < 4 && !eof) {
                fill();
            }
            if (pos >= lim) {
                break;
            }
            if (!started) {
                started = true;
                if (lim - pos >= 3
                        && (buf[pos] & 0xFF) == 0xEF
                        && (buf[pos + 1] & 0xFF) == 0xBB
                        && (buf[pos + 2] & 0xFF) == 0xBF) {
                    pos += 3;
                    continue;
                }
            }
            int b = buf[pos] & 0xFF;
            if (b < 0x80) {
                cbuf[off + n++] = (char) b;
                pos++;
                continue;
            }
            int seq = sequenceLength(buf, pos, lim);
            if (seq <= 0) {
                cbuf[off + n++] = single(b);
                pos++;
                continue;
            }
            int cp = codePoint(buf, pos, seq);
            pos += seq;
            if (Character.isBmpCodePoint(cp)) {
                cbuf[off + n++] = (char) cp;
            } else {
                cbuf[off + n++] = Character.highSurrogate(cp);
                if (n < len) {
                    cbuf[off + n++] = Character.lowSurrogate(cp);
                } else {
                    pendingLow = Character.lowSurrogate(cp);
                }
            }
        }
        return n == 0 ? -1 : n;
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        while (lim < buf.length) {
            int r = in.read(buf, lim, buf.length - lim);
            if (r < 0) {
                eof = true;
                return;
            }
            lim += r;
            if (lim - pos >= 4) {
                return;
            }
        }
    }

    /**
     * The length of the valid UTF-8 sequence at {@code i} (2-4), or -1 when the bytes there are not one, or 0 when
     * they might be one but the array ends first.
     */
    private static int sequenceLength(byte[] b, int i, int end) {
        int lead = b[i] & 0xFF;
        int n;
        int min2 = 0x80;
        int max2 = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            n = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            n = 3;
            if (lead == 0xE0) {
                min2 = 0xA0;
            } else if (lead == 0xED) {
                max2 = 0x9F;
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            n = 4;
            if (lead == 0xF0) {
                min2 = 0x90;
            } else if (lead == 0xF4) {
                max2 = 0x8F;
            }
        } else {
            return -1;
        }
        for (int k = 1; k < n; k++) {
            if (i + k >= end) {
                return 0;
            }
            int c = b[i + k] & 0xFF;
            if (k == 1 ? c < min2 || c > max2 : c < 0x80 || c > 0xBF) {
                return -1;
            }
        }
        return n;
    }

    private static int codePoint(byte[] b, int i, int n) {
        int cp = b[i] & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
        for (int k = 1; k < n; k++) {
            cp = (cp << 6) | (b[i + k] & 0x3F);
        }
        return cp;
    }

    private static char single(int b) {
        return b >= 0x80 && b < 0xA0 ? CP1252[b - 0x80] : (char) b;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
