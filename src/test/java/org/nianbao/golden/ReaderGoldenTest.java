package org.nianbao.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.corpus.GeneratedCorpus;

/**
 * Pins what every reader makes of the whole test corpus, so a reader rewritten for speed is held to "the same
 * output, cell for cell" by {@code mvn -B test}, not by hand: for each fixture under {@code src/test/resources}
 * ({@code documents/}, {@code reports/}), the seed samples and a generated corpus (every format, PDFs when a CJK
 * font is installed), the raw document the format's reader gives (every paragraph and cell with its place) and the
 * model as {@code extract} prints it are compared with {@code src/test/resources/golden/…}; a golden file whose
 * input is gone fails too.
 *
 * <p>A reader or recognizer changed on purpose changes its golden files: regenerate them with
 * {@code bench/golden.sh} (which runs this test with {@code -Dgolden.update=true}) and read the diff of
 * {@code src/test/resources/golden} before committing it — that diff is exactly what the change did to the readers'
 * output.
 */
class ReaderGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    /** Enough generated reports for every format and both table formats, few enough to keep the suite quick. */
    private static final int CORPUS_COUNT = 24;
    private static final long CORPUS_SEED = 16;
    /** More .docx alone: the format whose reader is being rewritten for speed (issue 16) gets the widest net. */
    private static final int DOCX_COUNT = 40;
    private static final long DOCX_SEED = 1616;

    @Test
    void everyReaderGivesItsGoldenOutput(@TempDir Path tmp) throws IOException {
        Map<String, Path> inputs = new TreeMap<>();
        for (Path root : List.of(Path.of("src/test/resources/documents"), Path.of("src/test/resources/reports"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).filter(ReaderGoldenTest::isFixture)
                        .forEach(f -> inputs.put(Path.of("src/test/resources").relativize(f).toString(), f));
            }
        }
        for (String sample : List.of("samples/seed.json", "samples/rules/JSON.SCHEMA.json",
                "samples/rules/TBL.LABEL.docx")) {
            inputs.put(sample, Path.of(sample));
        }
        Path corpus = tmp.resolve("corpus");
        for (String file : GeneratedCorpus.write(CORPUS_SEED, CORPUS_COUNT, corpus)) {
            inputs.put("corpus/" + file, corpus.resolve(file));
        }
        Path docx = tmp.resolve("corpus-docx");
        for (String file : GeneratedCorpus.writeDocx(DOCX_SEED, DOCX_COUNT, docx)) {
            inputs.put("corpus-docx/" + file, docx.resolve(file));
        }
        List<String> differences = new ArrayList<>();
        for (String stale : stale(inputs.keySet(), GeneratedCorpus.pdfsWritten())) {
            if (UPDATE) {
                Files.delete(GOLDEN.resolve(stale));
            } else {
                differences.add(stale + ": golden file of an input that is gone (run bench/golden.sh)");
            }
        }
        int written = 0;
        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            String actual = GoldenDump.of(input.getKey(), Files.readAllBytes(input.getValue()));
            Path golden = GOLDEN.resolve(input.getKey() + ".txt");
            String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
            if (actual.equals(expected)) {
                continue;
            }
            if (UPDATE) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                written++;
            } else {
                differences.add(GoldenDump.firstDifference(input.getKey(), expected, actual));
            }
        }
        System.out.println("ReaderGoldenTest: " + inputs.size() + " inputs" + (UPDATE ? ", " + written
                + " golden files written" : ""));
        assertThat(differences).as("readers' output differs from src/test/resources/golden; if the change is meant,"
                + " run bench/golden.sh and review `git diff src/test/resources/golden`").isEmpty();
    }

    /**
     * The golden files no input has any more, so a fixture removed or renamed cannot leave its golden file behind
     * unchecked; generated PDFs count as present where no CJK font lets them be written.
     */
    private static List<String> stale(Set<String> inputs, boolean pdfsWritten) throws IOException {
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            return files.filter(Files::isRegularFile).map(f -> GOLDEN.relativize(f).toString())
                    .filter(g -> !inputs.contains(g.substring(0, g.length() - ".txt".length())))
                    .filter(g -> pdfsWritten || !g.startsWith("corpus/pdf/")).sorted().toList();
        }
    }

    /** A report file a reader takes; the sources of renderings and the expected outputs beside them are not. */
    private static boolean isFixture(Path f) {
        String name = f.getFileName().toString();
        if (f.toString().contains("/sources/") || name.matches(".*\\.(expected|canonical|words)\\.json")) {
            return false;
        }
        return name.matches(".*\\.(docx|doc|odt|fodt|pdf|html|json)");
    }
}
