package org.nianbao.recognize;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Table;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;

/**
 * Reads the applications table (section 三): columns from the header labels (自然人 … 总计), rows from their
 * labels in the label columns left of the first value column — the rightmost non-blank label is the row's own,
 * those left of it are its groups (三、本年度办理结果, （三）不予公开). 2019 and 2021 rows are both known, so the
 * format shows in which rows are present. Group rows without numbers and header rows are not data.
 */
final class ApplicationsTableReader {
    private final TableVocabulary vocabulary = TableVocabulary.applications();

    /**
     * Reads one raw table into the model table.
     *
     * @param previous the columns of the part read before, for a continuation printed without its header
     *                 (a table split in two); null when there is none
     * @return the columns this part used, or null when it had none
     */
    ColumnMap read(RawTable raw, Table table, ColumnMap previous) {
        TableGrid grid = new TableGrid(raw);
        ColumnMap columns = new ColumnMap(raw.columnCount());
        int firstData = firstDataRow(grid);
        for (int r = 0; r < firstData; r++) {
            for (RawCell cell : grid.startingIn(r)) {
                columns.offer(cell, vocabulary.columns(), table, raw);
            }
        }
        int dataFrom = firstData;
        columns.placeUnmatched(vocabulary, c -> grid.holdsNumber(c, dataFrom), table, raw);
        if (columns.isEmpty() && previous != null && previous.width() == raw.columnCount()) {
            columns = previous;
        }
        if (columns.isEmpty()) {
            return null;
        }
        int labelEnd = columns.firstMapped();
        List<WrittenRows.Row> written = new ArrayList<>();
        for (int r = firstData; r < grid.rows(); r++) {
            List<RawCell> labels = grid.labelCells(r, 0, labelEnd);
            List<RawCell> values = grid.startingIn(r).stream().filter(c -> c.col() >= labelEnd).toList();
            boolean hasValues = values.stream().anyMatch(c -> !c.text().isBlank());
            if (labels.isEmpty()) {
                if (hasValues) {
                    table.addUnrecognizedRow("");
                }
                continue;
            }
            RawCell leaf = labels.get(labels.size() - 1);
            boolean own = leaf.row() == r && !isGroupOnly(leaf);
            LabelMatcher.Match<String> match = leaf.row() == r
                    ? RowMatching.rowOf(vocabulary, leaf, labels.subList(0, labels.size() - 1)) : null;
            if (match != null || own || hasValues) {
                written.add(new WrittenRows.Row(leaf, columns.assign(values), own, match));
            }
        }
        WrittenRows.put(written, vocabulary, table, raw);
        return columns;
    }

    /** A group label (（三）不予公开) spans the rows of its members; its own row is read through them. */
    private static boolean isGroupOnly(RawCell leaf) {
        return leaf.rowSpan() > 1;
    }

    /** The first row that holds a number or whose first label names a row; rows above it are the header. */
    private int firstDataRow(TableGrid grid) {
        for (int r = 0; r < grid.rows(); r++) {
            RawCell first = grid.firstLabel(r);
            boolean namesRow = first != null && first.col() == 0 && vocabulary.rows().unique(first.text()) != null
                    && TextNormalizer.withoutOrdinal(first.text()).length() >= 4;
            if (grid.hasNumber(r) || namesRow) {
                return r;
            }
        }
        return grid.rows();
    }
}
