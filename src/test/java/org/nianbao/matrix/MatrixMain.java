package org.nianbao.matrix;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The matrix from the command line (bench/accuracy.sh): {@code MatrixMain [--generated N] [--seed S]
 * [--root DIR] [--out FILE]} renders the seed, the 洪泽区 report and N generated reports (6 by default, the set
 * {@code mvn -B test} runs), prints the accuracy table and writes it to FILE. Never fails on a gap: it measures.
 */
public final class MatrixMain {
    private MatrixMain() {
    }

    public static void main(String[] args) throws Exception {
        int generated = MatrixSources.DEFAULT_GENERATED;
        long seed = MatrixSources.DEFAULT_SEED;
        Path root = Path.of("target/matrix");
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--generated" -> generated = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--root" -> root = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use [--generated N] [--seed S] [--root DIR] [--out FILE]");
            }
        }
        Matrix.Result result = Matrix.run(MatrixSources.all(generated, seed), Producers.all(), root);
        String table = AccuracyTable.format(result, KnownGaps.load());
        if (out != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, table, StandardCharsets.UTF_8);
        }
        new PrintStream(System.out, true, StandardCharsets.UTF_8).print(table);
    }
}
