package org.openrcm.codes.fees;

import java.util.Locale;

/**
 * A Medicare payment locality: the Medicare administrative contractor (MAC, five digits, {@code 01112}) and its
 * locality number (two digits, {@code 05}). GPCIs, anesthesia conversion factors and counties are given per locality
 * of a MAC; the same locality number means different places under different MACs.
 */
public record Locality(String mac, String locality) implements Comparable<Locality> {

    /** Digits only; leading zeros a spreadsheet dropped are put back ({@code 1112}, {@code 5} → {@code 01112-05}). */
    public Locality {
        mac = digits(mac, 5, "MAC");
        locality = digits(locality, 2, "locality");
    }

    /** {@code 01112-05}, {@code 01112 05} or {@code 0111205}. */
    public static Locality parse(String text) {
        String t = text.strip();
        int sep = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf(' ');
        if (sep > 0) {
            return new Locality(t.substring(0, sep), t.substring(sep + 1));
        }
        if (t.length() == 7) {
            return new Locality(t.substring(0, 5), t.substring(5));
        }
        throw new IllegalArgumentException("'" + text + "' is not a MAC and locality such as 01112-05");
    }

    private static String digits(String value, int width, String what) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > width || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a " + what + " number (up to " + width + " digits)");
        }
        return "0".repeat(width - v.length()) + v;
    }

    @Override
    public int compareTo(Locality o) {
        int c = mac.compareTo(o.mac);
        return c != 0 ? c : locality.compareTo(o.locality);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s-%s", mac, locality);
    }
}
