package org.nianbao.matrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.corpus.HtmlSources;

/**
 * The reports the matrix renders: the seed (its real markup and its JSON), the real 洪泽区 2024 report (its
 * transcribed tables and words, printed as a page) and generated ones — a fixed spread of six by default.
 */
final class MatrixSources {
    static final String SEED = "seed";
    static final String HONGZE = "hongze";
    /** The report year's generated spread (see {@link HtmlSources}). */
    static final int DEFAULT_GENERATED = 6;
    static final long DEFAULT_SEED = 14;

    private static final Path REPORTS = Path.of("src/test/resources/reports");

    private MatrixSources() {
    }

    static List<Source> all(int generated, long seed) throws IOException {
        List<Source> out = new ArrayList<>();
        out.add(new Source(SEED, "the seed: 薛城区商务和投资促进局 2023, department, real markup",
                Files.readAllBytes(REPORTS.resolve("samples/seed.html")),
                Files.readString(Path.of("samples/seed.json"), StandardCharsets.UTF_8)));
        HtmlSources.HtmlSource hongze = HtmlSources.fromModel(HONGZE,
                "real: 淮安市洪泽区人民政府 2024, government, hybrid table 3, a row label with a typo",
                Files.readString(REPORTS.resolve("real/huaian-hongze-district-gov_2024.canonical.json")),
                Files.readString(REPORTS.resolve("real/huaian-hongze-district-gov_2024.words.json")));
        out.add(of(hongze));
        for (HtmlSources.HtmlSource g : HtmlSources.generated(generated, seed)) {
            out.add(of(g));
        }
        return out;
    }

    private static Source of(HtmlSources.HtmlSource s) {
        return new Source(s.name(), s.description(), s.html(), s.truthJson());
    }
}
