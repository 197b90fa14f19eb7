package org.nianbao.model;

/**
 * One data cell of a statistics table, with where it came from and, for a cell of a scanned page, how OCR read it
 * (null otherwise).
 */
public record Cell(CellValue value, Location source, OcrReading ocr) {
    public Cell(CellValue value, Location source) {
        this(value, source, null);
    }

    public static Cell of(CellValue value) {
        return new Cell(value, Location.NONE);
    }

    /** True for a cell read by OCR whose reading cannot be taken as exact. */
    public boolean unsure() {
        return ocr != null && ocr.unsure();
    }
}
