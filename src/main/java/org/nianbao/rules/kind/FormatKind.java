package org.nianbao.rules.kind;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.nianbao.model.FormatVersion;
import org.nianbao.model.Report;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.rules.Check;
import org.nianbao.rules.DeclaresArguments;
import org.nianbao.rules.Findings;
import org.nianbao.rules.InvalidRuleException;
import org.nianbao.rules.Params;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.rules.RuleKind;
import org.nianbao.rules.Severity;
import org.nianbao.rules.Where;

/**
 * Kind {@code format}: which national format the tables follow. {@code params.test}: {@code outdated} (the 2019
 * format for a report year from {@code params.from}; {@code params.severityByYear} softens given years) or
 * {@code hybrid} (tables disagree about the format).
 */
public final class FormatKind implements RuleKind {

    @Override
    public String name() {
        return "format";
    }

    @Override
    public Check compile(RuleDefinition rule) throws InvalidRuleException {
        Params p = new Params(rule);
        String test = p.choice("test", "outdated", "hybrid");
        int from = p.integer("from", 2021);
        Map<Integer, Severity> softened = new HashMap<>();
        JsonNode byYear = p.node().path("severityByYear");
        for (Iterator<Map.Entry<String, JsonNode>> it = byYear.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            try {
                softened.put(Integer.parseInt(e.getKey()), Severity.of(e.getValue().asText()));
            } catch (IllegalArgumentException ex) {
                throw new InvalidRuleException("params.severityByYear: '" + e.getKey() + ": " + e.getValue().asText()
                        + "' is not a year and a severity");
            }
        }
        return new FormatCheck(test, from, softened);
    }

    private record FormatCheck(String test, int from, Map<Integer, Severity> softened)
            implements Check, DeclaresArguments {
        @Override
        public Set<String> arguments() {
            return Set.of("year", "version", "table", "other", "otherVersion");
        }

        @Override
        public void evaluate(Report report, Findings out) {
            if (test.equals("outdated")) {
                outdated(report, out);
            } else {
                hybrid(report, out);
            }
        }

        private void outdated(Report report, Findings out) {
            Integer year = report.year();
            if (year == null || year < from || report.formatVersion() != FormatVersion.V2019) {
                return;
            }
            Findings.Builder b = out.add().at(Where.REPORT).arg("year", year).arg("version", "2019")
                    .expected("2021").actual("2019");
            if (softened.containsKey(year)) {
                b.severity(softened.get(year)).variant("softened");
            }
            // on a scan, a table that tells the format but was not read leaves the verdict to the others alone
            TableId unread = Stream.of(TableId.PROACTIVE, TableId.APPLICATIONS)
                    .filter(id -> report.table(id).map(t -> t.version() == null).orElse(true)).findFirst()
                    .orElse(null);
            if (unread != null) {
                b.arg("table", unread.displayName()).unreadOnScan(report);
            }
            b.report();
        }

        private static void hybrid(Report report, Findings out) {
            if (report.formatVersion() != FormatVersion.HYBRID) {
                return;
            }
            Table proactive = report.table(TableId.PROACTIVE).orElse(null);
            Table applications = report.table(TableId.APPLICATIONS).orElse(null);
            if (proactive != null && proactive.version() == FormatVersion.HYBRID) {
                out.add().variant("within").at(Where.table(TableId.PROACTIVE, proactive.source()))
                        .arg("table", TableId.PROACTIVE.displayName()).report();
                return;
            }
            if (applications != null && applications.version() == FormatVersion.HYBRID) {
                out.add().variant("within").at(Where.table(TableId.APPLICATIONS, applications.source()))
                        .arg("table", TableId.APPLICATIONS.displayName()).report();
                return;
            }
            String v1 = proactive == null || proactive.version() == null ? "?" : proactive.version().id();
            String v2 = applications == null || applications.version() == null ? "?" : applications.version().id();
            out.add().at(Where.table(TableId.APPLICATIONS, applications == null ? null : applications.source()))
                    .arg("table", TableId.PROACTIVE.displayName()).arg("version", v1)
                    .arg("other", TableId.APPLICATIONS.displayName()).arg("otherVersion", v2)
                    .expected(v1).actual(v2).report();
        }
    }
}
