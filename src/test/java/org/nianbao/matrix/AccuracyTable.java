package org.nianbao.matrix;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The accuracy table, as Markdown (it reads the same on a console and in bench/ACCURACY.md): one row per producer
 * with cells exact, wrong and missing, sections lost, false and missed errors by rule; then every rendering that
 * does not read exactly, and the legend.
 */
final class AccuracyTable {
    private AccuracyTable() {
    }

    static String format(Matrix.Result result, KnownGaps gaps) {
        StringBuilder b = new StringBuilder();
        b.append("| producer | docs | cells exact / total | exact | wrong | missing | extra | sections lost"
                + " | facts misread | false errors (error-severity findings the truth does not have)"
                + " | seeded errors missed | unreadable |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|\n");
        for (Producer p : result.producers()) {
            String skipped = result.skipped().get(p.id());
            if (skipped != null) {
                b.append("| ").append(p.id()).append(" | skipped: ").append(skipped)
                        .append(" | | | | | | | | | | |\n");
                continue;
            }
            List<DocumentScore> column = result.column(p.id());
            int cells = column.stream().mapToInt(DocumentScore::cells).sum();
            int exact = column.stream().mapToInt(DocumentScore::exact).sum();
            b.append("| ").append(p.id())
                    .append(" | ").append(column.size())
                    .append(" | ").append(exact).append(" / ").append(cells)
                    .append(" | ").append(cells == 0 ? "–" : String.format("%.2f%%", 100.0 * exact / cells))
                    .append(" | ").append(sum(column, s -> s.wrong().size()))
                    .append(" | ").append(sum(column, s -> s.missing().size()))
                    .append(" | ").append(sum(column, s -> s.extra().size()))
                    .append(" | ").append(sum(column, s -> s.sectionsMissing().size() + s.sectionsExtra().size()))
                    .append(" | ").append(sum(column, s -> s.metadata().size()))
                    .append(" | ").append(rules(column, DocumentScore::falseErrors))
                    .append(" | ").append(rules(column, DocumentScore::missedErrors))
                    .append(" | ").append(column.stream().filter(s -> s.unreadable() != null || s.failure() != null)
                            .count())
                    .append(" |\n");
        }
        b.append("\nRenderings that do not read exactly (KNOWN: listed in known-gaps.txt; NEW: not listed):\n\n");
        boolean any = false;
        for (DocumentScore s : result.scores()) {
            if (!s.exactly()) {
                any = true;
                KnownGaps.Gap gap = gaps == null ? null : gaps.find(s.producer(), s.source());
                b.append("- ").append(gaps == null ? "" : gap != null ? "KNOWN " : "NEW ").append(s.producer())
                        .append(' ').append(s.source()).append(": ").append(s.summary()).append('\n');
            }
        }
        if (!any) {
            b.append("- none\n");
        }
        b.append("\nProducers:\n\n");
        for (Producer p : result.producers()) {
            b.append("- `").append(p.id()).append("`: ").append(p.description()).append('\n');
        }
        b.append("\nReports:\n\n");
        for (Source s : result.sources()) {
            b.append("- `").append(s.name()).append("`: ").append(s.description()).append('\n');
        }
        b.append("\nTools: ").append(result.versions().entrySet().stream().map(e -> e.getValue())
                .collect(Collectors.joining("; "))).append(String.format(
                        ". %d renderings read; %d made in this run in %.1f s, the others from the cache or as"
                                + " published; reading and scoring %.1f s.%n",
                        result.scores().size(), result.rendered(), result.renderSeconds(), result.readSeconds()));
        return b.toString();
    }

    private static int sum(List<DocumentScore> column, java.util.function.ToIntFunction<DocumentScore> f) {
        return column.stream().mapToInt(f).sum();
    }

    private static String rules(List<DocumentScore> column,
            java.util.function.Function<DocumentScore, List<String>> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        for (DocumentScore s : column) {
            DocumentScore.byRule(findings.apply(s)).forEach((rule, n) -> counts.merge(rule, n, Integer::sum));
        }
        return counts.isEmpty() ? "0" : counts.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
