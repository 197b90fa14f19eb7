package org.nianbao.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.model.Cell;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.parse.html.PortalPage;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleLoader;
import org.nianbao.rules.Violation;

/**
 * The seed report in every rendering the team has (Word, Word 97, HTML, three PDFs, a GBK portal page, the HTML
 * LibreOffice exports) reads into the same model as the seed's JSON, cell for cell, and check reports the same.
 */
class SeedAcrossFormatsTest {
    private static Checker checker;
    private static Report seed;
    private static List<String> seedFindings;

    @BeforeAll
    static void readSeed() throws Exception {
        checker = new Checker(new RuleEngine(RuleLoader.builtIn()), CheckOptions.DEFAULT, Readers.parsers(),
                Readers.recognizer());
        seed = checker.read(Path.of("samples/seed.json"));
        seedFindings = findings(Path.of("samples/seed.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed.docx", "seed.doc", "seed.html", "seed.pdf", "seed-truetype.pdf",
        "seed-repeat-header.docx", "seed-repeat-header.pdf"})
    void readsTheSeedCellForCellAndChecksTheSame(String name) throws Exception {
        assertSameAsTheSeed(Path.of("src/test/resources/reports/samples", name));
    }

    @Test
    void readsTheSeedPublishedAsAGbkPortalPage(@TempDir Path tmp) throws Exception {
        String seedHtml = Files.readString(Path.of("src/test/resources/reports/samples/seed.html"), StandardCharsets.UTF_8);
        Path page = tmp.resolve("index.shtml");
        Files.write(page, PortalPage.wrap(PortalPage.bodyOf(seedHtml), "gb2312").getBytes(Charset.forName("GBK")));
        Report r = assertSameAsTheSeed(page);
        assertThat(r.published()).isEqualTo(LocalDate.of(2024, 1, 20));
        assertThat(r.publishedSource()).isEqualTo("page");
    }

    @Test
    void readsTheHtmlLibreOfficeExportsFromTheSeedDocx() throws Exception {
        assertSameAsTheSeed(Path.of("src/test/resources/documents/html/seed-libreoffice.html"));
    }

    private static Report assertSameAsTheSeed(Path file) throws Exception {
        Report r = checker.read(file);
        assertThat(r.title()).isEqualTo(seed.title());
        assertThat(r.agency()).isEqualTo(seed.agency());
        assertThat(r.year()).isEqualTo(seed.year());
        assertThat(r.level()).isEqualTo(seed.level());
        assertThat(r.period().start()).isEqualTo(seed.period().start());
        assertThat(r.period().end()).isEqualTo(seed.period().end());
        assertThat(compact(r.period().sentence())).isEqualTo(compact(seed.period().sentence()));
        assertThat(r.issued()).isEqualTo(seed.issued());
        assertThat(r.signatory()).isEqualTo(seed.signatory());
        assertThat(r.formatVersion()).isEqualTo(seed.formatVersion());
        assertThat(r.sections()).extracting(s -> s.id() + " " + compact(s.heading()))
                .containsExactlyElementsOf(seed.sections().stream().map(s -> s.id() + " " + compact(s.heading()))
                        .toList());
        for (int i = 0; i < seed.sections().size(); i++) {
            Section expected = seed.sections().get(i);
            assertThat(compact(r.sections().get(i).text())).as(expected.id().id())
                    .isEqualTo(compact(expected.text()));
        }
        for (TableId id : TableId.values()) {
            assertThat(values(r.table(id).orElseThrow())).as(id.id()).isEqualTo(values(seed.table(id).orElseThrow()));
        }
        assertThat(findings(file)).isEqualTo(seedFindings);
        return r;
    }

    private static Map<String, String> values(Table t) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (String row : t.rowIds()) {
            for (Map.Entry<String, Cell> c : t.row(row).entrySet()) {
                out.put(row + "/" + c.getKey(), c.getValue().value().display());
            }
        }
        return out;
    }

    private static List<String> findings(Path file) {
        return checker.check(file).evaluation().violations().stream()
                .map(v -> v.ruleId() + " " + v.severity() + " " + v.where().key()).sorted().toList();
    }

    private static String compact(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }
}
