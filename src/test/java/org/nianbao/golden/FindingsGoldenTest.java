package org.nianbao.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.corpus.GeneratedCorpus;
import org.nianbao.model.Lang;
import org.nianbao.model.Location;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleLoader;
import org.nianbao.rules.Suggestion;
import org.nianbao.rules.Violation;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.Checker;
import org.nianbao.run.FileResult;
import org.nianbao.run.Readers;

/**
 * Pins every finding the built-in rules make on the whole test corpus, so the rule engine rewritten for speed
 * (issue 16) is held to "the same findings, word for word" by {@code mvn -B test}: for each fixture under
 * {@code src/test/resources} ({@code documents/}, {@code reports/}), everything under {@code samples/}, the readers'
 * generated corpus (every format) and a larger generated JSON corpus with seeded defects (failed balances with their
 * likely wrong cells among them), {@code check}'s outcome — each violation's rule, severity, whether assessable, place,
 * cells, messages and fixes in both languages, expected and found values and the suggestion — is compared with
 * {@code src/test/resources/golden-findings/}.
 *
 * <p>A reader or a rule changed on purpose changes these files too: regenerate them with {@code bench/golden.sh}
 * ({@code -Dgolden.update=true}) and read the diff before committing it.
 */
class FindingsGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden-findings");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    /** The readers' golden corpus (ReaderGoldenTest): every format. */
    private static final int CORPUS_COUNT = 24;
    private static final long CORPUS_SEED = 16;
    /** JSON alone is quick to read: a wide net of seeded defects for the rules. */
    private static final int JSON_COUNT = 300;
    private static final long JSON_SEED = 1616;

    @Test
    void everyFindingIsAsPinned(@TempDir Path tmp) throws Exception {
        Checker checker = new Checker(new RuleEngine(RuleLoader.builtIn()), CheckOptions.DEFAULT, Readers.parsers(),
                Readers.recognizer());
        Map<String, Map<String, Path>> groups = new TreeMap<>();
        for (String root : List.of("documents", "reports")) {
            groups.put(root, files(Path.of("src/test/resources", root)));
        }
        groups.put("samples", files(Path.of("samples")));
        Path corpus = tmp.resolve("corpus");
        groups.put("corpus", written(corpus, GeneratedCorpus.write(CORPUS_SEED, CORPUS_COUNT, corpus)));
        Path json = tmp.resolve("corpus-json");
        groups.put("corpus-json", written(json, GeneratedCorpus.writeJson(JSON_SEED, JSON_COUNT, json)));
        List<String> differences = new ArrayList<>();
        int inputs = 0;
        for (Map.Entry<String, Map<String, Path>> group : groups.entrySet()) {
            StringBuilder actual = new StringBuilder();
            for (Map.Entry<String, Path> input : group.getValue().entrySet()) {
                actual.append(dump(input.getKey(), checker.check(input.getValue())));
                inputs++;
            }
            Path golden = GOLDEN.resolve(group.getKey() + ".txt");
            String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
            if (actual.toString().equals(expected)) {
                continue;
            }
            if (UPDATE) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            } else {
                differences.add(GoldenDump.firstDifference(group.getKey(), expected, actual.toString()));
            }
        }
        System.out.println("FindingsGoldenTest: " + inputs + " inputs" + (UPDATE ? ", golden files written" : ""));
        assertThat(differences).as("findings differ from src/test/resources/golden-findings; if the change is meant,"
                + " run bench/golden.sh and review `git diff src/test/resources/golden-findings`").isEmpty();
    }

    /** Every report file under a folder (the sources of renderings and expected outputs beside them left out). */
    private static Map<String, Path> files(Path root) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).filter(FindingsGoldenTest::isReport)
                    .forEach(f -> out.put(root.relativize(f).toString(), f));
        }
        return out;
    }

    private static Map<String, Path> written(Path dir, List<String> names) {
        Map<String, Path> out = new TreeMap<>();
        names.forEach(n -> out.put(n, dir.resolve(n)));
        return out;
    }

    private static boolean isReport(Path f) {
        String name = f.getFileName().toString();
        if (f.toString().contains("/sources/") || name.matches(".*\\.(expected|canonical|words)\\.json")) {
            return false;
        }
        return name.matches(".*\\.(docx|doc|odt|fodt|pdf|html|json)");
    }

    /** One file's outcome: every violation, in the engine's order, field by field. */
    static String dump(String name, FileResult result) {
        StringBuilder out = new StringBuilder("# ").append(name).append('\n');
        if (result.unreadable() != null) {
            return out.append("unreadable ").append(result.unreadable().problem().code()).append('\n').toString();
        }
        out.append("status ").append(result.status()).append(", profile ").append(result.evaluation().profile())
                .append('\n');
        for (Violation v : result.evaluation().violations()) {
            out.append("- ").append(v.ruleId()).append(' ').append(v.severity())
                    .append(v.assessable() ? "" : " not-assessable")
                    .append(v.variant() == null ? "" : " variant=" + v.variant())
                    .append(" at ").append(v.where().key()).append(place(v.where().source())).append('\n');
            for (Lang lang : Lang.values()) {
                out.append("  ").append(lang).append(": ").append(v.message(lang)).append(" | expected ")
                        .append(v.expected(lang)).append(" | found ").append(v.actual(lang)).append(" | fix ")
                        .append(v.fix(lang)).append('\n');
            }
            out.append("  cells ").append(v.cells()).append('\n');
            Suggestion s = v.suggestion();
            if (s != null) {
                out.append("  suggestion ").append(s.alternatives()).append(' ').append(s.changes()).append(" | ")
                        .append(s.text(Lang.ZH)).append(" | ").append(s.text(Lang.EN)).append('\n');
            }
        }
        return out.toString();
    }

    private static String place(Location l) {
        return l == null || l.equals(Location.NONE) ? "" : " @" + l;
    }
}
