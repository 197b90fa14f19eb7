package org.nianbao.rules.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nianbao.model.Level;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionId;
import org.nianbao.model.TableId;
import org.nianbao.rules.Check;
import org.nianbao.rules.DeclaresArguments;
import org.nianbao.rules.Findings;
import org.nianbao.rules.InvalidRuleException;
import org.nianbao.rules.Params;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.rules.RuleKind;
import org.nianbao.rules.Where;

/**
 * Kind {@code text}: what the narrative says. {@code params.test}: {@code mention} (the text of
 * {@code params.section}, or of the whole report, contains one of {@code params.anyOf} and each of
 * {@code params.allOf}; only for {@code params.levels} when given), {@code not-empty} (a present section has content
 * of its own: more than one of {@code params.emptyWords}; a section whose table is present has content; in the
 * sections of {@code params.noneIsAnswer} one of the empty words is a full answer, so only no text at all counts).
 */
public final class TextKind implements RuleKind {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public Check compile(RuleDefinition rule) throws InvalidRuleException {
        Params p = new Params(rule);
        String test = p.choice("test", "mention", "not-empty");
        List<SectionId> sections = new ArrayList<>();
        for (String id : p.strings("sections")) {
            sections.add(SectionId.byId(id).orElseThrow(() -> new InvalidRuleException("unknown section '" + id + "'")));
        }
        List<Level> levels = new ArrayList<>();
        for (String id : p.strings("levels")) {
            levels.add(Level.byId(id).orElseThrow(() -> new InvalidRuleException("unknown level '" + id + "'")));
        }
        List<String> anyOf = p.strings("anyOf");
        List<String> allOf = p.strings("allOf");
        if (test.equals("mention") && anyOf.isEmpty() && allOf.isEmpty()) {
            throw new InvalidRuleException("a mention rule needs params.anyOf or params.allOf");
        }
        List<SectionId> noneIsAnswer = new ArrayList<>();
        for (String id : p.strings("noneIsAnswer")) {
            noneIsAnswer.add(SectionId.byId(id)
                    .orElseThrow(() -> new InvalidRuleException("unknown section '" + id + "'")));
        }
        List<String> emptyWords = p.strings("emptyWords");
        return new TextCheck(test, sections, levels, anyOf, allOf, anyOf.stream().map(Squeeze::spaces).toList(),
                allOf.stream().map(Squeeze::spaces).toList(), emptyWords, noneIsAnswer,
                emptyWords.stream().mapToInt(String::length).max().orElse(0));
    }

    /** {@code anyOfSqueezed}, {@code allOfSqueezed}: the terms without spaces, as the text is compared. */
    private record TextCheck(String test, List<SectionId> sections, List<Level> levels, List<String> anyOf,
            List<String> allOf, List<String> anyOfSqueezed, List<String> allOfSqueezed, List<String> emptyWords,
            List<SectionId> noneIsAnswer, int longestEmptyWord) implements Check, DeclaresArguments {

        @Override
        public Set<String> arguments() {
            return Set.of("section", "terms", "missing", "text");
        }

        @Override
        public void evaluate(Report report, Findings out) {
            if (!levels.isEmpty() && !levels.contains(report.level())) {
                return;
            }
            if (test.equals("mention")) {
                mention(report, out);
            } else {
                notEmpty(report, out);
            }
        }

        private void mention(Report report, Findings out) {
            String text;
            Where where = Where.REPORT;
            if (sections.isEmpty()) {
                text = Squeeze.spaces(report.fullText());
            } else {
                StringBuilder sb = new StringBuilder();
                for (SectionId id : sections) {
                    report.sections().stream().filter(s -> s.id() == id).forEach(s -> sb.append(s.text()));
                }
                if (sections.stream().noneMatch(id -> report.section(id).isPresent())) {
                    return; // the section itself is missing: SEC.MISSING says so
                }
                text = Squeeze.spaces(sb.toString());
                Section first = report.section(sections.get(0)).orElse(null);
                where = Where.section(sections.get(0), first == null ? null : first.source());
            }
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < allOf.size(); i++) {
                if (!text.contains(allOfSqueezed.get(i))) {
                    missing.add(allOf.get(i));
                }
            }
            boolean anyMissing = !anyOf.isEmpty() && anyOfSqueezed.stream().noneMatch(text::contains);
            if (anyMissing) {
                missing.add(String.join(" / ", anyOf));
            }
            if (!missing.isEmpty()) {
                out.add().at(where).arg("section", sections.isEmpty() ? "" : sections.get(0).standardHeading())
                        .arg("terms", String.join("、", allOf.isEmpty() ? anyOf : allOf))
                        .arg("missing", String.join("、", missing)).expected(String.join("、", missing))
                        .unreadOnScan(report).report();
            }
        }

        private void notEmpty(Report report, Findings out) {
            for (Section s : report.sections()) {
                if (!sections.isEmpty() && !sections.contains(s.id())) {
                    continue;
                }
                boolean hasTable = false;
                for (TableId t : TableId.values()) {
                    hasTable |= t.section() == s.id() && report.table(t).isPresent();
                }
                if (hasTable) {
                    continue;
                }
                // null: longer than any empty word, so neither empty nor only an empty word
                String own = Squeeze.spacesAndMarks(s.text(), longestEmptyWord);
                boolean onlyNone = own != null && emptyWords.contains(own) && !noneIsAnswer.contains(s.id());
                if (own != null && (own.isEmpty() || onlyNone)) {
                    out.add().at(Where.section(s.id(), s.source())).arg("section", s.id().standardHeading())
                            .arg("text", s.text() == null ? "" : s.text().strip()).actual(s.text())
                            .unreadOnScan(report).report(); // page OCR may have lost the section's lines
                }
            }
        }
    }
}
