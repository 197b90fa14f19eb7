package org.nianbao.rules.kind;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionId;
import org.nianbao.rules.Check;
import org.nianbao.rules.DeclaresArguments;
import org.nianbao.rules.Findings;
import org.nianbao.rules.InvalidRuleException;
import org.nianbao.rules.Params;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.rules.RuleKind;
import org.nianbao.rules.Where;

/**
 * Kind {@code section}: the six sections. {@code params.test}: {@code present} (each listed section is there),
 * {@code order} (they appear in order), {@code unique} (none twice), {@code standard-heading} (headings use the
 * standard wording and numbering). {@code params.sections}: ids, default all six.
 */
public final class SectionKind implements RuleKind {

    @Override
    public String name() {
        return "section";
    }

    @Override
    public Check compile(RuleDefinition rule) throws InvalidRuleException {
        Params p = new Params(rule);
        String test = p.choice("test", "present", "order", "unique", "standard-heading");
        List<SectionId> sections = new ArrayList<>();
        for (String id : p.strings("sections")) {
            sections.add(SectionId.byId(id).orElseThrow(() -> new InvalidRuleException("unknown section '" + id
                    + "'")));
        }
        if (sections.isEmpty()) {
            sections.addAll(List.of(SectionId.values()));
        }
        return new SectionCheck(test, sections);
    }

    private record SectionCheck(String test, List<SectionId> sections) implements Check, DeclaresArguments {
        @Override
        public Set<String> arguments() {
            return Set.of("section", "heading", "standard", "previous", "count");
        }

        @Override
        public void evaluate(Report report, Findings out) {
            switch (test) {
                case "present" -> present(report, out);
                case "order" -> order(report, out);
                case "unique" -> unique(report, out);
                default -> headings(report, out);
            }
        }

        private void present(Report report, Findings out) {
            for (SectionId id : sections) {
                if (report.section(id).isEmpty()) {
                    out.add().unreadOnScan(report).at(Where.section(id, null)).arg("section", id.standardHeading())
                            .expected(id.standardHeading()).report();
                }
            }
        }

        private void order(Report report, Findings out) {
            Section previous = null;
            for (Section s : report.sections()) {
                if (!sections.contains(s.id())) {
                    continue;
                }
                if (previous != null && s.id().ordinal() < previous.id().ordinal()) {
                    out.add().at(Where.section(s.id(), s.source())).arg("section", s.id().standardHeading())
                            .arg("previous", previous.id().standardHeading()).seenOnScan(report).report();
                }
                previous = s;
            }
        }

        private void unique(Report report, Findings out) {
            Map<SectionId, Integer> counts = new EnumMap<>(SectionId.class);
            for (Section s : report.sections()) {
                int n = counts.merge(s.id(), 1, Integer::sum);
                if (n == 2 && sections.contains(s.id())) {
                    long total = report.sections().stream().filter(x -> x.id() == s.id()).count();
                    out.add().at(Where.section(s.id(), s.source())).arg("section", s.id().standardHeading())
                            .arg("count", total).actual(total).expected(1).seenOnScan(report).report();
                }
            }
        }

        private void headings(Report report, Findings out) {
            for (Section s : report.sections()) {
                String standard = s.id().standardHeading().zh();
                if (sections.contains(s.id()) && !normal(s.heading()).equals(STANDARD.get(s.id()))) {
                    out.add().unreadOnScan(report).at(Where.section(s.id(), s.source()))
                            .arg("section", s.id().standardHeading()).arg("heading", s.heading())
                            .arg("standard", standard)
                            .expected(standard).actual(s.heading()).report();
                }
            }
        }

        /** Each section's standard heading as compared. */
        private static final Map<SectionId, String> STANDARD = new EnumMap<>(SectionId.class);

        static {
            for (SectionId id : SectionId.values()) {
                STANDARD.put(id, normal(id.standardHeading().zh()));
            }
        }

        private static String normal(String heading) {
            String n = Normalizer.normalize(heading == null ? "" : heading, Normalizer.Form.NFKC);
            return Squeeze.spaces(n);
        }
    }
}
