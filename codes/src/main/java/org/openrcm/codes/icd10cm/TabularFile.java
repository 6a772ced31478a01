package org.openrcm.codes.icd10cm;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;

/**
 * Reads the CDC/CMS ICD-10-CM tabular list XML ({@code icd10cm_tabular_2021.xml}, {@code
 * icd10cm-tabular-April-1-2026.xml}): root {@code ICD10CM.tabular}, chapters, sections and the codes ({@code diag})
 * nested under their categories, each with its notes (one {@link Note} per {@code <note>}) and the 7th characters
 * defined on it. The file is streamed (StAX) and checked whole before the {@link Tabular} exists; a damaged or
 * truncated file throws {@link CodeImportException} with the line the parser stopped at. The introduction, the
 * section index, the visual impairment table and other presentation elements are skipped; no note kind is.
 */
public final class TabularFile {

    static final String ROOT = "ICD10CM.tabular";

    private static final Pattern NAME = Pattern.compile("(?i).*icd[-_ ]?10[-_ ]?cm[-_ ]?tabular.*\\.xml");
    private static final Pattern ROOT_TAG = Pattern.compile("<\\s*([A-Za-z_][\\w.:-]*)");

    private TabularFile() {}

    /**
     * A release of the tabular list alone (no order file): its codes, billable or not, come from {@link
     * Tabular#codes()}.
     */
    public static Release release(Tabular tabular, String releaseId, LocalDate effective) {
        return new Release(CodeSystem.ICD10CM, releaseId, effective, Map.of(), tabular, List.of());
    }

    /**
     * Whether the file is a tabular addenda file (root {@code ICD10CM.tabular} with {@code isAddenda="true"}): it lists
     * a release's changes, not the tabular list, so an importer skips it rather than read it.
     */
    public static boolean isAddenda(byte[] head) {
        return XmlHead.isAddenda(head, ROOT);
    }

    /**
     * Whether the file is an ICD-10-CM tabular list: its root element is {@code ICD10CM.tabular}; when the first bytes
     * show no element at all, a name like {@code icd10cm_tabular_2021.xml} decides.
     */
    public static boolean recognizes(String fileName, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        int i = 0;
        while (i < text.length()) {
            int lt = text.indexOf('<', i);
            if (lt < 0 || lt + 1 >= text.length()) {
                break;
            }
            char next = text.charAt(lt + 1);
            if (next == '?' || next == '!') {
                String close = text.startsWith("<!--", lt) ? "-->" : ">";
                int end = text.indexOf(close, lt + 2);
                if (end < 0) {
                    break;
                }
                i = end + close.length();
                continue;
            }
            Matcher m = ROOT_TAG.matcher(text).region(lt, text.length());
            return m.lookingAt() && m.group(1).equals(ROOT);
        }
        return fileName != null
                && NAME.matcher(fileName.replace('\\', '/').replaceAll(".*/", ""))
                        .matches();
    }

    /** Reads the whole tabular list; nothing is returned unless the whole file is sound. */
    public static Tabular read(InputStream in, String fileName) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader r = null;
        LineCounting counted = new LineCounting(in);
        try {
            r = factory.createXMLStreamReader(counted);
            return new TabularParser(r, fileName).document();
        } catch (XMLStreamException e) {
            long line =
                    e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            if (counted.ended && line >= counted.lines) {
                throw new CodeImportException(
                        fileName, line, "the file ends before the tabular list does; it is truncated");
            }
            String msg = e.getMessage() == null ? "" : e.getMessage();
            int at = msg.indexOf("Message: ");
            msg = (at >= 0 ? msg.substring(at + "Message: ".length()) : msg).strip();
            throw new CodeImportException(
                    fileName, line, "the XML is not well formed (" + msg + "); the file is damaged");
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the stream is the caller's; nothing left to release
                }
            }
        }
    }

    /** Counts the lines read and notes the end of the file, to tell a truncated file from a damaged one. */
    private static final class LineCounting extends FilterInputStream {
        long lines = 1;
        boolean ended;

        LineCounting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                ended = true;
            } else if (b == '\n') {
                lines++;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n < 0) {
                ended = true;
            }
            for (int i = off; i < off + n; i++) {
                if (buf[i] == '\n') {
                    lines++;
                }
            }
            return n;
        }
    }
}
