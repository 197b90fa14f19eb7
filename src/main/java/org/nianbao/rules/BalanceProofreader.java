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
 * cells. Every combination of readings is tried (cells linked by an equation together; an equation is judged once
 * all its cells have a value, and an equation with a cell that is neither read nor a candidate is left out); a cell is
 * settled on a value when every combination that makes all its equations hold gives it that value, and at least one
 * does. Nothing is settled where no combination holds (a real error, or the right reading was not among those
 * allowed) or where the search would be too large.
 */
public final class BalanceProofreader implements Proofreader {
    /** Beyond this many partial combinations a group of linked cells is left unsure. */
    private static final int MAX_STEPS = 2_000_000;
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
        Set<CellRef> done = new HashSet<>();
        for (CellRef start : candidates.keySet()) {
            if (done.contains(start)) {
                continue;
            }
            List<CellRef> group = group(start, candidates.keySet(), usable);
            done.addAll(group);
            List<LinearConstraint> equations = usable.stream().filter(c -> involves(c, new HashSet<>(group))).toList();
            if (!equations.isEmpty()) {
                out.putAll(new Search(group, candidates, equations, known).settled());
            }
        }
        return out;
    }

    /** The candidate cells linked to {@code start} through equations. */
    private static List<CellRef> group(CellRef start, Set<CellRef> candidates, List<LinearConstraint> eqs) {
        List<CellRef> group = new ArrayList<>(List.of(start));
        for (int i = 0; i < group.size(); i++) {
            CellRef at = group.get(i);
            for (LinearConstraint c : eqs) {
                if (cells(c).contains(at)) {
                    for (CellRef other : cells(c)) {
                        if (candidates.contains(other) && !group.contains(other)) {
                            group.add(other);
                        }
                    }
                }
            }
        }
        return group;
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

    /** Backtracking over one group's readings, each equation judged as soon as its last cell has a value. */
    private static final class Search {
        private final List<CellRef> cells;
        private final Map<CellRef, List<BigDecimal>> candidates;
        private final Map<CellRef, BigDecimal> values;
        private final List<List<LinearConstraint>> completedAt = new ArrayList<>();
        private final List<Set<BigDecimal>> seen = new ArrayList<>();
        private int solutions;
        private int steps;

        Search(List<CellRef> cells, Map<CellRef, List<BigDecimal>> candidates, List<LinearConstraint> equations,
                Map<CellRef, BigDecimal> known) {
            this.cells = cells;
            this.candidates = candidates;
            this.values = new HashMap<>(known);
            for (int i = 0; i < cells.size(); i++) {
                completedAt.add(new ArrayList<>());
                seen.add(new HashSet<>());
            }
            for (LinearConstraint c : equations) {
                int last = -1;
                for (CellRef ref : cells(c)) {
                    last = Math.max(last, cells.indexOf(ref));
                }
                completedAt.get(last).add(c);
            }
        }

        Map<CellRef, BigDecimal> settled() {
            boolean finished = walk(0);
            Map<CellRef, BigDecimal> out = new LinkedHashMap<>();
            if (!finished || solutions == 0) {
                return out;
            }
            for (int i = 0; i < cells.size(); i++) {
                if (seen.get(i).size() == 1) {
                    out.put(cells.get(i), seen.get(i).iterator().next());
                }
            }
            return out;
        }

        /** False when the search grew too large. */
        private boolean walk(int i) {
            if (++steps > MAX_STEPS) {
                return false;
            }
            if (i == cells.size()) {
                solutions++;
                for (int k = 0; k < cells.size(); k++) {
                    seen.get(k).add(values.get(cells.get(k)));
                }
                return true;
            }
            CellRef ref = cells.get(i);
            for (BigDecimal v : candidates.get(ref)) {
                values.put(ref, v);
                if (completedAt.get(i).stream().allMatch(this::holds) && !walk(i + 1)) {
                    return false;
                }
            }
            values.remove(ref);
            return true;
        }

        private boolean holds(LinearConstraint c) {
            BigDecimal r = BigDecimal.ZERO;
            for (LinearConstraint.Term t : c.left()) {
                r = r.add(values.get(t.cell()).multiply(BigDecimal.valueOf(t.sign())));
            }
            for (LinearConstraint.Term t : c.right()) {
                r = r.subtract(values.get(t.cell()).multiply(BigDecimal.valueOf(t.sign())));
            }
            return r.signum() == 0;
        }
    }
}
