package org.nianbao.model;

/** The address {@code table/row/column} of a cell, e.g. {@code applications/denied.stateSecret/naturalPerson}. */
public record CellRef(TableId table, String row, String column) {

    /** Parses {@code table/row/column}. */
    public static CellRef parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a cell is table/row/column: " + text);
        }
        TableId table = TableId.byId(parts[0])
                .orElseThrow(() -> new IllegalArgumentException("unknown table: " + parts[0]));
        return new CellRef(table, parts[1], parts[2]);
    }

    @Override
    public String toString() {
        return table.id() + "/" + row + "/" + column;
    }
}
