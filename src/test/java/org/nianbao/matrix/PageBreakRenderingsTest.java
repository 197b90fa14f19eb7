package org.nianbao.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated reports of the wider sweep ({@code bench/accuracy.sh 30}) whose page breaks fell where the PDF reader
 * once lost numbers, each printed again by the producer that showed it and read back exactly (every cell, section
 * and fact, the truth's errors and no other). The set {@code RenderingMatrixTest} runs does not reach these breaks.
 */
class PageBreakRenderingsTest {
    private static final Path ROOT = Path.of("target/matrix");

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "gen-08-government-2024-s40 | wkhtmltopdf-a4 | a row line drawn twice 3 pt apart at a page's top",
        "gen-07-department-2021-s40 | lo-pdf-a4-narrow-noto-sans | table 4 cut after its header, a blank first value"})
    void readsExactly(String source, String producerId, String why) throws Exception {
        List<Source> sources = MatrixSources.all(30, MatrixSources.DEFAULT_SEED).stream()
                .filter(s -> s.name().equals(source)).toList();
        assertThat(sources).as("the generator no longer makes " + source).hasSize(1);
        Producer producer = Producers.all().stream().filter(p -> p.id().equals(producerId)).findFirst().orElseThrow();

        Matrix.Result result = Matrix.run(sources, List.of(producer), ROOT);

        String skipped = result.skipped().get(producerId);
        assumeTrue(skipped == null, () -> producerId + " skipped: " + skipped);
        assertThat(result.column(producerId)).hasSize(1);
        assertThat(KnownGaps.load().judge(producerId, result.column(producerId))).as(why).isEmpty();
    }
}
