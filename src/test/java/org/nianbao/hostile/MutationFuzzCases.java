package org.nianbao.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation fuzzer, one run per reader: iteration i mutates starting file i mod n of the reader
 * ({@link Seeds#variants}) with its own seed ({@link #seedOf}) and checks the result.
 * {@code -Dnianbao.fuzz.iterations=N} sets the iterations per reader (default {@value #DEFAULT_ITERATIONS}, for
 * CI); {@code -Dnianbao.fuzz.seed=S} starts another series. A failing input is written to
 * {@code target/hostile-crashes/} named by its seed and starting file, which replay it: add them to
 * {@code src/test/resources/hostile/seeds.txt} (or the file itself, when small) once the reader is fixed.
 */
abstract class MutationFuzzCases {
    static final int DEFAULT_ITERATIONS = 150;
    static final int ITERATIONS = Integer.getInteger("nianbao.fuzz.iterations", DEFAULT_ITERATIONS);
    static final long SERIES = Long.getLong("nianbao.fuzz.seed", 1);

    /** The seed of one iteration: series, reader and iteration number, so any one can be replayed alone. */
    static long seedOf(long series, String reader, int iteration) {
        return series * 1_000_003L * 31 + (long) reader.hashCode() * 1_000_003L + iteration;
    }

    @Test
    void json(@TempDir Path dir) throws IOException {
        fuzz("json", dir);
    }

    @Test
    void html(@TempDir Path dir) throws IOException {
        fuzz("html", dir);
    }

    @Test
    void docx(@TempDir Path dir) throws IOException {
        fuzz("docx", dir);
    }

    @Test
    void doc(@TempDir Path dir) throws IOException {
        fuzz("doc", dir);
    }

    @Test
    void pdf(@TempDir Path dir) throws IOException {
        fuzz("pdf", dir);
    }

    @Test
    void odt(@TempDir Path dir) throws IOException {
        fuzz("odt", dir);
    }

    private static void fuzz(String reader, Path dir) throws IOException {
        Trial trial = new Trial(dir);
        List<byte[]> starts = Seeds.variants(reader);
        for (int i = 0; i < ITERATIONS; i++) {
            long s = seedOf(SERIES, reader, i);
            byte[] input = new Mutator(s).mutate(starts.get(i % starts.size()), reader);
            HostileRun.Outcome o = trial.run(reader, reader + "-" + s, input);
            if (o.failure()) {
                Path keep = Path.of("target/hostile-crashes");
                Files.createDirectories(keep);
                Files.write(keep.resolve(reader + "-" + s + "-start" + i % starts.size()), input);
            }
        }
        List<String> failures = trial.failures();
        assertThat(failures).as("inputs that crashed or hung the " + reader + " reader (seeds replay them)")
                .isEmpty();
    }
}
