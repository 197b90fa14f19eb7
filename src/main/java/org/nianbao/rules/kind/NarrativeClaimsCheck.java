package org.nianbao.rules.kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nianbao.model.CellRef;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionId;
import org.nianbao.rules.Check;
import org.nianbao.rules.DeclaresArguments;
import org.nianbao.rules.Findings;
import org.nianbao.rules.Labels;
import org.nianbao.rules.Where;
import org.nianbao.support.CompactText;

/**
 * {@code narrative}, test {@code claims}: a phrase such as 均获维持 or 所有申请均已办结 contradicted by a table cell
 * above 0 (corrected or pending cases; applications carried forward). Every occurrence is reported with its span.
 */
final class NarrativeClaimsCheck implements Check, DeclaresArguments {
    private final List<SectionId> sections;
    private final List<NarrativeKind.Claim> claims;

    NarrativeClaimsCheck(List<SectionId> sections, List<NarrativeKind.Claim> claims) {
        this.sections = List.copyOf(sections);
        // longest phrase first, so 所有申请均已办结 is one finding, not three (it contains 均已办结)
        this.claims = claims.stream().map(c -> new NarrativeKind.Claim(c.label(), c.phrases().stream()
                .sorted((a, b) -> b.length() - a.length()).toList(), c.whenPositive())).toList();
    }

    @Override
    public Set<String> arguments() {
        return Set.of("section", "quote", "claim", "cells", "values");
    }

    @Override
    public void evaluate(Report report, Findings out) {
        for (NarrativeKind.Claim claim : claims) {
            List<CellRef> positive = new ArrayList<>();
            StringBuilder zh = new StringBuilder();
            StringBuilder en = new StringBuilder();
            for (CellRef c : claim.whenPositive()) {
                BigDecimal v = CellSums.value(report, c);
                if (v != null && v.signum() > 0) {
                    positive.add(c);
                    var label = Labels.cell(c.table(), c.row(), c.column());
                    zh.append(zh.length() == 0 ? "" : "，").append(label.zh()).append(" 为 ").append(v.toPlainString());
                    en.append(en.length() == 0 ? "" : "; ").append(label.en()).append(" is ").append(v.toPlainString());
                }
            }
            if (positive.isEmpty()) {
                continue;
            }
            for (Section s : report.sections()) {
                if (sections.isEmpty() || sections.contains(s.id())) {
                    find(report, s, out.shared().compact(s), claim, positive,
                            org.nianbao.model.Text.of(zh.toString(), en.toString()), out);
                }
            }
        }
    }

    private void find(Report report, Section s, CompactText ct, NarrativeKind.Claim claim, List<CellRef> positive,
            org.nianbao.model.Text values, Findings out) {
        boolean[] taken = new boolean[ct.text().length()];
        for (String phrase : claim.phrases()) { // longest first
            int at = ct.text().indexOf(phrase);
            while (at >= 0) {
                int end = at + phrase.length();
                if (taken[at]) {
                    at = ct.text().indexOf(phrase, end);
                    continue;
                }
                java.util.Arrays.fill(taken, at, end, true);
                Where where = Where.section(s.id(), s.source().withSpan(ct.originalStart(at), ct.originalEnd(end)));
                out.add().at(where).cells(positive).arg("section", s.id().standardHeading()).arg("quote", phrase)
                        .arg("claim", claim.label()).arg("cells", claim.label()).arg("values", values)
                        .actual(phrase).seenOnScan(report).report(); // a misreading would not make a whole phrase
                at = ct.text().indexOf(phrase, end);
            }
        }
    }
}
