package org.nianbao.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.parse.InputProblem;

/**
 * Chromium prints printed again by Ghostscript's pdfwrite, as a PDF printer or optimiser does. Ghostscript 10 gives
 * Chromium's Type 3 fonts a partly wrong Unicode map (本ç告 for 本报告, 、 as 1): such a reprint must read exactly or be
 * refused as {@code INPUT.NO_TEXT}, never read into errors that are not there.
 */
class ReprintedPdfTest {
    private static final Path ROOT = Path.of("target/matrix");

    @Test
    void ghostscriptReprintsReadExactlyOrAreRefused() throws Exception {
        Optional<String> gs = Tools.onPath("gs");
        assumeTrue(gs.isPresent(), "Ghostscript (gs, Debian package ghostscript) is not installed");
        List<Source> sources = MatrixSources.all(MatrixSources.DEFAULT_GENERATED, MatrixSources.DEFAULT_SEED)
                .subList(0, 3);
        Producer chromium = Producers.all().stream().filter(p -> p.id().equals("chromium-a4")).findFirst()
                .orElseThrow();
        Renderer renderer = new Renderer(ROOT);
        List<Rendering> prints = renderer.render(sources, List.of(chromium));
        assumeTrue(renderer.skipped().isEmpty(), () -> "chromium-a4 skipped: " + renderer.skipped());
        Scorer scorer = new Scorer();
        Path dir = ROOT.resolve("work/reprint");
        for (Rendering print : prints) {
            assertThat(print.failure()).as(print.source().name()).isNull();
            Path reprint = dir.resolve(print.source().name() + ".pdf");
            ExternalProcess.run(List.of(gs.get(), "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                    "-sOutputFile=" + reprint, print.file().toString()), 120, dir.resolve("gs.log"));

            DocumentScore score = scorer.score(Rendering.made(print.source(), print.producer(), reprint),
                    scorer.truth(print.source(), ROOT.resolve("work/truth")));

            boolean refused = score.unreadable() != null
                    && score.unreadable().startsWith(InputProblem.NO_TEXT.name());
            assertThat(score.exactly() || refused).as(print.source().name() + ": " + score.summary()).isTrue();
        }
    }
}
