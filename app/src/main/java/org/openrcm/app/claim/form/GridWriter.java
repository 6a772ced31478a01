package org.openrcm.app.claim.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.claim.form.Cms1500Layout.Cell;

/**
 * Prints data on the 1500 print grid in Courier 12 (10 pitch), in upper case and plain ASCII as scanners of the form
 * read best. Text longer than its cell is cut at the cell's width, never spilled into the next box.
 */
final class GridWriter {
    static final PDType1Font COURIER = new PDType1Font(Standard14Fonts.FontName.COURIER);

    private final PDPageContentStream content;
    private final FormOptions options;

    GridWriter(PDPageContentStream content, FormOptions options) {
        this.content = content;
        this.options = options;
    }

    /** {@code text} from the cell's first column, cut to its width; nothing for null or blank text. */
    void put(Cell cell, @Nullable String text) {
        String clean = printable(text);
        if (clean.isEmpty()) {
            return;
        }
        show(cell.line(), cell.column(), clean.length() > cell.width() ? clean.substring(0, cell.width()) : clean);
    }

    /** An X in a check box. */
    void mark(Cell cell) {
        show(cell.line(), cell.column(), "X");
    }

    void mark(int line, int column) {
        show(line, column, "X");
    }

    /** {@code text} ending at {@code lastColumn} (amounts are right-justified against the cents). */
    void putEndingAt(int line, int lastColumn, String text) {
        String clean = printable(text);
        if (!clean.isEmpty()) {
            show(line, Math.max(1, lastColumn - clean.length() + 1), clean);
        }
    }

    private void show(int line, int column, String text) {
        float x = Cms1500Layout.x(column) + options.shiftRight();
        float y = Cms1500Layout.PAGE_HEIGHT - Cms1500Layout.baseline(line) - options.shiftDown();
        try {
            content.beginText();
            content.setFont(COURIER, Cms1500Layout.FONT_SIZE);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Upper case, accents dropped, anything outside printable ASCII made a space: the form is read by OCR, and the
     * standard Courier font has no glyph for most of Unicode.
     */
    static String printable(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : ' ');
        }
        return out.toString().strip();
    }
}
