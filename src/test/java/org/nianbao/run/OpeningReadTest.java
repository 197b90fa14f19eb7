package org.nianbao.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.model.Report;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleLoader;

/**
 * The opening-only read that pairs a batch's years (a PDF's first page, without tables) names the same body and
 * year as the full read, on the seed in every rendering and on the real 淮安 2024 WPS export.
 */
class OpeningReadTest {
    static Stream<String> files() {
        return Stream.of("src/test/resources/reports/samples/seed.pdf", "src/test/resources/reports/samples/seed-truetype.pdf",
                "src/test/resources/reports/samples/seed-repeat-header.pdf", "src/test/resources/reports/real/huaian-city-gov_2024.pdf",
                "src/test/resources/reports/samples/seed.docx", "src/test/resources/reports/samples/seed.doc", "src/test/resources/reports/samples/seed.html",
                "samples/seed.json");
    }

    @ParameterizedTest
    @MethodSource("files")
    void namesTheSameBodyAndYearAsTheFullRead(String name) throws Exception {
        Checker checker = new Checker(new RuleEngine(RuleLoader.builtIn()), CheckOptions.DEFAULT, Readers.parsers(),
                Readers.recognizer());
        Path file = Path.of(name);
        Report full = checker.read(file);
        Report opening = checker.identifyQuietly(file).orElseThrow();
        assertThat(full.agency()).isNotBlank();
        assertThat(full.year()).isNotNull();
        assertThat(opening.agency()).isEqualTo(full.agency());
        assertThat(opening.year()).isEqualTo(full.year());
    }
}
