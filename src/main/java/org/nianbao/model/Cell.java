package org.nianbao.model;

/** One data cell of a statistics table, with where it came from. */
public record Cell(CellValue value, Location source) {
    public static Cell of(CellValue value) {
        return new Cell(value, Location.NONE);
    }
}
