package org.nianbao.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.parse.ReadLimits;
import org.nianbao.run.Checker;

/**
 * Every limit is enforced by every reader it applies to: the seed report in each format, read with one limit set
 * just below what the seed needs, is {@code INPUT.TOO_LARGE} naming that limit's option. Pages apply to PDF only.
 */
abstract class LimitsCases {
    private static final ReadLimits D = ReadLimits.DEFAULT;

    @Test
    void eachLimitStopsEachReader(@TempDir Path dir) {
        Map<String, ReadLimits> limits = Map.of(
                "--max-size", new ReadLimits(1000, D.maxPages(), D.maxTableCells(), D.maxTextChars()),
                "--max-cells", new ReadLimits(D.maxBytes(), D.maxPages(), 50, D.maxTextChars()),
                "--max-text", new ReadLimits(D.maxBytes(), D.maxPages(), D.maxTableCells(), 500));
        Trial trial = new Trial(dir);
        List<String> wrong = new ArrayList<>();
        limits.forEach((option, limit) -> {
            Checker checker = HostileRun.checker(limit);
            Seeds.all().forEach((reader, seed) -> {
                HostileRun.Outcome o = trial.run(checker, reader, "limit-" + option + "-" + reader, seed);
                if (!o.kind().equals("INPUT.TOO_LARGE") || !o.detail().contains(option)) {
                    wrong.add(reader + " with " + option + ": " + o);
                }
            });
        });
        Checker pages = HostileRun.checker(new ReadLimits(D.maxBytes(), 4, D.maxTableCells(), D.maxTextChars()));
        HostileRun.Outcome pdf = trial.run(pages, "pdf", "limit-pages.pdf", Seeds.of("pdf"));
        assertThat(pdf.toString()).startsWith("INPUT.TOO_LARGE").contains("--max-pages");
        assertThat(wrong).isEmpty();
        assertThat(trial.failures()).isEmpty();
    }
}
