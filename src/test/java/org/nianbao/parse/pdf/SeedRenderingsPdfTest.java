package org.nianbao.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;

/**
 * The seed printed by other producers and layouts (src/test/resources/documents/pdf/README.md): Chromium's
 * print-to-PDF on A4 and Letter (Type 3 fonts; rows a page break cuts are left without their border), a table
 * whose first body row has blank cells, LibreOffice on A4 landscape with narrow margins in Noto Serif and in
 * WenQuanYi Zen Hei (each page's part of a table laid out on its own column grid; a header row cut between its
 * two lines), and a table cut right after its caption row. Each grid equals its HTML source's, cell for cell.
 */
class SeedRenderingsPdfTest {
    private static final Path DIR = Path.of("src/test/resources/documents/pdf");
    private static final Path SEED = Documents.SAMPLES.resolve("seed.html");

    @ParameterizedTest
    @CsvSource({"seed-chromium-a4.pdf,", "seed-chromium-letter.pdf,",
        "seed-blank-first-row-chromium-a4.pdf,sources/seed-blank-first-row.html",
        "seed-libreoffice-landscape-noto.pdf,", "seed-libreoffice-landscape-wqy.pdf,",
        "seed-libreoffice-landscape-noto-caption-split.pdf,"})
    void tablesEqualTheSourceGridCellForCell(String file, String source) throws Exception {
        RawDocument doc = Documents.parse(DIR.resolve(file));
        List<List<HtmlGridOracle.Expected>> expected = HtmlGridOracle.tables(source == null ? SEED
                : DIR.resolve(source));
        List<RawTable> tables = Documents.tables(doc);

        assertThat(tables).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(grid(tables.get(i))).as("table %d of %s", i + 1, file)
                    .containsExactlyInAnyOrderElementsOf(expected.get(i));
            for (int[] row : Documents.coverage(tables.get(i))) {
                assertThat(row).containsOnly(1);
            }
        }
        List<String> texts = new ArrayList<>();
        for (RawParagraph p : Documents.paragraphs(doc)) {
            texts.add(p.text());
        }
        assertThat(texts).contains("2、主动公开政府信息情况统计表", "3、收到和处理政府信息公开申请情况",
                "4、因政府信息公开工作被申请行政复议、提起行政诉讼情况统计表", "五、存在的主要问题及改进情况");
        assertThat(texts).noneSatisfy(t -> assertThat(t).contains("第二十条"));
    }

    private static List<HtmlGridOracle.Expected> grid(RawTable t) {
        List<HtmlGridOracle.Expected> cells = new ArrayList<>();
        for (RawCell c : t.cells()) {
            cells.add(new HtmlGridOracle.Expected(c.row(), c.col(), c.rowSpan(), c.colSpan(),
                    Documents.compact(c.text())));
        }
        return cells;
    }
}
