package org.nianbao.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rendering matrix in {@code mvn -B test}: the seed, the real 洪泽区 report and six generated reports, rendered by
 * every producer installed here and read back. Each producer's column must read every rendering exactly (every
 * cell, every section, the truth's errors and no other) except the renderings listed in known-gaps.txt, and a
 * listed rendering that now reads exactly must come off the list. A producer that cannot run here is skipped,
 * with the reason. Prints the accuracy table; renderings are cached in target/matrix/cache.
 */
class RenderingMatrixTest {
    private static final Path ROOT = Path.of("target/matrix");

    private static Matrix.Result result;
    private static KnownGaps gaps;

    @BeforeAll
    static void runTheMatrix() throws Exception {
        gaps = KnownGaps.load();
        result = Matrix.run(MatrixSources.all(MatrixSources.DEFAULT_GENERATED, MatrixSources.DEFAULT_SEED),
                Producers.all(), ROOT);
        String table = AccuracyTable.format(result, gaps);
        Files.writeString(ROOT.resolve("accuracy.md"), table, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("Rendering matrix (also in " + ROOT.resolve("accuracy.md") + "):\n\n" + table);
    }

    /** The suite's later tests run in the same JVM, some near its heap limit: keep nothing of the matrix. */
    @AfterAll
    static void release() {
        result = null;
        gaps = null;
    }

    @TestFactory
    Stream<DynamicTest> everyProducerReadsEveryRenderingExactly() {
        return result.producers().stream().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            String skipped = result.skipped().get(p.id());
            assumeTrue(skipped == null, () -> p.id() + " skipped: " + skipped);
            List<DocumentScore> column = result.column(p.id());
            assertThat(column).as(p.id() + " made no rendering").isNotEmpty();
            assertThat(gaps.judge(p.id(), column)).as(p.id()).isEmpty();
        }));
    }

    @Test
    void knownGapsNameOnlyRenderingsOfTheMatrix() {
        assertThat(gaps.stale(result.pairs())).isEmpty();
    }
}
