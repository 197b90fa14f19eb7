package org.nianbao.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.model.Cell;
import org.nianbao.model.CellRef;
import org.nianbao.model.CellValue;
import org.nianbao.model.Report;
import org.nianbao.model.Table;

/**
 * Error localisation (after Fellegi and Holt): the smallest set of cells — one, else two — whose change makes every
 * balance equation of the report hold. The search is exhaustive over the cells of the failing equations. For one cell,
 * each equation it appears in fixes its value; it works when they all agree, every other equation already holds and
 * the value is a non-negative whole number. For two cells the small linear system is solved; a pair the equations
 * cannot pin down (infinitely many solutions) is no answer. Equations with a cell holding text or missing are left
 * out: nothing is guessed about them.
 *
 * <p>When several sets work equally, a set whose every change is explained by a single typing slip
 * ({@link TypingSlips}) is preferred when it is the only such set; otherwise none is named.
 */
public final class Localizer {
    private static final int MAX_CANDIDATES = 400;

    private Localizer() {
    }

    /**
     * What the search found.
     *
     * @param solutions every set of the smallest size that makes all equations hold (empty: none of size 1 or 2)
     */
    public record Localization(List<List<Suggestion.Change>> solutions) {
        public Localization {
            solutions = List.copyOf(solutions);
        }

        /** The suggestion to show: the one set, the only slip-explained set, or "ambiguous"; empty when nothing. */
        public Optional<Suggestion> suggestion() {
            if (solutions.isEmpty()) {
                return Optional.empty();
            }
            if (solutions.size() == 1) {
                return Optional.of(Suggestion.of(solutions.get(0)));
            }
            List<List<Suggestion.Change>> slips = solutions.stream()
                    .filter(s -> s.stream().allMatch(c -> c.slip() != null)).toList();
            if (slips.size() == 1) {
                return Optional.of(Suggestion.of(slips.get(0)));
            }
            return Optional.of(Suggestion.ambiguous(solutions.size()));
        }
    }

    /**
     * The usable equations worked out once for the whole search: each one's residual (left minus right, with the
     * values found) and each candidate cell's coefficient in it (its signs on the left minus those on the right),
     * and for each candidate the failing equations it appears in ({@code touches}, a bit per equation). Every
     * candidate cell and pair is then tried against these, not by summing the equations again; a pair that leaves a
     * failing equation untouched cannot make it hold and is passed over before any arithmetic.
     */
    private record Equations(BigDecimal[] residuals, int[][] coefficients, Map<CellRef, Integer> index,
            long[][] touches, long[] failing) {
        static Equations of(List<LinearConstraint> eqs, BigDecimal[] residuals, Set<CellRef> candidates) {
            Map<CellRef, Integer> index = new HashMap<>();
            candidates.forEach(c -> index.put(c, index.size()));
            int[][] k = new int[eqs.size()][candidates.size()];
            for (int e = 0; e < eqs.size(); e++) {
                for (LinearConstraint.Term t : eqs.get(e).left()) {
                    Integer i = index.get(t.cell());
                    if (i != null) {
                        k[e][i] += t.sign();
                    }
                }
                for (LinearConstraint.Term t : eqs.get(e).right()) {
                    Integer i = index.get(t.cell());
                    if (i != null) {
                        k[e][i] -= t.sign();
                    }
                }
            }
            int words = (eqs.size() + 63) / 64;
            long[][] touches = new long[candidates.size()][words];
            long[] failing = new long[words];
            for (int e = 0; e < eqs.size(); e++) {
                if (residuals[e].signum() != 0) {
                    failing[e >>> 6] |= 1L << e;
                    for (int i = 0; i < candidates.size(); i++) {
                        if (k[e][i] != 0) {
                            touches[i][e >>> 6] |= 1L << e;
                        }
                    }
                }
            }
            return new Equations(residuals, k, index, touches, failing);
        }

        /** Whether every failing equation has cell a or cell b in it (with a coefficient other than 0). */
        boolean cover(int a, int b) {
            for (int w = 0; w < failing.length; w++) {
                if ((failing[w] & ~(touches[a][w] | touches[b][w])) != 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Searches the report's equations; no solution when every equation holds. */
    public static Localization locate(Report report, List<LinearConstraint> constraints) {
        return locate(report, constraints, new SharedReadings());
    }

    /**
     * As {@link #locate(Report, List)}, taking each equation's residual from {@code shared} when its balance rule
     * recorded it there (the rules have summed it already), summing only the others.
     */
    static Localization locate(Report report, List<LinearConstraint> constraints, SharedReadings shared) {
        Map<CellRef, BigDecimal> values = new HashMap<>();
        List<LinearConstraint> usable = new ArrayList<>();
        List<BigDecimal> residualList = new ArrayList<>();
        Set<CellRef> candidates = new LinkedHashSet<>();
        for (LinearConstraint c : constraints) {
            BigDecimal r = shared.wasSummed(c) ? shared.residual(c) : residual(report, c, values);
            if (r == null) {
                continue; // a cell holds text or is missing: nothing is guessed about this equation
            }
            usable.add(c);
            residualList.add(r);
            if (r.signum() != 0) {
                c.left().forEach(t -> candidates.add(t.cell()));
                c.right().forEach(t -> candidates.add(t.cell()));
            }
        }
        BigDecimal[] residuals = residualList.toArray(new BigDecimal[0]);
        if (candidates.isEmpty() || candidates.size() > MAX_CANDIDATES) {
            return new Localization(List.of());
        }
        Equations eqs = Equations.of(usable, residuals, candidates);
        List<List<Suggestion.Change>> solutions = new ArrayList<>();
        for (CellRef a : candidates) {
            one(a, eqs, report, values).ifPresent(ch -> solutions.add(List.of(ch)));
        }
        if (!solutions.isEmpty()) {
            return new Localization(solutions);
        }
        List<CellRef> list = new ArrayList<>(candidates);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                two(list.get(i), list.get(j), eqs, report, values).ifPresent(solutions::add);
            }
        }
        return new Localization(solutions);
    }

    private static Optional<Suggestion.Change> one(CellRef a, Equations eqs, Report report,
            Map<CellRef, BigDecimal> v) {
        int ia = eqs.index().get(a);
        BigDecimal delta = null;
        for (int e = 0; e < eqs.residuals().length; e++) {
            int k = eqs.coefficients()[e][ia];
            BigDecimal r = eqs.residuals()[e];
            if (k == 0) {
                if (r.signum() != 0) {
                    return Optional.empty();
                }
                continue;
            }
            BigDecimal d;
            try {
                d = r.negate().divide(BigDecimal.valueOf(k));
            } catch (ArithmeticException ex) {
                return Optional.empty(); // not a whole step: no plausible value
            }
            if (delta != null && delta.compareTo(d) != 0) {
                return Optional.empty();
            }
            delta = d;
        }
        return delta == null || delta.signum() == 0 ? Optional.empty() : change(a, value(report, a, v), delta);
    }

    private static Optional<List<Suggestion.Change>> two(CellRef a, CellRef b, Equations eqs, Report report,
            Map<CellRef, BigDecimal> v) {
        int ia = eqs.index().get(a);
        int ib = eqs.index().get(b);
        if (!eqs.cover(ia, ib)) {
            return Optional.empty(); // a failing equation has neither cell
        }
        int[][] k = eqs.coefficients();
        BigDecimal[] r = eqs.residuals();
        int[] used = new int[r.length]; // the equations with a or b in them
        int n = 0;
        for (int e = 0; e < r.length; e++) {
            if (k[e][ia] != 0 || k[e][ib] != 0) {
                used[n++] = e;
            }
        }
        for (int x = 0; x < n; x++) {
            int i = used[x];
            for (int y = x + 1; y < n; y++) {
                int j = used[y];
                int det = k[i][ia] * k[j][ib] - k[i][ib] * k[j][ia];
                if (det == 0) {
                    continue;
                }
                // the right-hand sides are the residuals negated
                BigDecimal da = r[j].multiply(BigDecimal.valueOf(k[i][ib]))
                        .subtract(r[i].multiply(BigDecimal.valueOf(k[j][ib])));
                BigDecimal db = r[i].multiply(BigDecimal.valueOf(k[j][ia]))
                        .subtract(r[j].multiply(BigDecimal.valueOf(k[i][ia])));
                BigDecimal d = BigDecimal.valueOf(det);
                try {
                    da = da.divide(d);
                    db = db.divide(d);
                } catch (ArithmeticException e) {
                    return Optional.empty();
                }
                for (int z = 0; z < n; z++) {
                    int m = used[z];
                    BigDecimal lhs = da.multiply(BigDecimal.valueOf(k[m][ia]))
                            .add(db.multiply(BigDecimal.valueOf(k[m][ib])));
                    if (lhs.add(r[m]).signum() != 0) {
                        return Optional.empty();
                    }
                }
                if (da.signum() == 0 || db.signum() == 0) {
                    return Optional.empty();
                }
                Optional<Suggestion.Change> ca = change(a, value(report, a, v), da);
                Optional<Suggestion.Change> cb = change(b, value(report, b, v), db);
                return ca.isPresent() && cb.isPresent() ? Optional.of(List.of(ca.get(), cb.get())) : Optional.empty();
            }
        }
        return Optional.empty(); // no two independent equations: the pair is not pinned down
    }

    /** The change, when the new value is a plausible count: non-negative, and whole when the old one was. */
    private static Optional<Suggestion.Change> change(CellRef cell, BigDecimal found, BigDecimal delta) {
        BigDecimal likely = found.add(delta);
        if (likely.signum() < 0 || (isWhole(found) && !isWhole(likely))) {
            return Optional.empty();
        }
        likely = likely.stripTrailingZeros();
        if (likely.scale() < 0) {
            likely = likely.setScale(0);
        }
        return Optional.of(new Suggestion.Change(cell, found, likely,
                TypingSlips.explain(found, likely).orElse(null)));
    }

    private static boolean isWhole(BigDecimal n) {
        return n.signum() == 0 || n.scale() <= 0 || n.stripTrailingZeros().scale() <= 0;
    }

    /**
     * Left minus right of an equation with the values found, each cell read once into {@code values} (blank as 0);
     * null when a cell is missing or holds text.
     */
    private static BigDecimal residual(Report report, LinearConstraint c, Map<CellRef, BigDecimal> values) {
        BigDecimal left = sum(report, c.left(), values);
        BigDecimal right = left == null ? null : sum(report, c.right(), values);
        return right == null ? null : left.subtract(right);
    }

    private static BigDecimal sum(Report report, List<LinearConstraint.Term> terms, Map<CellRef, BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (LinearConstraint.Term t : terms) {
            BigDecimal v = value(report, t.cell(), values);
            if (v == null) {
                return null;
            }
            total = t.sign() > 0 ? total.add(v) : total.subtract(v);
        }
        return total;
    }

    /** A cell's value read once into {@code values} (blank as 0); null when it is missing or holds text. */
    private static BigDecimal value(Report report, CellRef ref, Map<CellRef, BigDecimal> values) {
        BigDecimal v = values.get(ref);
        if (v == null) {
            Table table = report.table(ref.table()).orElse(null);
            Cell cell = table == null ? null : table.cell(ref.row(), ref.column()).orElse(null);
            if (cell == null || cell.value() instanceof CellValue.Written) {
                return null;
            }
            v = cell.value() instanceof CellValue.Number n ? n.value() : BigDecimal.ZERO;
            values.put(ref, v);
        }
        return v;
    }
}
