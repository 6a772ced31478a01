package org.openrcm.app.claim.form;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * Reads back what a PDF page shows in a stretch of the 1500 print grid: the characters whose baseline lies in the
 * line's data band (below the small captions at the top of the band) and whose left edge lies in the columns.
 */
final class GridText {
    private final PDDocument document;

    GridText(PDDocument document) {
        this.document = document;
    }

    /** The text of page {@code page} (1-based) at {@code line}, columns {@code column} to {@code column + width - 1}. */
    String at(int page, int line, int column, int width) {
        try {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            float left = Cms1500Layout.x(column) - 0.5f;
            float top = Cms1500Layout.top(line) + 6.5f;
            stripper.addRegion("cell", new Rectangle2D.Float(left, top, width * Cms1500Layout.COLUMN_WIDTH, 5f));
            stripper.extractRegions(document.getPage(page - 1));
            return stripper.getTextForRegion("cell").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String at(int page, Cms1500Layout.Cell cell) {
        return at(page, cell.line(), cell.column(), cell.width());
    }

    /** All the text of a page, captions included. */
    String page(int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
