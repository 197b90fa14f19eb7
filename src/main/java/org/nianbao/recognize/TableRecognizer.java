package org.nianbao.recognize;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawTable;

/**
 * Finds the three statistics tables among a document's tables by their labels and reads each into a model
 * {@link Table}. A table kind found again later (a table split in two) adds the rows the first part lacked; a
 * part without its own header row uses the columns of the part before when it has the same width.
 */
final class TableRecognizer {
    private final TableClassifier classifier = new TableClassifier();
    private final ProactiveTableReader proactive = new ProactiveTableReader();
    private final ApplicationsTableReader applications = new ApplicationsTableReader();
    private final ReviewLitigationTableReader reviewLitigation = new ReviewLitigationTableReader();

    Map<TableId, Table> read(List<RawBlock> blocks) {
        Map<TableId, Table> tables = new EnumMap<>(TableId.class);
        Map<TableId, ColumnMap> columns = new EnumMap<>(TableId.class);
        for (RawBlock block : blocks) {
            if (!(block instanceof RawTable raw) || raw.nested()) {
                continue;
            }
            TableId id = classifier.classify(raw);
            if (id == null) {
                continue;
            }
            Table table = tables.computeIfAbsent(id, k -> new Table(k, raw.source()));
            ColumnMap used = switch (id) {
                case PROACTIVE -> proactive.read(raw, table, columns.get(id));
                case APPLICATIONS -> applications.read(raw, table, columns.get(id));
                case REVIEW_LITIGATION -> {
                    reviewLitigation.read(raw, table);
                    yield null;
                }
            };
            if (used != null) {
                columns.put(id, used);
            }
        }
        return tables;
    }
}
