package org.nianbao.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.model.Cell;
import org.nianbao.model.CellRef;
import org.nianbao.model.CellValue;
import org.nianbao.model.Proofreader;
import org.nianbao.model.Report;

/**
 * The balances as OCR's proof-reader: the equations of the profile's balance rules ({@link LinearRules}, the same
 * ones the rules check and {@link Localizer} searches), used to choose among the readings OCR allows for unsure
 * cells. Only an equation with one unsure cell left settles anything: it fixes that cell's value exactly, which is
 * taken when it is one of the readings OCR allows and every other equation over the cell whose cells are all known
 * holds with it; a cell settled so is known to the equations after it. An equation with two unsure cells or more
 * settles none of them, even when one combination of their readings alone makes it hold: a wrong reading of one cell
 * and a wrong reading of another can sum to the right total (a real report's 72 + 64 + 37 read as 2 + 84 + 87), and
 * a number taken that way would be a guess. Nothing is settled where the equation's value is not among the readings
 * (a real error, or the right reading was not seen).
 */
public final class BalanceProofreader implements Proofreader {
    private final RuleSet rules;

    public BalanceProofreader(RuleSet rules) {
        this.rules = rules;
    }

    @Override
    public Map<CellRef, BigDecimal> settle(Report report, Map<CellRef, List<BigDecimal>> candidates) {
        List<LinearConstraint> usable = new ArrayList<>();
        Map<CellRef, BigDecimal> known = new HashMap<>();
        for (LinearConstraint c : Suggestions.constraints(report, rules.forProfile(Profiles.choose(report, null)))) {
            if (involves(c, candidates.keySet()) && readable(report, c, candidates.keySet(), known)) {
                usable.add(c);
            }
        }
        Map<CellRef, BigDecimal> out = new LinkedHashMap<>();
        Set<CellRef> open = new HashSet<>(candidates.keySet());
        boolean progress = true;
        while (progress) {
            progress = false;
            for (LinearConstraint c : usable) {
                List<CellRef> unknown = cells(c).stream().filter(open::contains).distinct().toList();
                if (unknown.size() != 1) {
                    continue;
                }
                CellRef cell = unknown.get(0);
                BigDecimal value = solve(c, cell, known);
                if (value == null || candidates.get(cell).stream().noneMatch(v -> v.compareTo(value) == 0)) {
                    continue;
                }
                known.put(cell, value);
                if (usable.stream().filter(e -> cells(e).contains(cell))
                        .filter(e -> cells(e).stream().noneMatch(r -> open.contains(r) && !r.equals(cell)))
                        .allMatch(e -> holds(e, known))) {
                    open.remove(cell);
                    out.put(cell, value);
                    progress = true;
                } else {
                    known.remove(cell);
                }
            }
        }
        return out;
    }

    /** The value {@code cell} must have for the equation to hold, the others known; null if it cannot be told. */
    private static BigDecimal solve(LinearConstraint c, CellRef cell, Map<CellRef, BigDecimal> known) {
        BigDecimal rest = BigDecimal.ZERO;
        int sign = 0;
        for (LinearConstraint.Term t : c.left()) {
            if (t.cell().equals(cell)) {
                sign += t.sign();
            } else {
                rest = rest.add(known.get(t.cell()).multiply(BigDecimal.valueOf(t.sign())));
            }
        }
        for (LinearConstraint.Term t : c.right()) {
            if (t.cell().equals(cell)) {
                sign -= t.sign();
            } else {
                rest = rest.subtract(known.get(t.cell()).multiply(BigDecimal.valueOf(t.sign())));
            }
        }
        if (Math.abs(sign) != 1) {
            return null;
        }
        // sign * x + rest = 0
        return rest.negate().divide(BigDecimal.valueOf(sign));
    }

    private static boolean holds(LinearConstraint c, Map<CellRef, BigDecimal> values) {
        BigDecimal r = BigDecimal.ZERO;
        for (LinearConstraint.Term t : c.left()) {
            r = r.add(values.get(t.cell()).multiply(BigDecimal.valueOf(t.sign())));
        }
        for (LinearConstraint.Term t : c.right()) {
            r = r.subtract(values.get(t.cell()).multiply(BigDecimal.valueOf(t.sign())));
        }
        return r.signum() == 0;
    }

    private static List<CellRef> cells(LinearConstraint c) {
        List<CellRef> out = new ArrayList<>();
        c.left().forEach(t -> out.add(t.cell()));
        c.right().forEach(t -> out.add(t.cell()));
        return out;
    }

    private static boolean involves(LinearConstraint c, Set<CellRef> refs) {
        return cells(c).stream().anyMatch(refs::contains);
    }

    /** Whether every cell of the equation is a candidate or read as a number or blank (0); records the values. */
    private static boolean readable(Report report, LinearConstraint c, Set<CellRef> candidates,
            Map<CellRef, BigDecimal> known) {
        for (CellRef ref : cells(c)) {
            if (candidates.contains(ref)) {
                continue;
            }
            Cell cell = report.table(ref.table()).flatMap(t -> t.cell(ref.row(), ref.column())).orElse(null);
            if (cell == null || cell.value() instanceof CellValue.Written) {
                return false;
            }
            known.put(ref, cell.value() instanceof CellValue.Number n ? n.value() : BigDecimal.ZERO);
        }
        return true;
    }
}
