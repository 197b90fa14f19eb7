package org.nianbao.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.nianbao.model.Cell;
import org.nianbao.model.CellValue;
import org.nianbao.model.Report;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.rules.Severity;
import org.nianbao.rules.Violation;
import org.nianbao.run.FileResult;

/**
 * How one scan read back against its truth, cell by cell: exact (the truth's value, a blank as a blank), unsure
 * (marked so: the reader said it could not read it), silently wrong (another value, not marked — what must never
 * happen), missing (the row or table was lost); settled counts the unsure readings the balances chose (exact
 * or not); and the error-severity findings the truth does not have, those of the truth the scan misses, and
 * those the scan could not judge (the same rule and place reported not assessable: honest, but not found); and the
 * warnings the truth does not have (a narrative number misread by OCR would show there).
 */
record ScanScore(String source, String recipe, String format, int pages, double seconds, int cells, int exact,
        int unsure, List<String> silentlyWrong, List<String> missing, int settled, List<String> falseErrors,
        List<String> missedErrors, List<String> unjudgedErrors, List<String> foundErrors, String unreadable,
        List<String> unsureCells, List<String> falseWarnings) {

    double exactShare() {
        return cells == 0 ? 0 : (double) exact / cells;
    }

    static ScanScore of(String source, ScanRecipe recipe, int pages, double seconds, Report truth,
            Set<String> truthErrors, Set<String> truthWarnings, FileResult read) {
        if (read.unreadable() != null) {
            return new ScanScore(source, recipe.id(), read.inputFormat(), pages, seconds, count(truth), 0, 0, List.of(),
                    List.of(), 0,
                    List.of(), List.copyOf(truthErrors), List.of(), List.of(), read.unreadable().problem() + ": "
                    + read.unreadable().detail(), List.of(), List.of());
        }
        int cells = 0;
        int exact = 0;
        int unsure = 0;
        int settled = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> unsureCells = new ArrayList<>();
        for (TableId id : TableId.values()) {
            Optional<Table> expected = truth.table(id);
            Optional<Table> actual = read.report().table(id);
            for (String row : expected.map(Table::rowIds).orElse(List.of())) {
                for (Map.Entry<String, Cell> c : expected.get().row(row).entrySet()) {
                    cells++;
                    String where = id.id() + "/" + row + "/" + c.getKey();
                    Optional<Cell> got = actual.flatMap(t -> t.cell(row, c.getKey()));
                    if (got.isEmpty()) {
                        missing.add(where);
                        continue;
                    }
                    Cell g = got.get();
                    if (g.ocr() != null && g.ocr().settled() != null) {
                        settled++;
                    }
                    if (g.unsure()) {
                        unsure++;
                        unsureCells.add(where + ": " + show(c.getValue().value()) + " seen " + g.ocr());
                    } else if (same(c.getValue().value(), g.value())) {
                        exact++;
                    } else {
                        wrong.add(where + ": " + show(c.getValue().value()) + " → " + show(g.value()));
                    }
                }
            }
        }
        Set<String> errors = errors(read);
        List<String> falseErrors = errors.stream().filter(e -> !truthErrors.contains(e)).toList();
        // a rule reported not assessable on the same table: a row it needs lost, a cell unsure
        Set<String> unjudged = new TreeSet<>();
        findings(read, false).forEach(f -> unjudged.add(ruleAndTable(f)));
        List<String> missed = truthErrors.stream().filter(e -> !errors.contains(e)
                && !unjudged.contains(ruleAndTable(e))).toList();
        List<String> notJudged = truthErrors.stream().filter(e -> !errors.contains(e)
                && unjudged.contains(ruleAndTable(e))).toList();
        return new ScanScore(source, recipe.id(), read.inputFormat(), pages, seconds, cells, exact, unsure, wrong,
                missing, settled, falseErrors, missed, notJudged,
                truthErrors.stream().filter(errors::contains).toList(), null, unsureCells,
                falseWarnings(read, truthWarnings));
    }

    /** The rule and table of a finding: {@code T3.BALANCE@applications} of the balance of a column there. */
    private static String ruleAndTable(String finding) {
        int slash = finding.indexOf('/');
        return slash < 0 ? finding : finding.substring(0, slash);
    }

    private static int count(Report truth) {
        int n = 0;
        for (Table t : truth.tables().values()) {
            for (String row : t.rowIds()) {
                n += t.row(row).size();
            }
        }
        return n;
    }

    /** Error-severity findings by rule and place in the model ({@code T3.BALANCE@applications/*}). */
    static Set<String> errors(FileResult result) {
        return findings(result, true);
    }

    /**
     * Warning-severity findings by rule and place ({@code TEXT.NUMBER_MISMATCH@section:overview}): a narrative
     * number misread by OCR would show here as a warning the text layer does not have.
     */
    static Set<String> warnings(FileResult result) {
        return findings(result, true, Severity.WARNING);
    }

    private static List<String> falseWarnings(FileResult read, Set<String> truthWarnings) {
        return warnings(read).stream().filter(w -> !truthWarnings.contains(w)).toList();
    }

    /** Error-severity findings, assessable or not. */
    private static Set<String> findings(FileResult result, boolean assessable) {
        return findings(result, assessable, Severity.ERROR);
    }

    private static Set<String> findings(FileResult result, boolean assessable, Severity severity) {
        Set<String> out = new TreeSet<>();
        for (Violation v : result.evaluation().violations()) {
            if (v.assessable() == assessable && v.severity() == severity) {
                out.add(v.ruleId() + "@" + (v.where().table() != null || v.where().section() != null
                        ? v.where().key() : "report"));
            }
        }
        return out;
    }

    private static boolean same(CellValue truth, CellValue read) {
        if (truth instanceof CellValue.Number t && read instanceof CellValue.Number r) {
            return t.value().compareTo(r.value()) == 0;
        }
        return truth.getClass() == read.getClass() && Objects.equals(truth.display(), read.display());
    }

    private static String show(CellValue v) {
        return v instanceof CellValue.Blank ? "blank" : v instanceof CellValue.Written w ? "«" + w.text() + "»"
                : v.display();
    }
}
