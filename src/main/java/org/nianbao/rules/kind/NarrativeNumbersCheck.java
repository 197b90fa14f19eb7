package org.nianbao.rules.kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.model.Level;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionId;
import org.nianbao.rules.Check;
import org.nianbao.rules.DeclaresArguments;
import org.nianbao.rules.Findings;
import org.nianbao.rules.Severity;
import org.nianbao.rules.Where;
import org.nianbao.support.ChineseNumerals;
import org.nianbao.support.CompactText;

/**
 * {@code narrative}, test {@code numbers}: every number a matcher finds in the narrative is compared with the sum of
 * its cells. A number that agrees is silent. One that disagrees is a warning, except when it is explained, which is
 * an info with the reason, never an error: it is approximate (5500余), the sentence carries a scope word that does
 * not fit the report's level, it equals another sum the matcher names (new plus carried-over applications), or
 * several matchers claim it and none agrees (ambiguous). A number whose cells hold text is an info too. The evidence
 * is the matched text and its span in the section's text.
 */
final class NarrativeNumbersCheck implements Check, DeclaresArguments {
    /** A run of numerals at least this long is masked before the search (see {@link #maskLongNumeralRuns}). */
    static final int LONG_RUN = 25;
    private final List<SectionId> sections;
    private final List<NarrativeKind.Matcher> matchers;
    private final List<String> governmentScope;
    private final List<String> departmentScope;
    /** Every character a match of some expression can begin with; null when one expression may begin anywhere. */
    private final BitSet starts;

    NarrativeNumbersCheck(List<SectionId> sections, List<NarrativeKind.Matcher> matchers, List<String> governmentScope,
            List<String> departmentScope) {
        this.sections = List.copyOf(sections);
        this.matchers = List.copyOf(matchers);
        this.governmentScope = List.copyOf(governmentScope);
        this.departmentScope = List.copyOf(departmentScope);
        BitSet union = new BitSet();
        boolean known = true;
        for (NarrativeKind.Matcher m : matchers) {
            for (NarrativeKind.NumberPattern p : m.patterns()) {
                known &= p.search().addStartsTo(union);
            }
        }
        this.starts = known ? union : null;
    }

    /** The matchers, in rule order (for tests). */
    List<NarrativeKind.Matcher> matchers() {
        return matchers;
    }

    @Override
    public Set<String> arguments() {
        return Set.of("section", "quote", "stated", "table", "cells", "word", "explanation");
    }

    /** One number found, with the matchers that claim it. */
    private record Hit(int start, int end, long value, boolean approximate, List<NarrativeKind.Matcher> by) {
    }

    @Override
    public void evaluate(Report report, Findings out) {
        for (Section s : report.sections()) {
            if ((sections.isEmpty() || sections.contains(s.id())) && s.text() != null && !s.text().isBlank()) {
                section(report, s, out);
            }
        }
    }

    private void section(Report report, Section s, Findings out) {
        CompactText ct = out.shared().compact(s);
        String t = maskLongNumeralRuns(ct.text());
        // one pass finds where any expression can start; each is then tried only there
        int[] positions = starts == null ? null : StartChars.positions(t, starts);
        Map<Integer, Hit> hits = new LinkedHashMap<>();
        for (NarrativeKind.Matcher m : matchers) {
            for (NarrativeKind.NumberPattern pattern : m.patterns()) {
                pattern.search().forEachMatch(t, positions, x -> found(x, pattern.approx(), m, hits));
            }
        }
        for (Hit h : hits.values()) {
            judge(report, s, ct, h, out);
        }
    }

    /**
     * A run of numerals longer than any count is masked with {@code #}, same length so spans hold: the number
     * patterns would rescan it from every position (100,000 digits took minutes). The text itself when it has none.
     */
    static String maskLongNumeralRuns(String t) {
        char[] masked = null;
        int run = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i < t.length() && numeral(t.charAt(i))) {
                run++;
                continue;
            }
            if (run >= LONG_RUN) {
                masked = masked == null ? t.toCharArray() : masked;
                java.util.Arrays.fill(masked, i - run, i, '#');
            }
            run = 0;
        }
        return masked == null ? t : new String(masked);
    }

    /** A character of a numeral run: digits (also full-width), Chinese numerals and units, separators. */
    private static boolean numeral(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９' || c == ',' || c == '，' || c == '.'
                || "零〇一二两三四五六七八九十百千万亿".indexOf(c) >= 0;
    }

    private static void found(java.util.regex.Matcher x, boolean hasApprox, NarrativeKind.Matcher m,
            Map<Integer, Hit> hits) {
        var value = ChineseNumerals.parse(x.group("n"));
        if (value.isEmpty()) {
            return;
        }
        boolean approx = hasApprox && x.group("approx") != null;
        Hit h = hits.computeIfAbsent(x.start("n"), k -> new Hit(x.start(), x.end(), value.getAsLong(),
                approx, new ArrayList<>()));
        if (!h.by().contains(m)) {
            h.by().add(m);
        }
    }

    private void judge(Report report, Section s, CompactText ct, Hit h, Findings out) {
        BigDecimal stated = BigDecimal.valueOf(h.value());
        for (NarrativeKind.Matcher m : h.by()) {
            BigDecimal table = CellSums.sum(report, m.cells());
            if (table != null && table.compareTo(stated) == 0) {
                return; // the narrative agrees with the table
            }
        }
        String quote = ct.text().substring(h.start(), h.end());
        Where where = Where.section(s.id(), s.source().withSpan(ct.originalStart(h.start()), ct.originalEnd(h.end())));
        NarrativeKind.Matcher m = h.by().get(0);
        BigDecimal table = CellSums.sum(report, m.cells());
        Findings.Builder b = out.add().at(where).cells(m.cells()).arg("section", s.id().standardHeading())
                .arg("quote", quote).arg("stated", h.value()).arg("cells", m.label())
                .arg("table", table == null ? "" : table).arg("word", "").arg("explanation", "")
                .expected(table).actual(h.value());
        if (h.by().size() > 1) {
            b.severity(Severity.INFO).variant("ambiguous").report();
            return;
        }
        if (table == null) {
            b.severity(Severity.INFO).variant("unchecked").report();
            return;
        }
        for (NarrativeKind.Alternative alt : m.alsoExplainedBy()) {
            BigDecimal other = CellSums.sum(report, alt.cells());
            if (other != null && other.compareTo(stated) == 0) {
                b.severity(Severity.INFO).variant("explained").arg("explanation", alt.label()).report();
                return;
            }
        }
        if (h.approximate()) {
            b.severity(Severity.INFO).variant("approximate").report();
            return;
        }
        String word = scopeWord(report.level(), sentence(ct.text(), h.start(), h.end()));
        if (word != null) {
            b.severity(Severity.INFO).variant("scope").arg("word", word).report();
            return;
        }
        b.misreadOnScan(report).report(); // on a scan one misread digit of the narrative would make it
    }

    /** A scope word of the sentence that does not fit the report's level (any, when the level is unknown). */
    private String scopeWord(Level level, String sentence) {
        List<String> words = new ArrayList<>();
        if (level != Level.DEPARTMENT) {
            words.addAll(governmentScope);
        }
        if (level != Level.GOVERNMENT) {
            words.addAll(departmentScope);
        }
        return words.stream().filter(sentence::contains).findFirst().orElse(null);
    }

    /** The sentence around a span: from the last 。；！？ before it to the next one. */
    private static String sentence(String t, int start, int end) {
        int a = start;
        while (a > 0 && "。；！？".indexOf(t.charAt(a - 1)) < 0) {
            a--;
        }
        int z = end;
        while (z < t.length() && "。；！？".indexOf(t.charAt(z)) < 0) {
            z++;
        }
        return t.substring(a, z);
    }
}
