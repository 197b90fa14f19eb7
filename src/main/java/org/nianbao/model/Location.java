package org.nianbao.model;

/**
 * Where something came from, as precisely as the source allows. Every field may be null.
 *
 * @param page          1-based PDF page
 * @param tableIndex    1-based index of the table in the document
 * @param printedRow    1-based row in the printed table (header rows included)
 * @param printedColumn 1-based column in the printed table
 * @param pointer       RFC 6901 JSON pointer, for JSON submissions
 * @param paragraph     1-based paragraph index in the document
 * @param charStart     start offset of a text span inside its section's text
 * @param charEnd       end offset (exclusive) of that span
 * @param box           "x,y,w,h" in PDF points, where known
 */
public record Location(Integer page, Integer tableIndex, Integer printedRow, Integer printedColumn, String pointer,
        Integer paragraph, Integer charStart, Integer charEnd, String box) {

    public static final Location NONE = new Location(null, null, null, null, null, null, null, null, null);

    public static Location pointer(String pointer) {
        return new Location(null, null, null, null, pointer, null, null, null, null);
    }

    public static Location tableCell(Integer page, int tableIndex, int row, int column) {
        return new Location(page, tableIndex, row, column, null, null, null, null, null);
    }

    public static Location paragraph(Integer page, int paragraph) {
        return new Location(page, null, null, null, null, paragraph, null, null, null);
    }

    public Location withBox(String newBox) {
        return new Location(page, tableIndex, printedRow, printedColumn, pointer, paragraph, charStart, charEnd, newBox);
    }

    public Location withSpan(int start, int end) {
        return new Location(page, tableIndex, printedRow, printedColumn, pointer, paragraph, start, end, box);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
