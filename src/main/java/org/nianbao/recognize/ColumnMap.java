package org.nianbao.recognize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.nianbao.model.Table;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;

/**
 * Which column id each grid column carries, read from header cells by their labels: a lower header cell overrides
 * a higher one over its span; a label split over two stacked cells is joined; a label that named nothing is placed
 * by its position among those that did. Value cells find their column through {@link ValueColumns}.
 */
final class ColumnMap {
    private final String[] ids;
    private final List<RawCell> unmatched = new ArrayList<>();

    ColumnMap(int width) {
        ids = new String[width];
    }

    /** Tries a header cell; returns true when its label names a column. */
    boolean offer(RawCell cell, LabelMatcher<String> columns, Table table, RawTable raw) {
        if (cell.text().isBlank()) {
            return false;
        }
        LabelMatcher.Match<String> match = columns.unique(cell.text());
        if (match == null) {
            unmatched.add(cell);
            return false;
        }
        for (int c = cell.col(); c < cell.col() + cell.colSpan() && c < ids.length; c++) {
            ids[c] = match.key();
        }
        CellPlacer.columnLabel(table, raw, match.key(), cell, match);
        return true;
    }

    /**
     * Joins a header label whose lines fell into two stacked cells of one column (a reader that could not see the
     * merge, 结果 over 维持): two cells offered without naming a column, one right above the other over the same
     * columns, name the column their words name together.
     */
    void joinStacked(LabelMatcher<String> columns, Table table, RawTable raw) {
        for (int i = 0; i < unmatched.size(); i++) {
            RawCell above = unmatched.get(i);
            for (int j = 0; j < unmatched.size(); j++) {
                RawCell below = unmatched.get(j);
                if (below.row() != above.row() + above.rowSpan() || below.col() != above.col()
                        || below.colSpan() != above.colSpan() || !covered(above).isEmpty()) {
                    continue;
                }
                RawCell joined = new RawCell(above.row(), above.col(), above.rowSpan() + below.rowSpan(),
                        above.colSpan(), above.text() + "\n" + below.text(), above.source());
                if (offer(joined, columns, table, raw)) {
                    unmatched.remove(joined);
                    unmatched.remove(Math.max(i, j));
                    unmatched.remove(Math.min(i, j));
                    i = -1;
                    break;
                }
                unmatched.remove(joined);
            }
        }
    }

    /**
     * Places the header labels offered so far that named no column, by their position among the named ones and
     * their likeness ({@link SequenceAlignment}), as rows are: a label with a slip over a value column takes the
     * standard column between its neighbours. Only labels over value columns that no named label covers count.
     *
     * @param valueColumn whether a grid column holds values (not the row labels' columns)
     */
    void placeUnmatched(TableVocabulary vocabulary, IntPredicate valueColumn, Table table, RawTable raw) {
        placeUnmatched(vocabulary, 0, ids.length, valueColumn, table, raw);
        unmatched.clear();
    }

    /**
     * The same within the grid columns {@code [from, to)}, which hold the standard columns once (a table printing
     * them once per row group, 行政复议 | 未经复议直接起诉 | 复议后起诉, is placed group by group). On a scan a
     * heading OCR could not read is placed by position alone where its place is forced: between placed neighbours
     * with as many free slots as labels ({@link SequenceAlignment#fillByPosition}), or, at an end of the span too,
     * where the span has exactly the standard's columns and every other one is placed at its own index
     * ({@link SequenceAlignment#fillByShape}).
     */
    void placeUnmatched(TableVocabulary vocabulary, int from, int to, IntPredicate valueColumn, Table table,
            RawTable raw) {
        List<String> order = vocabulary.columnOrder();
        List<Written> items = new ArrayList<>();
        for (int c = from; c < to; c++) {
            if (ids[c] != null && (c == from || !ids[c].equals(ids[c - 1]))) {
                items.add(new Written(c, order.indexOf(ids[c]), null));
            }
        }
        for (RawCell cell : unmatched) {
            if (cell.col() >= from && cell.col() + cell.colSpan() <= to && isOpen(cell, valueColumn)) {
                items.add(new Written(cell.col(), -1, cell));
            }
        }
        items.sort(Comparator.comparingInt(Written::col));
        int[] anchors = items.stream().mapToInt(Written::anchor).toArray();
        boolean[] candidate = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            candidate[i] = items.get(i).cell() != null;
        }
        int[] slots = SequenceAlignment.fill(anchors, candidate, Set.of(), -1, order.size(),
                (item, slot) -> LabelSimilarity.of(items.get(item).cell().text(),
                        vocabulary.columnLabel(order.get(slot))));
        boolean[] positional = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) { // a scanned heading OCR could not read: by position, if it fits
            positional[i] = candidate[i] && slots[i] < 0 && items.get(i).cell().ocr() != null;
        }
        slots = SequenceAlignment.fillByPosition(slots, positional, Set.of(), -1, order.size());
        slots = SequenceAlignment.fillByShape(slots, positional, order.size());
        for (int i = 0; i < items.size(); i++) {
            if (candidate[i] && slots[i] >= 0) {
                RawCell cell = items.get(i).cell();
                String id = order.get(slots[i]);
                for (int c = cell.col(); c < cell.col() + cell.colSpan() && c < ids.length; c++) {
                    ids[c] = id;
                }
                unmatched.remove(cell);
                CellPlacer.columnLabel(table, raw, id, cell,
                        new LabelMatcher.Match<>(id, vocabulary.columnLabel(id), false));
            }
        }
    }

    /** A header label in written order: a named column (its slot) or a label that named none (its cell). */
    private record Written(int col, int anchor, RawCell cell) {
    }

    private boolean isOpen(RawCell cell, IntPredicate valueColumn) {
        for (int c = Math.max(0, cell.col()); c < cell.col() + cell.colSpan(); c++) {
            if (c >= ids.length || ids[c] != null || !valueColumn.test(c)) {
                return false;
            }
        }
        return true;
    }

    int width() {
        return ids.length;
    }

    boolean isEmpty() {
        return Arrays.stream(ids).allMatch(id -> id == null);
    }

    /** The first grid column with an id, or the width when none has one. */
    int firstMapped() {
        for (int c = 0; c < ids.length; c++) {
            if (ids[c] != null) {
                return c;
            }
        }
        return ids.length;
    }

    /** The column id of a grid column, or null. */
    String idAt(int col) {
        return col >= 0 && col < ids.length ? ids[col] : null;
    }

    /** The single column id a cell's span covers, or null when it covers none or several. */
    String idOf(RawCell cell) {
        Set<String> found = covered(cell);
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The column id of each value cell of one row ({@link ValueColumns}). */
    Map<RawCell, String> assign(List<RawCell> cells) {
        Map<RawCell, String> out = new LinkedHashMap<>();
        ValueColumns.assign(ids, cells).forEach((cell, start) -> out.put(cell, ids[start]));
        return out;
    }

    /** The labelled column of each value cell of one row, by its first grid column ({@link ValueColumns}). */
    Map<RawCell, Integer> assignColumns(List<RawCell> cells) {
        return ValueColumns.assign(ids, cells);
    }

    private Set<String> covered(RawCell cell) {
        Set<String> found = new LinkedHashSet<>();
        for (int c = Math.max(0, cell.col()); c < cell.col() + cell.colSpan() && c < ids.length; c++) {
            if (ids[c] != null) {
                found.add(ids[c]);
            }
        }
        return found;
    }

    /** Forgets every column, for a table whose blocks each have their own header row. */
    void clear() {
        Arrays.fill(ids, null);
    }
}
