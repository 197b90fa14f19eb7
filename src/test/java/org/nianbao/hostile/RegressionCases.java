package org.nianbao.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that once crashed or hung a reader, kept as they were found: the small files under
 * {@code src/test/resources/hostile/} (named {@code READER-…}), and the fuzzer seeds in {@code seeds.txt}
 * ({@code READER SEED START # what it broke}, START indexing {@link Seeds#variants}) for inputs too large to keep.
 */
abstract class RegressionCases {
    private static final Path DIR = Path.of("src/test/resources/hostile");

    @Test
    void keptInputsGiveAReportOrAnOutcome(@TempDir Path dir) throws IOException {
        Trial trial = new Trial(dir);
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString();
                trial.run(name.substring(0, name.indexOf('-')), name, Files.readAllBytes(f));
            }
        }
        for (String line : Files.readAllLines(DIR.resolve("seeds.txt"), StandardCharsets.UTF_8)) {
            String entry = line.replaceFirst("#.*", "").strip();
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split("\\s+");
            long seed = Long.parseLong(parts[1]);
            byte[] start = Seeds.variants(parts[0]).get(Integer.parseInt(parts[2]));
            trial.run(parts[0], parts[0] + "-" + seed, new Mutator(seed).mutate(start, parts[0]));
        }
        List<String> failures = trial.failures();
        assertThat(failures).isEmpty();
    }
}
