package org.nianbao.matrix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.nianbao.rules.RuleFileException;

/** One run of the matrix: render every source with every producer, read each rendering back, score it. */
final class Matrix {
    private static final long READ_TIMEOUT_SECONDS = 120;
    /** Everything a run found, for the table and the assertions. */
    record Result(List<Source> sources, List<Producer> producers, Map<String, String> skipped,
            Map<String, String> versions, List<DocumentScore> scores, int rendered, double renderSeconds,
            double readSeconds) {

        List<DocumentScore> column(String producer) {
            return scores.stream().filter(s -> s.producer().equals(producer)).toList();
        }

        /** Every rendering the matrix makes, as {@code producer source}, whether or not its producer ran here. */
        Set<String> pairs() {
            Set<String> out = new LinkedHashSet<>();
            for (Producer p : producers) {
                for (Source s : sources) {
                    if (p.makes(s.name())) {
                        out.add(p.id() + " " + s.name());
                    }
                }
            }
            return out;
        }
    }

    private Matrix() {
    }

    /** The matrix of the given sources under {@code root} (renderings cached in root/cache). */
    static Result run(List<Source> sources, List<Producer> producers, Path root)
            throws IOException, RuleFileException {
        long start = System.nanoTime();
        Renderer renderer = new Renderer(root);
        List<Rendering> renderings = renderer.render(sources, producers);
        long rendered = System.nanoTime();
        Scorer scorer = new Scorer();
        Map<String, Scorer.Truth> truths = new LinkedHashMap<>();
        for (Source s : sources) {
            truths.put(s.name(), scorer.truth(s, root.resolve("work/truth")));
        }
        List<DocumentScore> scores = score(scorer, renderings, truths);
        long read = System.nanoTime();
        return new Result(sources, producers, renderer.skipped(), renderer.versions(), scores, renderer.made(),
                (rendered - start) / 1e9, (read - rendered) / 1e9);
    }

    /**
     * Reads the renderings on every core, as {@code check} does; a rendering whose reading overruns is scored as
     * unreadable (its thread is a daemon, so it cannot keep the run alive).
     */
    private static List<DocumentScore> score(Scorer scorer, List<Rendering> renderings,
            Map<String, Scorer.Truth> truths) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "nianbao-matrix-read");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<DocumentScore>> futures = new ArrayList<>();
            for (Rendering r : renderings) {
                futures.add(pool.submit(() -> scorer.score(r, truths.get(r.source().name()))));
            }
            List<DocumentScore> scores = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                Rendering r = renderings.get(i);
                try {
                    scores.add(futures.get(i).get(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS));
                } catch (TimeoutException e) {
                    futures.get(i).cancel(true);
                    scores.add(scorer.unread(r, truths.get(r.source().name()),
                            "reading took over " + READ_TIMEOUT_SECONDS + " s"));
                } catch (ExecutionException e) {
                    scores.add(scorer.unread(r, truths.get(r.source().name()), "the reader failed: " + e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while reading the renderings", e);
                }
            }
            return scores;
        } finally {
            pool.shutdownNow();
        }
    }
}
