package org.nianbao.rules.kind;

import java.util.Set;
import org.nianbao.model.Report;
import org.nianbao.rules.Check;
import org.nianbao.rules.DeclaresArguments;
import org.nianbao.rules.Findings;
import org.nianbao.rules.InvalidRuleException;
import org.nianbao.rules.Params;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.rules.RuleKind;

/**
 * Kind {@code metadata}: the title and the signature. {@code params.test}: {@code title} (a title naming the agency
 * and a year; whether it is the right year is DATE.YEAR_MISMATCH's question), {@code agency-agreement} (the title's agency and the signatory name the same body; one containing
 * the other, e.g. a government and its office, agrees).
 */
public final class MetadataKind implements RuleKind {

    @Override
    public String name() {
        return "metadata";
    }

    @Override
    public Check compile(RuleDefinition rule) throws InvalidRuleException {
        return new MetadataCheck(new Params(rule).choice("test", "title", "agency-agreement"));
    }

    private record MetadataCheck(String test) implements Check, DeclaresArguments {
        /** Compiled once: {@code String.matches} and {@code replaceAll} compile their expression on every call. */
        private static final java.util.regex.Pattern TITLE_YEAR =
                java.util.regex.Pattern.compile(".*(19|20)\\d{2}年.*");
        private static final java.util.regex.Pattern OFFICE = java.util.regex.Pattern.compile("(办公室|办公厅)$");

        @Override
        public Set<String> arguments() {
            return Set.of("title", "agency", "year", "signatory");
        }

        @Override
        public void evaluate(Report report, Findings out) {
            String title = compact(report.title());
            String agency = compact(report.agency());
            if (test.equals("title")) {
                if (title.isEmpty()) {
                    out.add().variant("missing").unreadOnScan(report).report();
                } else if (!agency.isEmpty() && !title.contains(agency)
                        || !TITLE_YEAR.matcher(title).matches()) {
                    out.add().arg("title", report.title()).arg("agency", report.agency() == null ? "" : report.agency())
                            .arg("year", report.year() == null ? "" : report.year()).actual(report.title())
                            .misreadOnScan(report).report();
                }
                return;
            }
            String signatory = compact(report.signatory());
            // a government's report signed by its office, with or without the city in front (淮安市洪泽区人民政府 and
            // 洪泽区人民政府办公室), names the same body
            String a = withoutOffice(agency);
            String b = withoutOffice(signatory);
            if (!a.isEmpty() && !b.isEmpty() && !a.contains(b) && !b.contains(a)) {
                out.add().arg("agency", report.agency()).arg("signatory", report.signatory())
                        .expected(report.agency()).actual(report.signatory())
                        .misreadOnScan(report).report(); // a scan's signatory often lies under the seal
            }
        }

        private static String withoutOffice(String name) {
            return OFFICE.matcher(name).replaceAll("");
        }

        private static String compact(String s) {
            return Squeeze.spaces(s);
        }
    }
}
