package org.nianbao.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.model.Report;

/** Runs the rules of a profile over a report. */
public final class RuleEngine {
    private final RuleSet rules;

    public RuleEngine(RuleSet rules) {
        this.rules = rules;
    }

    public RuleSet rules() {
        return rules;
    }

    /** Every violation of the profile's rules, errors first, then in rule order. */
    public Evaluation evaluate(Report report, String profileOverride) {
        String profile = Profiles.choose(report, profileOverride);
        List<Violation> found = new ArrayList<>();
        List<CompiledRule> profileRules = rules.forProfile(profile);
        SharedReadings shared = new SharedReadings();
        for (CompiledRule rule : profileRules) {
            rule.check().evaluate(report, new Findings(rule.definition(), found, shared));
        }
        found.sort(Comparator.comparing(Violation::severity));
        return new Evaluation(profile, Suggestions.attach(report, profileRules, found, shared));
    }

    /**
     * What the rules read of this report when it is the year before another's: its body, year and format, and the
     * cells and sections each {@link ReadsLastYear} check names (of every profile). Checking a report against the
     * digest finds exactly what checking it against the whole report finds; the digest is a few KB.
     */
    public Report lastYearDigest(Report report) {
        Report digest = new Report().agency(report.agency()).year(report.year())
                .formatVersion(report.formatVersion());
        for (CompiledRule rule : rules.all()) {
            if (rule.check() instanceof ReadsLastYear reads) {
                reads.keep(report, digest);
            }
        }
        return digest;
    }

    /** The outcome of one evaluation. */
    public record Evaluation(String profile, List<Violation> violations) {
        public Evaluation {
            violations = List.copyOf(violations);
        }

        public long count(Severity severity) {
            return violations.stream().filter(v -> v.assessable() && v.severity() == severity).count();
        }
    }
}
