package org.nianbao.recognize;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.model.Table;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;

/**
 * The data rows of one table part as written, settled against the standard rows and put into the model table.
 * A row whose label names a standard row with confidence keeps it (the first of two naming the same row); every
 * other row is placed by its position among those and the likeness of its words ({@link SequenceAlignment}); on a
 * scan, a row whose label OCR could not read is placed by position alone where the rows between its placed
 * neighbours are exactly as many as the standard's ({@link SequenceAlignment#fillByPosition}); a row still unplaced
 * is reported as unrecognised.
 */
final class WrittenRows {
    /** One row: its own label cell, its value cells by column id, and the standard row it stands for, if known. */
    static final class Row {
        final RawCell label;
        final Map<RawCell, String> columns;
        final boolean placeable;
        LabelMatcher.Match<String> match;

        /** @param placeable whether its label may be placed by position (a label of its own, not a group's) */
        Row(RawCell label, Map<RawCell, String> columns, boolean placeable, LabelMatcher.Match<String> match) {
            this.label = label;
            this.columns = columns;
            this.placeable = placeable;
            this.match = match;
        }
    }

    private WrittenRows() {
    }

    /** Places the rows and writes them into the table: cells of placed rows, labels of the others. */
    static void put(List<Row> rows, TableVocabulary vocabulary, Table table, RawTable raw) {
        place(rows, vocabulary, table);
        for (Row row : rows) {
            if (row.match == null) {
                table.addUnrecognizedRow(row.label.text().strip());
                continue;
            }
            String id = row.match.key();
            table.addRow(id);
            CellPlacer.rowLabel(table, raw, id, row.label, row.match);
            row.columns.forEach((cell, column) -> {
                if (vocabulary.rowHasColumn(id, column)) {
                    CellPlacer.put(table, raw, id, column, cell);
                }
            });
        }
    }

    private static void place(List<Row> rows, TableVocabulary vocabulary, Table table) {
        List<String> order = vocabulary.rowOrder();
        List<String> read = table.rowIds();
        Set<String> named = new HashSet<>(read);
        Set<Integer> taken = new HashSet<>();
        read.forEach(id -> taken.add(order.indexOf(id)));
        int[] anchors = new int[rows.size()];
        boolean[] candidate = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.match != null && !named.add(row.match.key())) {
                row.match = null;
            }
            anchors[i] = row.match == null ? -1 : order.indexOf(row.match.key());
            candidate[i] = row.match == null && row.placeable;
        }
        // a row placed rules out its other format's form: those slots are not free (hongze's single （六）其他处理
        // leaves one slot, （七）总计, before 四、结转…, not four)
        for (int i = 0; i < rows.size(); i++) {
            if (anchors[i] >= 0) {
                vocabulary.alternativesOf(order.get(anchors[i])).forEach(id -> taken.add(order.indexOf(id)));
            }
        }
        read.forEach(id -> vocabulary.alternativesOf(id).forEach(alt -> taken.add(order.indexOf(alt))));
        int before = read.isEmpty() ? -1 : order.indexOf(read.get(read.size() - 1));
        int[] slots = SequenceAlignment.fill(anchors, candidate, taken, before, order.size(),
                (item, slot) -> likeness(vocabulary, rows.get(item).label.text(), order.get(slot)));
        boolean[] positional = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            positional[i] = candidate[i] && slots[i] < 0 && rows.get(i).label.ocr() != null;
        }
        slots = SequenceAlignment.fillByPosition(slots, positional, taken, before, order.size());
        for (int i = 0; i < rows.size(); i++) {
            if (anchors[i] < 0 && slots[i] >= 0) {
                String id = order.get(slots[i]);
                rows.get(i).match = new LabelMatcher.Match<>(id, vocabulary.rowLabel(id), false);
            }
        }
    }

    /** The label against the row's own words, or its group's and its own (flat tables write both). */
    private static double likeness(TableVocabulary vocabulary, String label, String row) {
        double own = LabelSimilarity.of(label, vocabulary.rowLabel(row));
        String group = vocabulary.groupOf(row);
        return group == null ? own : Math.max(own, LabelSimilarity.of(label, group + vocabulary.rowLabel(row)));
    }
}
