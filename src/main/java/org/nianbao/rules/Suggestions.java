package org.nianbao.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nianbao.model.CellRef;
import org.nianbao.model.Report;

/**
 * Attaches the likely wrong cell ({@link Localizer}) to the failed balances it explains, after the rules have run.
 * The equations are those of every balance rule of the profile ({@link LinearRules}), so the suggestion makes all of
 * them hold at once, not just the one it is shown on.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /** Every balance equation the profile's rules list for this report. */
    public static List<LinearConstraint> constraints(Report report, List<CompiledRule> rules) {
        List<LinearConstraint> out = new ArrayList<>();
        for (CompiledRule r : rules) {
            if (r.check() instanceof LinearRules linear) {
                out.addAll(linear.constraints(report));
            }
        }
        return out;
    }

    /**
     * The violations, those of balance rules that fail given a suggestion. A named suggestion goes to the failed
     * balances that involve one of its cells; "ambiguous" goes to every failed balance.
     */
    public static List<Violation> attach(Report report, List<CompiledRule> rules, List<Violation> violations) {
        return attach(report, rules, violations, new SharedReadings());
    }

    /** As {@link #attach(Report, List, List)}, reusing the residuals the balance rules recorded in {@code shared}. */
    static List<Violation> attach(Report report, List<CompiledRule> rules, List<Violation> violations,
            SharedReadings shared) {
        Set<String> balanceRules = new HashSet<>();
        rules.stream().filter(r -> r.check() instanceof LinearRules).forEach(r -> balanceRules.add(r.definition().id()));
        if (violations.stream().noneMatch(v -> v.assessable() && balanceRules.contains(v.ruleId()))) {
            return violations;
        }
        Optional<Suggestion> suggestion = Localizer.locate(report, constraints(report, rules), shared).suggestion();
        if (suggestion.isEmpty()) {
            return violations;
        }
        Suggestion s = suggestion.get();
        Set<CellRef> changed = new HashSet<>();
        s.changes().forEach(c -> changed.add(c.cell()));
        List<Violation> out = new ArrayList<>();
        for (Violation v : violations) {
            boolean concerned = v.assessable() && balanceRules.contains(v.ruleId())
                    && (!s.named() || v.cells().stream().anyMatch(changed::contains));
            out.add(concerned ? v.withSuggestion(s) : v);
        }
        return out;
    }
}
