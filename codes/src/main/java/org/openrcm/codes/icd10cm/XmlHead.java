package org.openrcm.codes.icd10cm;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the first bytes of an XML file (the head an importer reads to tell a file's kind) say about its root element:
 * its name, its start tag, whether it marks an addenda file. Shared by the tabular list and index readers.
 */
final class XmlHead {

    private XmlHead() {}

    /** Whether the root element of {@code head} is {@code root} with the attribute {@code isAddenda="true"}. */
    static boolean isAddenda(byte[] head, String root) {
        String tag = rootStartTag(head);
        if (tag == null || tag.isEmpty() || !root.equals(rootName(tag))) {
            return false;
        }
        return ADDENDA.matcher(tag).find();
    }

    private static final Pattern ADDENDA = Pattern.compile("\\sisAddenda\\s*=\\s*(\"true\"|'true')");

    private static @Nullable String rootName(String tag) {
        int j = 1;
        while (j < tag.length() && " \t\r\n/>".indexOf(tag.charAt(j)) < 0) {
            j++;
        }
        return tag.substring(1, j);
    }

    /**
     * The root element's start tag, from its {@code <} to its {@code >}; "" if the head is not XML; null if the head
     * ends before the tag does.
     */
    static @Nullable String rootStartTag(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        int i = s.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                return null;
            }
            if (s.charAt(i) != '<') {
                return "";
            }
            String end =
                    s.startsWith("<?", i) ? "?>" : s.startsWith("<!--", i) ? "-->" : s.startsWith("<!", i) ? ">" : null;
            int close = s.indexOf(end == null ? ">" : end, i + 1);
            if (close < 0) {
                return null;
            }
            if (end == null) {
                return s.substring(i, close + 1);
            }
            i = close + end.length();
        }
    }

    /** The root element's name; "" if the head is not XML; null if the head ends before the root element. */
    static @Nullable String rootElement(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        int i = s.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                return null;
            }
            if (s.charAt(i) != '<') {
                return "";
            }
            String end =
                    s.startsWith("<?", i) ? "?>" : s.startsWith("<!--", i) ? "-->" : s.startsWith("<!", i) ? ">" : null;
            if (end == null) {
                int start = i + 1;
                int j = start;
                while (j < s.length() && " \t\r\n/>".indexOf(s.charAt(j)) < 0) {
                    j++;
                }
                return j < s.length() ? s.substring(start, j) : null;
            }
            int close = s.indexOf(end, i + 2);
            if (close < 0) {
                return null;
            }
            i = close + end.length();
        }
    }
}
