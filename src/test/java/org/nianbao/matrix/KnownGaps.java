package org.nianbao.matrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The renderings that do not read exactly on main today, each with its reason: {@code producer document reason…}
 * per line ({@code #} comments). A ratchet: a listed rendering that now reads exactly must be taken off the list,
 * and a rendering that fails without being listed fails the test.
 */
final class KnownGaps {
    static final Path FILE = Path.of("src/test/resources/matrix/known-gaps.txt");

    /** One listed rendering and the line it is on. */
    record Gap(String producer, String source, String reason, int line) {
    }

    private final Map<String, Gap> gaps;

    private KnownGaps(Map<String, Gap> gaps) {
        this.gaps = gaps;
    }

    static KnownGaps load() throws IOException {
        Map<String, Gap> gaps = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            if (parts.length < 3) {
                throw new IllegalArgumentException(FILE + ":" + (i + 1) + ": write 'producer document reason'");
            }
            Gap gap = new Gap(parts[0], parts[1], parts[2], i + 1);
            if (gaps.put(key(gap.producer(), gap.source()), gap) != null) {
                throw new IllegalArgumentException(FILE + ":" + (i + 1) + ": " + parts[0] + " " + parts[1]
                        + " is listed twice");
            }
        }
        return new KnownGaps(gaps);
    }

    Gap find(String producer, String source) {
        return gaps.get(key(producer, source));
    }

    /**
     * What the list and one column's scores disagree on: a failure not listed, a listed rendering that reads
     * exactly now, a listed rendering that was not made at all.
     */
    List<String> judge(String producer, List<DocumentScore> scores) {
        List<String> problems = new ArrayList<>();
        for (DocumentScore s : scores) {
            Gap gap = find(producer, s.source());
            if (s.failure() != null) {
                problems.add(producer + " " + s.source() + ": the producer made no file: " + s.failure());
            } else if (!s.exactly() && gap == null) {
                problems.add(producer + " " + s.source() + ": does not read exactly (" + s.summary()
                        + "); fix the reader, or add '" + producer + " " + s.source() + " <reason>' to " + FILE);
            } else if (s.exactly() && gap != null) {
                problems.add(producer + " " + s.source() + " now reads exactly: remove it from known-gaps.txt (line "
                        + gap.line() + ")");
            }
        }
        return problems;
    }

    /** Listed renderings that are not renderings of the matrix ({@code producer source} pairs). */
    List<String> stale(Set<String> pairs) {
        List<String> out = new ArrayList<>();
        for (Gap g : gaps.values()) {
            if (!pairs.contains(key(g.producer(), g.source()))) {
                out.add(FILE + ":" + g.line() + ": " + g.producer() + " " + g.source()
                        + " is not a rendering of the matrix: remove it from known-gaps.txt");
            }
        }
        return out;
    }

    private static String key(String producer, String source) {
        return producer + " " + source;
    }
}
