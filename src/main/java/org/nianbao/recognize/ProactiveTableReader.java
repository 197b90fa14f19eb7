package org.nianbao.recognize;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.CellValue;
import org.nianbao.model.Table;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;

/**
 * Reads the 第二十条 table (section 二): blocks, each with its own header row ({@code 信息内容 | 本年制发件数 …}),
 * then rows labelled 规章, 行政许可 …. Every header row resets the columns, so each block's values are mapped by
 * its own labels; block title rows ({@code 第二十条第（一）项}) carry no data.
 */
final class ProactiveTableReader {
    private final TableVocabulary vocabulary = TableVocabulary.proactive();

    /**
     * Reads one raw table into the model table.
     *
     * @param previous the columns in force at the end of the part read before, for a continuation that starts
     *                 without a header row; null when there is none
     * @return the columns in force at the end of this part
     */
    ColumnMap read(RawTable raw, Table table, ColumnMap previous) {
        TableGrid grid = new TableGrid(raw);
        boolean continues = previous != null && previous.width() == raw.columnCount();
        ColumnMap columns = continues ? previous : new ColumnMap(raw.columnCount());
        boolean headerSeen = continues;
        List<WrittenRows.Row> written = new ArrayList<>();
        for (int r = 0; r < grid.rows(); r++) {
            List<RawCell> cells = grid.startingIn(r);
            RawCell label = grid.firstLabel(r);
            if (label == null) {
                continue;
            }
            LabelMatcher.Match<String> row = vocabulary.rows().unique(label.text());
            if (row == null && isHeader(cells)) {
                columns.clear();
                cells.forEach(c -> columns.offer(c, vocabulary.columns(), table, raw));
                columns.placeUnmatched(vocabulary, c -> c > label.col(), table, raw);
                headerSeen = true;
                continue;
            }
            boolean dataRow = headerSeen && !isBlockTitle(label) && (grid.hasNumber(r) || cells.size() > 1);
            if (row == null && !dataRow) {
                continue;
            }
            List<RawCell> values = cells.stream().filter(c -> c.col() > label.col()).toList();
            written.add(new WrittenRows.Row(label, columns.assign(values), true, row));
        }
        WrittenRows.put(written, vocabulary, table, raw);
        return columns;
    }

    /** A row naming at least one known column and holding no number. */
    private boolean isHeader(List<RawCell> cells) {
        boolean names = cells.stream().anyMatch(c -> vocabulary.columns().unique(c.text()) != null);
        return names && cells.stream().noneMatch(c -> CellValues.parse(c.text()) instanceof CellValue.Number);
    }

    private static boolean isBlockTitle(RawCell cell) {
        return TextNormalizer.normalize(cell.text()).startsWith("第二十条");
    }
}
