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

    /** LibreOffice's .odt of the seed's Word and HTML renderings, and its flat .fodt. */
    @ParameterizedTest
    @ValueSource(strings = {"seed-soffice.odt", "seed-html-soffice.odt", "seed-soffice.fodt"})
    void readsTheOdtRenderingsOfTheSeed(String name) throws Exception {
        Path file = Path.of("src/test/resources/documents/odt", name);
        assertThat(assertSameAsTheSeed(file).inputFormat()).isEqualTo("odt");
        assertThat(findings(file)).noneMatch(f -> f.contains(" ERROR "));
    }

    /** The seed with the numbers of its headings left to LibreOffice's outline numbering: the labels it prints. */
    @Test
    void readsTheSeedWhoseHeadingsAreNumberedByLibreOffice() throws Exception {
        Path file = Path.of("src/test/resources/documents/odt/numbered-report-soffice.odt");
        Report r = assertSameAsTheSeed(file, List.of("一、总体情况", "二、主动公开政府信息情况统计表", "三、收到和处理政府信息公开申请情况",
                "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况统计表", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
                // the seed's typed "3、" no longer differs from the standard heading; the added 统计表 still does
                List.of("SEC.HEADING INFO section:proactive", "SEC.HEADING INFO section:reviewLitigation"));
        assertThat(r.sections().get(0).text()).contains("\n（一）主动公开情况\n").contains("\n（五）监督保障情况\n");
    }

    private static Report assertSameAsTheSeed(Path file) throws Exception {
        return assertSameAsTheSeed(file, seed.sections().stream().map(s -> compact(s.heading())).toList(),
                seedFindings);
    }

    private static Report assertSameAsTheSeed(Path file, List<String> headings, List<String> expectedFindings)
            throws Exception {
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
        assertThat(r.sections()).extracting(s -> s.id() + " " + compact(s.heading())).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, headings.size()).mapToObj(i -> seed.sections().get(i).id() + " "
                        + compact(headings.get(i))).toList());
        for (int i = 0; i < seed.sections().size(); i++) {
            Section expected = seed.sections().get(i);
            assertThat(compact(r.sections().get(i).text())).as(expected.id().id())
                    .isEqualTo(compact(expected.text()));
        }
        for (TableId id : TableId.values()) {
            assertThat(values(r.table(id).orElseThrow())).as(id.id()).isEqualTo(values(seed.table(id).orElseThrow()));
        }
        assertThat(findings(file)).isEqualTo(expectedFindings);
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
