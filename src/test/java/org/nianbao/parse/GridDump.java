package org.nianbao.parse;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Test helper: a table or document in a compact text form, for comparisons between parsers. */
public final class GridDump {
    private GridDump() {
    }

    /** One line per cell, {@code [row,col rowSpan x colSpan] text}, sorted by position; text with \n escaped. */
    public static String of(RawTable t) {
        return t.cells().stream()
            .sorted(Comparator.comparingInt(RawCell::row).thenComparingInt(RawCell::col))
            .map(c -> "[" + c.row() + "," + c.col() + " " + c.rowSpan() + "x" + c.colSpan() + "] "
                + c.text().replace("\n", "\\n"))
            .collect(Collectors.joining("\n", t.rowCount() + "x" + t.columnCount() + "\n", "\n"));
    }

    public static List<RawTable> tables(RawDocument d) {
        return d.blocks().stream().filter(RawTable.class::isInstance).map(RawTable.class::cast).toList();
    }

    public static List<RawParagraph> paragraphs(RawDocument d) {
        return d.blocks().stream().filter(RawParagraph.class::isInstance).map(RawParagraph.class::cast).toList();
    }
}
