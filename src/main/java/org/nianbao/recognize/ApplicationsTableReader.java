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
    private final LabelMatcher<String> groups = new LabelMatcher<>();

    ApplicationsTableReader() {
        vocabulary.groups().forEach(g -> groups.add(g, g));
    }

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
        columns.joinStacked(vocabulary.columns(), table, raw);
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
            // a group's own line without numbers (三、本年度办理结果 as a row of its own), or a line across the value
            // columns without numbers (注：……), is a caption or a note, not a row
            boolean acrossValues = leaf.col() + leaf.colSpan() > labelEnd;
            boolean caption = match == null && !hasValues && (acrossValues || groups.unique(leaf.text()) != null);
            if (!caption && (match != null || own || hasValues)) {
                written.add(new WrittenRows.Row(leaf, columns.assign(values), own, match));
            }
        }
        demoteGroupLine(written);
        WrittenRows.put(written, vocabulary, table, raw);
        return columns;
    }

    /**
     * （六）其他处理 written on a line of its own, with numbers, right above its three 2021 sub-rows is the group's
     * subtotal line, not 2019's single row: it is kept out of the model (reported as a row the format does not
     * have) rather than making the table a mix of both formats.
     */
    private static void demoteGroupLine(List<WrittenRows.Row> written) {
        for (int i = 0; i + 1 < written.size(); i++) {
            WrittenRows.Row row = written.get(i);
            WrittenRows.Row next = written.get(i + 1);
            if (row.match != null && row.match.key().equals("otherHandling") && next.match != null
                    && next.match.key().startsWith("otherHandling.")) {
                written.set(i, new WrittenRows.Row(row.label, row.columns, false, null));
            }
        }
    }

    /** A group label (（三）不予公开) spans the rows of its members; its own row is read through them. */
    private static boolean isGroupOnly(RawCell leaf) {
        return leaf.rowSpan() > 1;
    }

    /**
     * The first row that holds a value ({@link TableGrid#hasValue}) or whose first label names a row; rows above it
     * are the header.
     */
    private int firstDataRow(TableGrid grid) {
        for (int r = 0; r < grid.rows(); r++) {
            RawCell first = grid.firstLabel(r);
            boolean namesRow = first != null && first.col() == 0 && vocabulary.rows().unique(first.text()) != null
                    && TextNormalizer.withoutOrdinal(first.text()).length() >= 4;
            if (grid.hasValue(r, vocabulary.columns()) || namesRow) {
                return r;
            }
        }
        return grid.rows();
    }
}
