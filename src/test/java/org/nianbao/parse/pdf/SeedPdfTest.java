package org.nianbao.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;

/** The seed report in three PDF renderings (Noto/CFF, WenQuanYi/TrueType, repeated table headers). */
class SeedPdfTest {

    @ParameterizedTest
    @ValueSource(strings = {"seed.pdf", "seed-truetype.pdf", "seed-repeat-header.pdf"})
    void tablesEqualTheSourceGridCellForCell(String file) throws Exception {
        RawDocument doc = Documents.parse(Documents.SAMPLES.resolve(file));
        List<List<HtmlGridOracle.Expected>> expected = HtmlGridOracle.tables(Documents.SAMPLES.resolve("seed.html"));
        List<RawTable> tables = Documents.tables(doc);

        assertThat(doc.format()).isEqualTo(InputFormat.PDF);
        assertThat(tables).hasSize(3);
        assertThat(tables).extracting(t -> t.cells().size()).containsExactly(30, 215, 34);
        for (int i = 0; i < 3; i++) {
            assertThat(grid(tables.get(i))).as("table %d of %s", i + 1, file)
                    .containsExactlyInAnyOrderElementsOf(expected.get(i));
            for (int[] row : Documents.coverage(tables.get(i))) {
                assertThat(row).containsOnly(1);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed.pdf", "seed-truetype.pdf", "seed-repeat-header.pdf"})
    void splitRowsAndSpansAreReassembled(String file) throws Exception {
        RawTable applications = Documents.tables(Documents.parse(Documents.SAMPLES.resolve(file))).get(1);

        assertThat(applications.rowCount()).isEqualTo(28);
        assertThat(applications.columnCount()).isEqualTo(10);
        assertCell(applications, 0, 0, 3, 3, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
        assertCell(applications, 0, 3, 1, 7, "申请人情况");
        assertCell(applications, 4, 0, 1, 3, "二、上年结转政府信息公开申请数量");
        assertCell(applications, 5, 0, 22, 1, "三、本年度办理结果");
        assertCell(applications, 7, 1, 8, 1, "（三）不予公开");
        assertCell(applications, 23, 1, 3, 1, "（六）其他处理");
        // the 22-row label is one cell although the table goes on over one or two page breaks
        assertThat(applications.at(27, 9).source().page()).isGreaterThan(applications.at(5, 0).source().page());
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed.pdf", "seed-truetype.pdf", "seed-repeat-header.pdf"})
    void everyCellAndParagraphTextIsInThePublishedText(String file) throws Exception {
        RawDocument doc = Documents.parse(Documents.SAMPLES.resolve(file));
        String published = Documents.compact(Files.readString(Documents.SAMPLES.resolve("seed.txt"),
                StandardCharsets.UTF_8));

        for (RawTable t : Documents.tables(doc)) {
            for (RawCell c : t.cells()) {
                assertThat(published).contains(Documents.compact(c.text()));
            }
        }
        for (RawParagraph p : Documents.paragraphs(doc)) {
            assertThat(published).as("paragraph %s", p.text()).contains(Documents.compact(p.text()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed.pdf", "seed-truetype.pdf", "seed-repeat-header.pdf"})
    void narrativeHasTitleHeadingsAndThePeriodSentence(String file) throws Exception {
        List<String> texts = new ArrayList<>();
        for (RawParagraph p : Documents.paragraphs(Documents.parse(Documents.SAMPLES.resolve(file)))) {
            texts.add(p.text());
        }

        assertThat(texts).contains("薛城区商务和投资促进局", "2023年政府信息公开工作年度报告", "一、总体情况",
                "2、主动公开政府信息情况统计表", "3、收到和处理政府信息公开申请情况",
                "4、因政府信息公开工作被申请行政复议、提起行政诉讼情况统计表", "五、存在的主要问题及改进情况",
                "六、其他需要报告的事项", "（一）主动公开情况", "2024年1月16日");
        assertThat(texts).filteredOn(t -> t.startsWith("本报告根据")).singleElement().satisfies(t -> assertThat(t)
                .endsWith("本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。"));
        // a URL wrapped over two lines stays in its paragraph
        assertThat(texts).anySatisfy(t -> assertThat(t)
                .contains("（http://www.xuecheng.gov.cn/zwgk/xxgknb/2023xxgknb/）下载"));
        // table text is not narrative
        assertThat(texts).noneSatisfy(t -> assertThat(t).contains("申请人情况"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed.pdf", "seed-truetype.pdf"})
    void headingHintsComeFromFontSize(String file) throws Exception {
        List<RawParagraph> paragraphs = Documents.paragraphs(Documents.parse(Documents.SAMPLES.resolve(file)));

        assertThat(paragraphs).filteredOn(p -> p.text().equals("2023年政府信息公开工作年度报告"))
                .singleElement().satisfies(p -> {
                    assertThat(p.headingLevel()).isEqualTo(1);
                    assertThat(p.fontSize()).isEqualTo(18f);
                });
        assertThat(paragraphs).filteredOn(p -> p.text().equals("五、存在的主要问题及改进情况"))
                .singleElement().satisfies(p -> assertThat(p.headingLevel()).isEqualTo(2));
        assertThat(paragraphs).filteredOn(p -> p.text().startsWith("本报告根据"))
                .singleElement().satisfies(p -> assertThat(p.headingLevel()).isZero());
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed.pdf"})
    void locationsCarryPageAndBox(String file) throws Exception {
        RawDocument doc = Documents.parse(Documents.SAMPLES.resolve(file));

        for (RawTable t : Documents.tables(doc)) {
            for (RawCell c : t.cells()) {
                assertThat(c.source().page()).isBetween(2, 4);
                assertThat(c.source().tableIndex()).isEqualTo(t.index());
                assertThat(c.source().printedRow()).isEqualTo(c.row() + 1);
                assertThat(c.source().box()).matches("[\\d.]+,[\\d.]+,[\\d.]+,[\\d.]+");
            }
        }
        for (RawParagraph p : Documents.paragraphs(doc)) {
            assertThat(p.source().page()).isBetween(1, 5);
            assertThat(p.source().paragraph()).isPositive();
            assertThat(p.source().box()).matches("[\\d.]+,[\\d.]+,[\\d.]+,[\\d.]+");
        }
        assertThat(Documents.paragraphs(doc).get(0).source().box()).startsWith("213.0,");
    }

    private static List<HtmlGridOracle.Expected> grid(RawTable t) {
        List<HtmlGridOracle.Expected> cells = new ArrayList<>();
        for (RawCell c : t.cells()) {
            cells.add(new HtmlGridOracle.Expected(c.row(), c.col(), c.rowSpan(), c.colSpan(),
                    Documents.compact(c.text())));
        }
        return cells;
    }

    private static void assertCell(RawTable t, int row, int col, int rowSpan, int colSpan, String text) {
        RawCell c = t.at(row, col);
        assertThat(c).as("cell at %d,%d", row, col).isNotNull();
        assertThat(new int[] {c.row(), c.col(), c.rowSpan(), c.colSpan()})
                .containsExactly(row, col, rowSpan, colSpan);
        assertThat(Documents.compact(c.text())).isEqualTo(text);
    }
}
