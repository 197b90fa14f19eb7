package org.nianbao.parse;

import org.nianbao.model.Location;
import org.nianbao.model.OcrReading;

/**
 * One cell of a table grid with its spans resolved: it covers rows {@code row … row+rowSpan-1} and columns
 * {@code col … col+colSpan-1} (0-based). Text keeps line breaks as {@code \n} between paragraphs and lines. A cell
 * of a scanned page carries how OCR read it ({@code ocr}; its text is then the best reading); null otherwise.
 */
public record RawCell(int row, int col, int rowSpan, int colSpan, String text, Location source, OcrReading ocr) {

    public RawCell(int row, int col, int rowSpan, int colSpan, String text, Location source) {
        this(row, col, rowSpan, colSpan, text, source, null);
    }
}
