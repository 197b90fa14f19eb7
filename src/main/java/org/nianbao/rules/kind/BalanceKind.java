package org.nianbao.rules.kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.model.Cell;
import org.nianbao.model.CellRef;
import org.nianbao.model.CellValue;
import org.nianbao.model.Lang;
import org.nianbao.model.Report;
import org.nianbao.model.StandardLayouts;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.model.TableLayout;
import org.nianbao.model.Text;
import org.nianbao.rules.Check;
import org.nianbao.rules.DeclaresArguments;
import org.nianbao.rules.Equation;
import org.nianbao.rules.Findings;
import org.nianbao.rules.InvalidRuleException;
import org.nianbao.rules.Labels;
import org.nianbao.rules.LayoutChoice;
import org.nianbao.rules.LinearConstraint;
import org.nianbao.rules.LinearRules;
import org.nianbao.rules.Params;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.rules.RuleKind;
import org.nianbao.rules.Where;

/**
 * Kind {@code balance}: a linear equation over cells, evaluated for each column ({@code over: columns}, the names
 * in {@code params.equation} are rows) or for each row ({@code over: rows}, the names are columns) of
 * {@code params.table}. {@code params.only} limits the columns or rows. Blank cells count as 0 and the message says
 * so; a cell holding text makes that instance not assessable. Expected is the right side's sum, actual the left's.
 */
public final class BalanceKind implements RuleKind {

    @Override
    public String name() {
        return "balance";
    }

    @Override
    public Check compile(RuleDefinition rule) throws InvalidRuleException {
        Params p = new Params(rule);
        TableId table = TableId.byId(p.string("table"))
                .orElseThrow(() -> new InvalidRuleException("unknown table '" + p.node().path("table").asText() + "'"));
        boolean overColumns = p.choice("over", "columns", "rows").equals("columns");
        Equation equation = Equation.parse(p.string("equation"));
        List<String> only = p.strings("only");
        List<TableLayout> layouts = List.of(StandardLayouts.of(table, org.nianbao.model.FormatVersion.V2021),
                StandardLayouts.of(table, org.nianbao.model.FormatVersion.V2019));
        List<Equation.Term> all = new ArrayList<>(equation.left());
        all.addAll(equation.right());
        for (Equation.Term t : all) {
            if (layouts.stream().allMatch(l -> names(l, overColumns, t.name()).isEmpty())) {
                throw new InvalidRuleException("'" + t.name() + "' in the equation is no " + (overColumns ? "row" : "column")
                        + " of the " + table.id() + " table");
            }
        }
        for (String o : only) {
            if (layouts.stream().allMatch(l -> names(l, !overColumns, o).isEmpty())) {
                throw new InvalidRuleException("params.only: '" + o + "' is no " + (overColumns ? "column" : "row")
                        + " of the " + table.id() + " table");
            }
        }
        return new BalanceCheck(rule.id(), table, overColumns, equation, only);
    }

    /** Rows (over columns) or columns (over rows) a name stands for in a layout. */
    private static List<String> names(TableLayout layout, boolean rows, String name) {
        return rows ? layout.expandRows(name) : layout.expandColumns(name);
    }

    /**
     * One balance rule, compiled. Also lists its equations for a report ({@link LinearRules}). The equations of each
     * standard layout of the table, with the words that describe them, are made when the rule loads.
     */
    static final class BalanceCheck implements Check, DeclaresArguments, LinearRules {
        private final String ruleId;
        private final TableId table;
        private final boolean overColumns;
        private final Equation equation;
        private final List<String> only;
        private final Map<TableLayout, List<Instance>> byLayout = new java.util.IdentityHashMap<>();
        private final Map<TableLayout, List<LinearConstraint>> constraintsByLayout = new java.util.IdentityHashMap<>();

        BalanceCheck(String ruleId, TableId table, boolean overColumns, Equation equation, List<String> only) {
            this.ruleId = ruleId;
            this.table = table;
            this.overColumns = overColumns;
            this.equation = equation;
            this.only = only;
            for (org.nianbao.model.FormatVersion v : org.nianbao.model.FormatVersion.values()) {
                TableLayout layout = StandardLayouts.of(table, v);
                if (layout != null && !byLayout.containsKey(layout)) {
                    List<Instance> instances = instances(layout);
                    byLayout.put(layout, instances);
                    constraintsByLayout.put(layout, instances.stream().map(Instance::constraint).toList());
                }
            }
        }

        /** One equation of a layout, with its cells and its words, ready for any report. */
        private record Instance(LinearConstraint constraint, List<CellRef> cells, Text whereText, Text left,
                Text right) {
        }

        private List<Instance> instances(TableLayout layout) {
            List<Instance> out = new ArrayList<>();
            for (String index : indices(layout)) {
                LinearConstraint c = new LinearConstraint(ruleId, index, terms(layout, equation.left(), index),
                        terms(layout, equation.right(), index));
                List<CellRef> cells = new ArrayList<>();
                c.left().forEach(x -> cells.add(x.cell()));
                c.right().forEach(x -> cells.add(x.cell()));
                out.add(new Instance(c, List.copyOf(cells),
                        overColumns ? Labels.column(table, c.index()) : Labels.row(table, c.index()),
                        describe(c.left()), describe(c.right())));
            }
            return List.copyOf(out);
        }

        private List<Instance> instances(Report report) {
            TableLayout layout = LayoutChoice.of(report, table);
            List<Instance> known = byLayout.get(layout);
            return known != null ? known : instances(layout);
        }

        @Override
        public Set<String> arguments() {
            return Set.of("where", "left", "right", "leftSum", "rightSum", "difference", "blanks", "cell", "value",
                    "count");
        }

        @Override
        public List<LinearConstraint> constraints(Report report) {
            if (report.table(table).isEmpty()) {
                return List.of();
            }
            TableLayout layout = LayoutChoice.of(report, table);
            List<LinearConstraint> known = constraintsByLayout.get(layout);
            return known != null ? known : instances(layout).stream().map(Instance::constraint).toList();
        }

        @Override
        public void evaluate(Report report, Findings out) {
            Table t = report.table(table).orElse(null);
            if (t == null) {
                return;
            }
            // a row or column the table lacks altogether stops many checks: one finding says so for all of them
            Map<CellRef, Integer> absent = new LinkedHashMap<>();
            for (Instance c : instances(report)) {
                CellRef gone = evaluate(t, c, out);
                if (gone != null) {
                    absent.merge(gone, 1, Integer::sum);
                }
            }
            absent.forEach((gone, count) -> reportAbsent(report, t, gone, count, out));
        }

        /**
         * Checks one instance; returns the row or column (as a cell reference with the other part null) when the
         * instance cannot be judged because the table lacks that row or column altogether, for one finding later.
         */
        private CellRef evaluate(Table t, Instance instance, Findings out) {
            LinearConstraint c = instance.constraint();
            Sum left = sum(t, c.left());
            Sum right = sum(t, c.right());
            boolean readable = left.problem == null && right.problem == null;
            boolean holds = readable && left.total.compareTo(right.total) == 0;
            // the likely-wrong-cell search takes the residual from here (zero needs no subtraction)
            out.shared().summed(c, holds ? BigDecimal.ZERO : readable ? left.total.subtract(right.total) : null);
            if (holds) {
                return null; // holds: nothing to say
            }
            List<CellRef> cells = instance.cells();
            Where where = where(t, c);
            Text whereText = instance.whereText();
            Sum unreadable = left.problem != null ? left : right.problem != null ? right : null;
            if (unreadable != null) {
                CellRef gone = "missing".equals(unreadable.problem) ? absentPart(t, unreadable.problemCell) : null;
                if (gone != null && out.rule().variants().containsKey("absent")) {
                    return gone;
                }
                String variant = "unsure".equals(unreadable.problem) && !out.rule().variants().containsKey("unsure")
                        ? "text" : unreadable.problem;
                Findings.Builder b = out.add().notAssessable().variant(variant).at(where).cells(cells)
                        .arg("where", whereText).arg("cell", Labels.cell(table, unreadable.problemCell.row(),
                                unreadable.problemCell.column())).arg("value", unreadable.problemValue);
                b.report();
                return null;
            }
            if (left.total.compareTo(right.total) == 0) {
                return null;
            }
            int blanks = left.blanks + right.blanks;
            out.add().at(where).cells(cells).arg("where", whereText)
                    .arg("left", instance.left()).arg("right", instance.right())
                    .arg("leftSum", left.total).arg("rightSum", right.total)
                    .arg("difference", difference(left.total.subtract(right.total)))
                    .arg("blanks", blanks == 0 ? Text.of("", "")
                            : Text.of("（其中 " + blanks + " 个空白单元格按 0 计）",
                                    " (" + blanks + " blank cells counted as 0)"))
                    .expected(right.total).actual(left.total).report();
            return null;
        }

        /** "多 1" or "少 1": how the left side compares with the right, never a negative difference. */
        private static Text difference(BigDecimal d) {
            String n = d.abs().stripTrailingZeros().toPlainString();
            return d.signum() > 0 ? Text.of("多 " + n, n + " more") : Text.of("少 " + n, n + " less");
        }

        /** The column (row null) or row (column null) of a missing cell that the table lacks altogether, or null. */
        private static CellRef absentPart(Table t, CellRef missing) {
            if (!t.hasRow(missing.row())) {
                return new CellRef(missing.table(), missing.row(), null);
            }
            boolean anyInColumn = t.rowIds().stream().anyMatch(r -> t.row(r).containsKey(missing.column()));
            return anyInColumn ? null : new CellRef(missing.table(), null, missing.column());
        }

        private void reportAbsent(Report report, Table t, CellRef gone, int count, Findings out) {
            boolean column = gone.row() == null;
            Text label = column ? Labels.column(table, gone.column()) : Labels.row(table, gone.row());
            out.add().notAssessable().unreadOnScan(report).variant("absent").at(Where.cell(table, gone.row(), gone.column(), t.source()))
                    .arg("cell", column ? Text.of("“" + label.zh() + "”列", "the column '" + label.in(Lang.EN) + "'")
                            : Text.of("“" + label.zh() + "”行", "the row '" + label.in(Lang.EN) + "'"))
                    .arg("count", count).report();
        }

        private Where where(Table t, LinearConstraint c) {
            CellRef first = c.left().get(0).cell();
            org.nianbao.model.Location source = t.cell(first.row(), first.column()).map(Cell::source)
                    .orElse(t.source());
            if (c.left().size() == 1) {
                return Where.cell(table, first.row(), first.column(), source);
            }
            return overColumns ? Where.cell(table, null, c.index(), source) : Where.cell(table, c.index(), null, source);
        }

        private List<String> indices(TableLayout layout) {
            List<String> all = new ArrayList<>();
            if (overColumns) {
                layout.columns().forEach(col -> all.add(col.id()));
            } else {
                layout.rows().forEach(row -> all.add(row.id()));
            }
            if (!only.isEmpty()) {
                List<String> wanted = new ArrayList<>();
                for (String o : only) {
                    wanted.addAll(overColumns ? layout.expandColumns(o) : layout.expandRows(o));
                }
                all.retainAll(wanted);
            }
            return all;
        }

        private List<LinearConstraint.Term> terms(TableLayout layout, List<Equation.Term> names, String index) {
            List<LinearConstraint.Term> out = new ArrayList<>();
            for (Equation.Term n : names) {
                for (String id : names(layout, overColumns, n.name())) {
                    CellRef ref = overColumns ? new CellRef(table, id, index) : new CellRef(table, index, id);
                    out.add(new LinearConstraint.Term(n.sign(), ref));
                }
            }
            return out;
        }

        private Text describe(List<LinearConstraint.Term> terms) {
            StringBuilder zh = new StringBuilder();
            StringBuilder en = new StringBuilder();
            for (LinearConstraint.Term term : terms) {
                String op = term.sign() < 0 ? " − " : zh.length() == 0 ? "" : " + ";
                Text name = overColumns ? Labels.row(table, term.cell().row()) : Labels.column(table, term.cell().column());
                zh.append(op).append(name.zh());
                en.append(op).append(name.in(Lang.EN));
            }
            return Text.of(zh.toString(), en.toString());
        }

        private static Sum sum(Table t, List<LinearConstraint.Term> terms) {
            Sum s = new Sum();
            for (LinearConstraint.Term term : terms) {
                CellRef ref = term.cell();
                Cell cell = t.cell(ref.row(), ref.column()).orElse(null);
                if (cell == null) {
                    s.fail("missing", ref, "");
                } else if (cell.value() instanceof CellValue.Written w) {
                    s.fail(cell.unsure() ? "unsure" : "text", ref, w.text()); // a doubtful OCR reading is no text

                } else if (cell.value() instanceof CellValue.Number n) {
                    s.total = term.sign() > 0 ? s.total.add(n.value()) : s.total.subtract(n.value());
                } else {
                    s.blanks++;
                }
            }
            return s;
        }

        /** A side's sum, the blanks counted as 0, or why it cannot be summed. */
        private static final class Sum {
            BigDecimal total = BigDecimal.ZERO;
            int blanks;
            String problem;
            CellRef problemCell;
            String problemValue;

            void fail(String why, CellRef ref, String value) {
                if (problem == null) {
                    problem = why;
                    problemCell = ref;
                    problemValue = value;
                }
            }
        }
    }
}
