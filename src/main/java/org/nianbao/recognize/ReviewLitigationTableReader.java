package org.nianbao.recognize;

import java.util.List;
import java.util.Map;
import org.nianbao.model.Table;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;

/**
 * Reads the review/litigation table (section 四). It is printed as one row of 15 numbers under a three-level
 * header; each value column gets its model row (行政复议 / 未经复议直接起诉 / 复议后起诉) and column (结果维持 …
 * 总计) from the lowest header labels above it; a value cut differently from its label is aligned as in the other
 * tables ({@link ColumnMap#assignColumns}). A column label that named nothing is placed within its row group's
 * columns as in the other tables ({@link ColumnMap#placeUnmatched}): by its likeness between named neighbours, or
 * on a scan by a position the group's columns force (总计 printed over two lines that OCR did not read). A table
 * printed with row labels instead (three rows of five) is read the same way: a data row whose own label names a
 * model row uses that row.
 */
final class ReviewLitigationTableReader {
    private final TableVocabulary vocabulary = TableVocabulary.reviewLitigation();
    private final LabelMatcher<String> rows = vocabulary.rows();
    private final LabelMatcher<String> columns = vocabulary.columns();

    void read(RawTable raw, Table table) {
        TableGrid grid = new TableGrid(raw);
        int width = raw.columnCount();
        String[] rowOf = new String[width];
        RawCell[] rowLabelOf = new RawCell[width];
        ColumnMap columnMap = new ColumnMap(width);
        int headerEnd = 0;
        for (int r = 0; r < grid.rows() && !grid.hasValue(r, columns); r++) {
            boolean header = false;
            for (RawCell cell : grid.startingIn(r)) {
                LabelMatcher.Match<String> row = rows.unique(cell.text());
                if (row != null) {
                    for (int c = cell.col(); c < cell.col() + cell.colSpan() && c < width; c++) {
                        rowOf[c] = row.key();
                        rowLabelOf[c] = cell;
                    }
                    header = true;
                }
                header |= columnMap.offer(cell, columns, table, raw);
            }
            if (header) {
                headerEnd = r + 1;
            }
        }
        columnMap.joinStacked(columns, table, raw);
        int dataFrom = headerEnd;
        for (int from = 0; from < width; ) { // each row group's columns hold the five standard columns once
            int to = from + 1;
            while (to < width && rowOf[from] != null && rowOf[from].equals(rowOf[to])) {
                to++;
            }
            if (rowOf[from] != null) {
                columnMap.placeUnmatched(vocabulary, from, to, c -> grid.holdsNumber(c, dataFrom), table, raw);
            }
            from = to;
        }
        for (int r = headerEnd; r < grid.rows(); r++) {
            RawCell first = grid.firstLabel(r);
            LabelMatcher.Match<String> ownRow = first == null ? null : rows.unique(first.text());
            if (!grid.hasNumber(r) && ownRow == null && !allBlankDataRow(grid, r, r == headerEnd)) {
                continue;
            }
            List<RawCell> values = grid.startingIn(r).stream().filter(c -> ownRow == null || c != first).toList();
            for (Map.Entry<RawCell, Integer> placed : columnMap.assignColumns(values).entrySet()) {
                RawCell cell = placed.getKey();
                int at = placed.getValue();
                String row = ownRow != null ? ownRow.key() : rowOf[at];
                String column = columnMap.idAt(at);
                if (row == null || column == null || table.cell(row, column).isPresent()) {
                    continue;
                }
                CellPlacer.put(table, raw, row, column, cell);
                RawCell label = ownRow != null ? first : rowLabelOf[at];
                if (table.writtenRowLabel(row).isEmpty() && label != null) {
                    CellPlacer.rowLabel(table, raw, row, label, ownRow != null ? ownRow : rows.unique(label.text()));
                }
            }
        }
    }

    /** The row right under the header, left entirely blank, still holds the table's (blank) cells. */
    private static boolean allBlankDataRow(TableGrid grid, int row, boolean firstAfterHeader) {
        List<RawCell> cells = grid.startingIn(row);
        return firstAfterHeader && !cells.isEmpty() && cells.stream().allMatch(c -> c.text().isBlank());
    }
}
