package org.nianbao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.model.Lang;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.Checker;
import org.nianbao.run.FileResult;
import org.nianbao.run.Readers;

/**
 * Every sample under samples/rules/ (JSON, or a document where the rule needs one) breaks exactly one rule: check reports exactly the violations its
 * {@code .expected} sidecar lists (rule, location, a piece of the Chinese message with the numbers), nothing else.
 * The seed itself gives no error and no warning.
 */
class RuleSamplesTest {
    private static Checker checker;

    @BeforeAll
    static void load() throws RuleFileException {
        checker = new Checker(new RuleEngine(RuleLoader.builtIn()), CheckOptions.DEFAULT, Readers.parsers(),
                Readers.recognizer());
    }

    static Stream<Path> samples() throws IOException {
        return Files.list(Path.of("samples/rules")).filter(p -> !p.toString().endsWith(".expected")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleBreaksExactlyItsRule(Path sample) throws IOException {
        String name = sample.getFileName().toString();
        String ruleId = name.substring(0, name.lastIndexOf('.'));
        List<String[]> expected = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("samples/rules/" + ruleId + ".expected"),
                StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                expected.add(line.split("\t"));
            }
        }
        assertThat(expected).as("the sidecar names the sample's own rule").allMatch(e -> e[0].equals(ruleId));

        FileResult result = checker.check(sample);
        List<Violation> found = result.evaluation().violations().stream().filter(Violation::assessable).toList();

        assertThat(found.stream().map(v -> v.ruleId() + " " + v.where().key()).toList())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(e -> e[0] + " " + e[1]).toList());
        for (String[] e : expected) {
            assertThat(found).filteredOn(v -> v.where().key().equals(e[1]))
                    .extracting(v -> v.message(Lang.ZH)).anyMatch(m -> m.contains(e[2]));
        }
    }

    @Test
    void everyCatalogueRuleHasABreakingSample() throws Exception {
        List<String> withSample = samples().map(p -> p.getFileName().toString().replaceAll("\\.\\w+$", ""))
                .toList();
        List<String> ids = RuleLoader.builtIn().all().stream().map(r -> r.definition().id())
                .filter(id -> !id.startsWith("XYEAR.")) // need last year's report too: CrossYearTest
                .filter(id -> !id.startsWith("AGG.")) // needs a region: AggregateCommandTest
                .filter(id -> !id.equals("CELL.OCR_UNSURE")) // needs a scan: OcrUnsureRuleTest, ScanReadingTest
                .toList();
        assertThat(withSample).containsAll(ids);
    }

    @Test
    void theSeedGivesNoErrorOrWarning() {
        FileResult result = checker.check(Path.of("samples/seed.json"));
        assertThat(result.status()).isEqualTo(FileResult.Status.PASS);
        assertThat(result.evaluation().violations()).extracting(Violation::severity).containsOnly(Severity.INFO);
        // the seed's numbered headings (2、 主动公开…统计表) are not the standard wording
        assertThat(result.evaluation().violations()).extracting(Violation::ruleId).containsOnly("SEC.HEADING");
    }
}
