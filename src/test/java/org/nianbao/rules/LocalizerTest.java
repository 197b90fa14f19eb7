package org.nianbao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Cell;
import org.nianbao.model.CellRef;
import org.nianbao.model.CellValue;
import org.nianbao.model.Lang;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.json.JsonReportReader;

/**
 * Seeds single-cell errors into a balanced report — every cell of the applications and review tables, several wrong
 * values each — and measures how often the suggestion names the seeded cell with its true value.
 *
 * <p>A cell is identifiable in principle when no other cell appears in the same balance equations with proportional
 * coefficients (otherwise changing either explains the failures equally). For those the suggestion must always be
 * right; for the others it must never be wrong in silence: either it names the seeded cell or says it is ambiguous,
 * unless a unique typing slip singles out another cell (counted and printed).
 */
class LocalizerTest {
    private static RuleSet rules;

    @BeforeAll
    static void load() throws RuleFileException {
        rules = RuleLoader.builtIn();
    }

    private static Report balanced() throws Exception {
        Report r = new JsonReportReader().read(Files.readAllBytes(Path.of("samples/rules/CELL.BLANK.json")),
                ReadLimits.DEFAULT);
        // the sample's one blank cell counts as 0 and keeps the balances; make it a number
        r.table(TableId.APPLICATIONS).orElseThrow().put("denied.stateSecret", "commercial", Cell.of(CellValue.number(0)));
        return r;
    }

    private static List<LinearConstraint> constraints(Report r) {
        return Suggestions.constraints(r, rules.forProfile("2021"));
    }

    @Test
    void theBalancedReportHasNothingToLocate() throws Exception {
        Report r = balanced();
        assertThat(Localizer.locate(r, constraints(r)).solutions()).isEmpty();
    }

    @Test
    void namesADroppedDigitInATotal() throws Exception {
        Report r = balanced();
        // 二、上年结转 total 3 in the sample; the slip below shows the kind of text an auditor reads
        set(r, CellRef.parse("applications/newReceived/total"), 2);
        Suggestion s = Localizer.locate(r, constraints(r)).suggestion().orElseThrow();
        assertThat(s.named()).isTrue();
        assertThat(s.changes()).singleElement().satisfies(c -> {
            assertThat(c.cell()).isEqualTo(CellRef.parse("applications/newReceived/total"));
            assertThat(c.likely()).isEqualByComparingTo("27");
            assertThat(c.slip()).isEqualTo(TypingSlips.Slip.DROPPED);
        });
        assertThat(s.text(Lang.ZH)).contains("总计").contains("2 可能应为 27").contains("漏输一位数字");
        assertThat(s.text(Lang.EN)).contains("2 is likely 27 (a digit dropped)");
    }

    @Test
    void attachesTheSuggestionToTheFailedBalances() throws Exception {
        Report r = balanced();
        set(r, CellRef.parse("applications/granted/naturalPerson"), 80);
        RuleEngine.Evaluation e = new RuleEngine(rules).evaluate(r, null);
        List<Violation> balances = e.violations().stream().filter(v -> v.ruleId().startsWith("T3.")).toList();
        assertThat(balances).isNotEmpty().allSatisfy(v -> {
            assertThat(v.suggestion()).isNotNull();
            assertThat(v.suggestion().changes()).singleElement().satisfies(c -> {
                assertThat(c.cell()).isEqualTo(CellRef.parse("applications/granted/naturalPerson"));
                assertThat(c.likely()).isEqualByComparingTo("8");
                assertThat(c.slip()).as("8 → 80 adds a digit that is no neighbour's double").isNull();
            });
        });
    }

    @Test
    void twoWrongCellsAreFoundTogether() throws Exception {
        Report r = balanced();
        set(r, CellRef.parse("applications/granted/naturalPerson"), 9);
        set(r, CellRef.parse("applications/newReceived/commercial"), 4);
        Localizer.Localization l = Localizer.locate(r, constraints(r));
        assertThat(l.solutions()).anySatisfy(s -> assertThat(s).extracting(Suggestion.Change::cell)
                .containsExactlyInAnyOrder(CellRef.parse("applications/granted/naturalPerson"),
                        CellRef.parse("applications/newReceived/commercial")));
        assertThat(l.solutions()).allSatisfy(s -> assertThat(s).hasSize(2));
    }

    @Test
    void aReviewRowErrorIsAmbiguousAndNamesNoCell() throws Exception {
        Report r = balanced();
        // review: upheld 2, corrected 1, other 0, pending 1, total 4; upheld 2 → 3 could as well be total 4 → 5
        set(r, CellRef.parse("reviewLitigation/review/upheld"), 3);
        Suggestion s = Localizer.locate(r, constraints(r)).suggestion().orElseThrow();
        assertThat(s.named()).isFalse();
        assertThat(s.alternatives()).isGreaterThan(1);
        assertThat(s.text(Lang.ZH)).contains("无法判断");
    }

    @Test
    void seededSingleCellErrors() throws Exception {
        Report base = balanced();
        List<LinearConstraint> eqs = constraints(base);
        Set<CellRef> cells = new LinkedHashSet<>();
        eqs.forEach(c -> {
            c.left().forEach(t -> cells.add(t.cell()));
            c.right().forEach(t -> cells.add(t.cell()));
        });
        cells.removeIf(c -> c.table() == TableId.PROACTIVE);
        int cases = 0;
        int identifiableCases = 0;
        int identifiableRight = 0;
        int otherRight = 0;
        int otherAmbiguous = 0;
        int otherWrong = 0;
        for (CellRef cell : cells) {
            boolean identifiable = identifiable(cell, cells, eqs);
            long v = value(base, cell);
            for (long wrong : wrongValues(v)) {
                Report r = balanced();
                set(r, cell, wrong);
                Optional<Suggestion> s = Localizer.locate(r, constraints(r)).suggestion();
                boolean right = s.isPresent() && s.get().named() && s.get().changes().size() == 1
                        && s.get().changes().get(0).cell().equals(cell)
                        && s.get().changes().get(0).likely().longValueExact() == v;
                cases++;
                if (identifiable) {
                    identifiableCases++;
                    identifiableRight += right ? 1 : 0;
                } else if (right) {
                    otherRight++;
                } else if (s.isPresent() && !s.get().named()) {
                    otherAmbiguous++;
                } else {
                    otherWrong++;
                }
            }
        }
        System.out.printf("Localizer: %d seeded single-cell errors over %d cells; identifiable %d/%d named right;"
                + " not identifiable in principle %d: %d named right, %d reported ambiguous, %d named another cell%n",
                cases, cells.size(), identifiableRight, identifiableCases, cases - identifiableCases, otherRight,
                otherAmbiguous, otherWrong);
        assertThat(cells.size()).isGreaterThan(150);
        assertThat(identifiableCases).isGreaterThan(cases / 2);
        assertThat(identifiableRight).isEqualTo(identifiableCases);
        assertThat(otherWrong).as("a unique typing slip may single out the wrong cell, rarely")
                .isLessThanOrEqualTo((cases - identifiableCases) / 10);
    }

    /** Wrong values for a cell holding v: one off, far off, a digit dropped or doubled, ×10. */
    private static List<Long> wrongValues(long v) {
        Set<Long> out = new LinkedHashSet<>(List.of(v + 1, v + 7, v * 10 + v % 10, v + 100));
        if (v >= 10) {
            out.add(v / 10);
        }
        if (v >= 1) {
            out.add(v - 1);
        }
        out.remove(v);
        return new ArrayList<>(out);
    }

    /** No other cell has a proportional coefficient vector over the equations. */
    private static boolean identifiable(CellRef cell, Set<CellRef> cells, List<LinearConstraint> eqs) {
        Map<Integer, Integer> mine = signature(cell, eqs);
        for (CellRef other : cells) {
            if (other.equals(cell)) {
                continue;
            }
            Map<Integer, Integer> theirs = signature(other, eqs);
            if (theirs.keySet().equals(mine.keySet())) {
                int i = mine.keySet().iterator().next();
                boolean proportional = mine.keySet().stream()
                        .allMatch(k -> mine.get(k) * theirs.get(i) == theirs.get(k) * mine.get(i));
                if (proportional) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Map<Integer, Integer> signature(CellRef cell, List<LinearConstraint> eqs) {
        Map<Integer, Integer> out = new HashMap<>();
        for (int i = 0; i < eqs.size(); i++) {
            int k = 0;
            for (LinearConstraint.Term t : eqs.get(i).left()) {
                k += t.cell().equals(cell) ? t.sign() : 0;
            }
            for (LinearConstraint.Term t : eqs.get(i).right()) {
                k -= t.cell().equals(cell) ? t.sign() : 0;
            }
            if (k != 0) {
                out.put(i, k);
            }
        }
        return out;
    }

    private static long value(Report r, CellRef c) {
        CellValue v = r.table(c.table()).flatMap(t -> t.cell(c.row(), c.column())).orElseThrow().value();
        return v instanceof CellValue.Number n ? n.value().longValueExact() : 0;
    }

    private static void set(Report r, CellRef c, long value) {
        r.table(c.table()).orElseThrow().put(c.row(), c.column(), Cell.of(CellValue.number(value)));
    }

    @Test
    void typingSlips() {
        assertThat(TypingSlips.explain(new BigDecimal(1380), new BigDecimal(13810))).contains(TypingSlips.Slip.DROPPED);
        assertThat(TypingSlips.explain(new BigDecimal(1388), new BigDecimal(138))).contains(TypingSlips.Slip.DOUBLED);
        assertThat(TypingSlips.explain(new BigDecimal(1830), new BigDecimal(1380))).contains(TypingSlips.Slip.SWAPPED);
        assertThat(TypingSlips.explain(new BigDecimal(1390), new BigDecimal(1380))).contains(TypingSlips.Slip.MISTYPED);
        assertThat(TypingSlips.explain(new BigDecimal(1500), new BigDecimal(1380))).isEmpty();
        assertThat(TypingSlips.explain(new BigDecimal(1385), new BigDecimal(138))).isEmpty();
    }
}
