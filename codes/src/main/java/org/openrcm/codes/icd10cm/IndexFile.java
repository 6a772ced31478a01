package org.openrcm.codes.icd10cm;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.icd10cm.IndexEntry.Source;

/**
 * Reads the CDC ICD-10-CM index XML files, which share one shape (root {@code ICD10CM.index}, letters, main terms,
 * terms nested by {@code level}): the Alphabetic Index ({@code icd10cm_index_YYYY.xml}), the External Cause Index
 * ({@code icd10cm-eindex-…}), the Table of Drugs and Chemicals and the Neoplasm Table ({@code icd10cm-drug-…},
 * {@code icd10cm-neoplasm-…}, which add column headings and {@code <cell col="n">} cells).
 *
 * <p>What becomes an entry:
 *
 * <ul>
 *   <li>Index files: every main term and term is one entry, its path running from the main term down, with its code
 *       and cross-references ({@code see}, {@code seeAlso}) when it has them; a term with none of these is a heading
 *       the coder reads on from ({@code Accident, caused by, due to}). The source is {@link Source#EXTERNAL_CAUSE}
 *       when the file's title says external cause (or, without a title, its name says eindex), else {@link
 *       Source#INDEX}.
 *   <li>Tables: every cell holding a code is one entry whose path ends with the column heading ({@code Neoplasm,
 *       neoplastic, lung, Malignant Primary}); cells of dashes ({@code -}, {@code --}) are empty in print and skipped.
 *       A row also has an entry of its own (no column, no code) when it carries a cross-reference or has no code in
 *       any column, so every row of the table is represented. The drug table's poisoning columns are headed {@code
 *       Poisoning Accidental (unintentional)} in the file; they read {@code Poisoning, Accidental (unintentional)},
 *       as the printed table groups them under Poisoning.
 * </ul>
 *
 * <p>Term text includes its nonessential modifiers where they stand ({@code Fall, falling (accidental)}). Codes are
 * stored undotted; a code written with a trailing dash ({@code C34.9-}: more characters needed) is stored without
 * the dash ({@code C349}), a header in the tabular list. {@code <seecat>} and {@code <subcat>} ("see category T71",
 * "see subcategory T75.0") are read as that header code when the term has no {@code <code>}; the schema lets a term
 * have {@code <code>}, {@code <seecat>} and {@code <subcat>} together: then {@code <code>} (or else {@code <seecat>})
 * is the code and the others become its {@code see} reference ({@code category T71; subcategory T75.0}), after any
 * {@code <see>} text. A letter may be titled by {@code <diff>} (the addenda markup) as well as {@code
 * <title>}. A manifestation written in {@code <manif>} is kept in the
 * term text as the printed index shows it: a code in brackets ({@code [F02.80]}), a phrase in parentheses.
 *
 * <p>The whole file is read and checked before anything is returned; DTDs and external entities are refused.
 */
public final class IndexFile {

    static final String ROOT = "ICD10CM.index";

    private IndexFile() {}

    /**
     * Whether the file is an ICD-10-CM index or table XML: by its root element {@code ICD10CM.index}; by its name
     * ({@code .xml} naming index, drug or neoplasm) only when the head ends before the root element.
     */
    public static boolean recognizes(String fileName, byte[] head) {
        String root = XmlHead.rootElement(head);
        if (root != null) {
            return ROOT.equals(root);
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xml") && (name.contains("index") || name.contains("drug") || name.contains("neoplasm"));
    }

    public static List<IndexEntry> read(InputStream in, String fileName) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(in);
            return new IndexParser(r, fileName).document();
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            throw new CodeImportException(
                    fileName,
                    line,
                    "the file is not well-formed XML (" + reason(e) + "); it may be truncated or damaged");
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the input stream belongs to the caller
                }
            }
        }
    }

    private static String reason(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("Message: ");
        String reason = (at >= 0 ? m.substring(at + 9) : m).strip();
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }

    /**
     * Whether the file is an addenda file of the index or its tables (root {@code ICD10CM.index} with {@code
     * isAddenda="true"}): it lists a release's changes, not the index, so an importer skips it rather than read it.
     */
    public static boolean isAddenda(byte[] head) {
        return XmlHead.isAddenda(head, ROOT);
    }
}
