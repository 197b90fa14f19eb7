package org.nianbao.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.parse.GridDump;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.doc.DocParser;

/** The seed report as a plain page, inside a GBK portal page, and as LibreOffice exports it. */
class HtmlParserSeedTest {
    private static final Path SEED = Path.of("src/test/resources/reports/samples/seed.html");
    private static final Path LIBREOFFICE = Path.of("src/test/resources/documents/html/seed-libreoffice.html");

    static RawDocument parse(byte[] bytes) throws ReadFailure {
        return new HtmlParser().parse(bytes, ReadLimits.DEFAULT);
    }

    private static String seed() throws Exception {
        return Files.readString(SEED, StandardCharsets.UTF_8);
    }

    @Test
    void seedGivesTheThreeGrids() throws Exception {
        List<RawTable> tables = GridDump.tables(parse(Files.readAllBytes(SEED)));

        assertThat(tables).extracting(t -> t.cells().size()).containsExactly(30, 215, 34);
        assertThat(tables).extracting(t -> t.rowCount() + "x" + t.columnCount())
            .containsExactly("14x4", "28x10", "4x15");
        RawTable t20 = tables.get(0);
        assertThat(t20.at(0, 2).colSpan()).isEqualTo(4);
        assertThat(t20.at(6, 3)).extracting(RawCell::col, RawCell::colSpan).containsExactly(1, 3);
        RawTable apps = tables.get(1);
        assertThat(apps.at(2, 2)).extracting(RawCell::row, RawCell::col, RawCell::rowSpan, RawCell::colSpan)
            .containsExactly(0, 0, 3, 3);
        assertThat(apps.at(0, 9).text()).isEqualTo("申请人情况");
        assertThat(apps.at(26, 0)).extracting(RawCell::row, RawCell::rowSpan, RawCell::text)
            .containsExactly(5, 22, "三、本年度办理结果");
        assertThat(apps.at(14, 1)).extracting(RawCell::row, RawCell::rowSpan, RawCell::text)
            .containsExactly(7, 8, "（三）不予公开");
        assertThat(apps.at(22, 2).text()).isEqualTo("5.要求行政机关确认或重新\n出具已获取信息");
        assertThat(apps.at(22, 9).source().printedRow()).isEqualTo(23);
        assertThat(apps.at(22, 9).source().printedColumn()).isEqualTo(10);
        RawTable review = tables.get(2);
        assertThat(review.at(0, 14).text()).isEqualTo("行政诉讼");
        assertThat(review.at(2, 0).text()).isEqualTo("结果\n维持");
        assertThat(review.at(1, 10).colSpan()).isEqualTo(5);
    }

    @Test
    void seedGridsEqualTheDocGrids() throws Exception {
        List<RawTable> html = GridDump.tables(parse(Files.readAllBytes(SEED)));
        List<RawTable> doc = GridDump.tables(new DocParser().parse(
            Files.readAllBytes(Path.of("src/test/resources/reports/samples/seed.doc")), ReadLimits.DEFAULT));

        assertThat(html).extracting(GridDump::of).containsExactlyElementsOf(doc.stream().map(GridDump::of).toList());
    }

    @Test
    void seedParagraphsComeInOrderWithHeadings() throws Exception {
        RawDocument doc = parse(Files.readAllBytes(SEED));
        List<RawParagraph> paragraphs = GridDump.paragraphs(doc);

        assertThat(paragraphs).hasSize(32);
        assertThat(paragraphs.get(0)).extracting(RawParagraph::text, RawParagraph::headingLevel)
            .containsExactly("薛城区商务和投资促进局\n2023年政府信息公开工作年度报告", 1);
        assertThat(paragraphs.get(2)).extracting(RawParagraph::text, RawParagraph::headingLevel)
            .containsExactly("一、总体情况", 2);
        assertThat(paragraphs.get(4)).extracting(RawParagraph::text, RawParagraph::headingLevel)
            .containsExactly("（一）主动公开情况", 3);
        assertThat(paragraphs.get(5).text()).endsWith("建议提案办理等各类信息48条。");
        assertThat(paragraphs.get(31).text()).isEqualTo("2024年1月16日");
        assertThat(paragraphs).filteredOn(p -> p.headingLevel() > 0).hasSize(14);
        assertThat(kinds(doc)).containsSubsequence("P:2、 主动公开政府信息情况统计表", "T", "P:3、 收到和处理政府信息公开申请情况", "T",
            "P:4、 因政府信息公开工作被申请行政复议、提起行政诉讼情况统计表", "T", "P:五、存在的主要问题及改进情况");
        assertThat(paragraphs).extracting(p -> p.source().paragraph()).isSorted().doesNotHaveDuplicates();
        // the signature date is not a publication date
        assertThat(doc.published()).isNull();
    }

    @Test
    void gbkPortalPageGivesTheSameParagraphsAndGridsAsTheSeed() throws Exception {
        RawDocument plain = parse(Files.readAllBytes(SEED));
        String page = PortalPage.wrap(PortalPage.bodyOf(seed()), "gb2312");
        RawDocument portal = parse(page.getBytes(Charset.forName("GBK")));

        assertSameContent(portal, plain);
        assertThat(portal.published()).isEqualTo(LocalDate.of(2024, 1, 20));
    }

    @Test
    void disclosurePlatformMetadataTableIsNotReport() throws Exception {
        // 信息公开 platforms put an index table (索引号, 成文日期, 发布日期…) above the article
        RawDocument plain = parse(Files.readAllBytes(SEED));
        String metadata = """
            <table class="xxgk"><tr><td>索引号：</td><td>11370403MB2853625K/2024-00012</td><td>发布机构：</td>
            <td>区商务和投资促进局</td></tr><tr><td>主题分类：</td><td>政务公开</td><td>成文日期：</td><td>2024-01-16</td></tr>
            <tr><td>名称：</td><td>薛城区商务和投资促进局2023年政府信息公开工作年度报告</td><td>发布日期：</td>
            <td>2024-01-21</td></tr></table>""";
        String page = PortalPage.wrap(metadata + PortalPage.bodyOf(seed()), "utf-8")
            .replace("发布时间：2024-01-20 09:30", "");
        RawDocument portal = parse(page.getBytes(StandardCharsets.UTF_8));

        assertSameContent(portal, plain);
        assertThat(portal.published()).isEqualTo(LocalDate.of(2024, 1, 21));
    }

    @Test
    void libreOfficeExportGivesTheSameGridsAndParagraphs() throws Exception {
        RawDocument plain = parse(Files.readAllBytes(SEED));
        RawDocument exported = parse(Files.readAllBytes(LIBREOFFICE));

        assertThat(GridDump.tables(exported)).extracting(GridDump::of)
            .containsExactlyElementsOf(GridDump.tables(plain).stream().map(GridDump::of).toList());
        // LibreOffice wraps "2、 主动…" as "2、\n主动…" in its source: compare paragraphs without whitespace
        assertThat(GridDump.paragraphs(exported)).extracting(p -> p.text().replaceAll("\\s", ""))
            .containsExactlyElementsOf(GridDump.paragraphs(plain).stream()
                .map(p -> p.text().replaceAll("\\s", "")).toList());
        assertThat(GridDump.paragraphs(exported)).extracting(RawParagraph::headingLevel)
            .containsExactlyElementsOf(GridDump.paragraphs(plain).stream().map(RawParagraph::headingLevel).toList());
    }

    @Test
    void encodingFromBomDeclarationOrDetection() throws Exception {
        RawDocument plain = parse(Files.readAllBytes(SEED));
        String withoutMeta = seed().replace("<meta charset=\"utf-8\">", "");
        String gb2312Meta = seed().replace("<meta charset=\"utf-8\">", "<meta charset=\"gb2312\">");

        // UTF-8 without any declaration: detected as valid UTF-8
        assertSameContent(parse(withoutMeta.getBytes(StandardCharsets.UTF_8)), plain);
        // GBK bytes without any declaration: not UTF-8, read as GB18030
        assertSameContent(parse(withoutMeta.getBytes(Charset.forName("GBK"))), plain);
        // a BOM wins over a wrong declaration
        assertSameContent(parse(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            gb2312Meta.getBytes(StandardCharsets.UTF_8))), plain);
        assertSameContent(parse(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
            withoutMeta.getBytes(StandardCharsets.UTF_16LE))), plain);
        // a declaration the bytes contradict (a page re-saved in another encoding) is not followed
        assertSameContent(parse(gb2312Meta.getBytes(StandardCharsets.UTF_8)), plain);
        assertSameContent(parse(seed().getBytes(Charset.forName("GBK"))), plain);
        // a GB2312 declaration with characters only GBK/GB18030 has (镕, 堃) still decodes them
        String rare = gb2312Meta.replace("薛城区商务和投资促进局</p>", "朱镕堃</p>");
        assertThat(GridDump.paragraphs(parse(rare.getBytes(Charset.forName("GB18030"))))
            .get(30).text()).isEqualTo("朱镕堃");
    }

    @Test
    void timePerPage() throws Exception {
        byte[][] pages = {Files.readAllBytes(SEED), Files.readAllBytes(LIBREOFFICE),
            PortalPage.wrap(PortalPage.bodyOf(seed()), "gb2312").getBytes(Charset.forName("GBK"))};
        String[] names = {"seed.html", "seed-libreoffice.html", "portal (GBK)"};
        for (int p = 0; p < pages.length; p++) {
            long[] nanos = new long[60];
            for (int i = 0; i < 40; i++) {
                parse(pages[p]);
            }
            for (int i = 0; i < nanos.length; i++) {
                long t0 = System.nanoTime();
                assertThat(GridDump.tables(parse(pages[p]))).hasSize(3);
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            System.out.printf("HtmlParser %s: median %.2f ms over %d warm runs%n", names[p],
                nanos[nanos.length / 2] / 1e6, nanos.length);
        }
    }

    static void assertSameContent(RawDocument actual, RawDocument expected) {
        assertThat(kinds(actual)).containsExactlyElementsOf(kinds(expected));
        assertThat(GridDump.tables(actual)).extracting(GridDump::of)
            .containsExactlyElementsOf(GridDump.tables(expected).stream().map(GridDump::of).toList());
        assertThat(GridDump.paragraphs(actual)).extracting(RawParagraph::headingLevel)
            .containsExactlyElementsOf(GridDump.paragraphs(expected).stream().map(RawParagraph::headingLevel).toList());
    }

    /** Each block as "P:text" or "T", in order. */
    static List<String> kinds(RawDocument doc) {
        List<String> kinds = new ArrayList<>();
        for (RawBlock b : doc.blocks()) {
            kinds.add(b instanceof RawParagraph p ? "P:" + p.text() : "T");
        }
        return kinds;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
