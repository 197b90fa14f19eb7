package org.nianbao.rules.kind;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.model.ColumnSpec;
import org.nianbao.model.FormatVersion;
import org.nianbao.model.LabelNote;
import org.nianbao.model.Report;
import org.nianbao.model.RowSpec;
import org.nianbao.model.StandardLayouts;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.model.TableLayout;
import org.nianbao.rules.Check;
import org.nianbao.rules.DeclaresArguments;
import org.nianbao.rules.Findings;
import org.nianbao.rules.InvalidRuleException;
import org.nianbao.rules.LayoutChoice;
import org.nianbao.rules.Params;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.rules.RuleKind;
import org.nianbao.rules.Where;

/**
 * Kind {@code table-shape}: the tables and their rows, columns and labels. {@code params.test}:
 * {@code table-present}, {@code rows} (every row of the format), {@code columns} (every column of each present
 * row), {@code labels} (labels recognised but worded differently, and rows that match no standard label).
 * {@code params.tables}: ids, default all three.
 */
public final class TableShapeKind implements RuleKind {

    @Override
    public String name() {
        return "table-shape";
    }

    @Override
    public Check compile(RuleDefinition rule) throws InvalidRuleException {
        Params p = new Params(rule);
        String test = p.choice("test", "table-present", "rows", "columns", "labels");
        List<TableId> tables = new ArrayList<>();
        for (String id : p.strings("tables")) {
            tables.add(TableId.byId(id).orElseThrow(() -> new InvalidRuleException("unknown table '" + id + "'")));
        }
        if (tables.isEmpty()) {
            tables.addAll(List.of(TableId.values()));
        }
        return new ShapeCheck(test, tables);
    }

    /** A column of a layout with the rows that have it, in printed order. */
    private record ColumnRows(ColumnSpec column, List<RowSpec> rows) {
    }

    /** Each standard layout's columns with their rows, listed once. */
    private static final Map<TableLayout, List<ColumnRows>> COLUMN_ROWS = new IdentityHashMap<>();

    static {
        for (TableId id : TableId.values()) {
            for (FormatVersion v : FormatVersion.values()) {
                TableLayout layout = StandardLayouts.of(id, v);
                COLUMN_ROWS.computeIfAbsent(layout, TableShapeKind::listColumnRows);
            }
        }
    }

    private static List<ColumnRows> columnRows(TableLayout layout) {
        List<ColumnRows> known = COLUMN_ROWS.get(layout);
        return known != null ? known : listColumnRows(layout);
    }

    private static List<ColumnRows> listColumnRows(TableLayout layout) {
        List<ColumnRows> out = new ArrayList<>();
        for (ColumnSpec c : layout.columns()) {
            out.add(new ColumnRows(c, layout.rows().stream().filter(r -> r.columns().contains(c.id())).toList()));
        }
        return List.copyOf(out);
    }

    private record ShapeCheck(String test, List<TableId> tables) implements Check, DeclaresArguments {
        @Override
        public Set<String> arguments() {
            return Set.of("table", "row", "column", "written", "standard", "version", "count");
        }

        @Override
        public void evaluate(Report report, Findings out) {
            for (TableId id : tables) {
                Table table = report.table(id).orElse(null);
                if (table == null) {
                    if (test.equals("table-present")) {
                        out.add().unreadOnScan(report).at(Where.table(id, null)).arg("table", id.displayName())
                                .report();
                    }
                    continue;
                }
                TableLayout layout = LayoutChoice.of(report, id);
                switch (test) {
                    case "rows" -> rows(report, table, layout, out);
                    case "columns" -> columns(report, table, layout, out);
                    case "labels" -> labels(report, table, out);
                    default -> {
                    }
                }
            }
        }

        private static void rows(Report report, Table table, TableLayout layout, Findings out) {
            List<RowSpec> missing = layout.rows().stream().filter(r -> !table.hasRow(r.id())).toList();
            for (RowSpec r : missing) {
                out.add().unreadOnScan(report).at(Where.cell(table.id(), r.id(), null, table.source())).arg("table",
                        table.id().displayName()).arg("row", r.fullLabel()).arg("version", layout.version().id())
                        .arg("count", layout.rows().size()).expected(r.fullLabel()).report();
            }
        }

        private static void columns(Report report, Table table, TableLayout layout, Findings out) {
            for (ColumnRows cr : columnRows(layout)) {
                ColumnSpec c = cr.column();
                List<RowSpec> rowsWithColumn = new ArrayList<>();
                List<RowSpec> lacking = new ArrayList<>();
                for (RowSpec r : cr.rows()) {
                    if (table.hasRow(r.id())) {
                        rowsWithColumn.add(r);
                        if (table.cell(r.id(), c.id()).isEmpty()) {
                            lacking.add(r);
                        }
                    }
                }
                if (lacking.isEmpty()) {
                    continue;
                }
                if (lacking.size() == rowsWithColumn.size() && lacking.size() > 1) {
                    out.add().unreadOnScan(report).at(Where.cell(table.id(), null, c.id(), table.source()))
                            .arg("table", table.id().displayName()).arg("column", c.label())
                            .expected(c.label()).report();
                    continue;
                }
                for (RowSpec r : lacking) {
                    out.add().unreadOnScan(report).variant("cell")
                            .at(Where.cell(table.id(), r.id(), c.id(), table.source()))
                            .arg("table", table.id().displayName()).arg("column", c.label())
                            .arg("row", r.fullLabel()).expected(c.label()).report();
                }
            }
        }

        private static void labels(Report report, Table table, Findings out) {
            for (LabelNote note : table.labelNotes()) {
                out.add().unreadOnScan(report).at(Where.cell(table.id(), note.row(), note.column(), note.source()))
                        .arg("table", table.id().displayName()).arg("written", note.written())
                        .arg("standard", note.standard()).expected(note.standard()).actual(note.written()).report();
            }
            for (String label : table.unrecognizedRows()) {
                out.add().unreadOnScan(report).variant("unknown").at(Where.table(table.id(), table.source()))
                        .arg("table", table.id().displayName()).arg("written", label).actual(label).report();
            }
        }
    }
}
