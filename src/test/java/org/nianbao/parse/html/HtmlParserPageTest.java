package org.nianbao.parse.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.nianbao.parse.GridDump;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;
import org.nianbao.testing.Deadline;

/** Small pages, each showing one thing real portals do. */
class HtmlParserPageTest {

    private static RawDocument parse(String html) throws ReadFailure {
        return new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT);
    }

    private static List<String> texts(RawDocument doc) {
        return GridDump.paragraphs(doc).stream().map(RawParagraph::text).toList();
    }

    @Test
    void wordExportedMarkupComesOutClean() throws Exception {
        // the shape of Word's "Save as Web Page" output: MsoNormal paragraphs, mso spans, o:p, conditional comments
        String html = """
            <html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=ZH-CN>
            <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt;
            font-family:黑体;mso-ascii-font-family:"Times New Roman"'>一、总体情况<span lang=EN-US><o:p></o:p></span></span></b></p>
            <p class=MsoNormal><span style='font-family:仿宋_GB2312'>本年度主动公开信息</span><span lang=EN-US>48</span><span
            style='font-family:仿宋_GB2312'>条。<span lang=EN-US><o:p>&nbsp;</o:p></span></span></p>
            <table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>
             <tr style='mso-yfti-irow:0'>
              <td width=160 rowspan=2 style='width:120.0pt;mso-border-alt:solid windowtext .5pt'>
              <p class=MsoNormal align=center><span style='font-size:10.0pt'>信息内容<span lang=EN-US><o:p></o:p></span></span></p></td>
              <td width=85 colspan=2><p class=MsoNormal><span style='font-size:10.0pt'>本年新<br>
              制发件数</span></p></td>
              <td width=85><p class=MsoNormal><![if !supportLists]><span lang=EN-US>1.</span><![endif]>现行
                有效件数</p></td>
             </tr>
             <tr><td><p class=MsoNormal><span lang=EN-US>12<o:p></o:p></span></p></td>
              <td><p class=MsoNormal><span lang=EN-US style='mso-spacerun:yes'>&nbsp;&nbsp; </span><span
              lang=EN-US>3</span></p></td>
              <td><p class=MsoNormal>第一段</p><p class=MsoNormal>第二段</p></td></tr>
            </table>
            </body></html>
            """;
        RawDocument doc = parse(html);
        RawTable t = GridDump.tables(doc).get(0);

        assertThat(texts(doc)).containsExactly("一、总体情况", "本年度主动公开信息48条。");
        assertThat(GridDump.paragraphs(doc).get(0).bold()).isTrue();
        assertThat(GridDump.of(t)).isEqualTo("""
            2x4
            [0,0 2x1] 信息内容
            [0,1 1x2] 本年新\\n制发件数
            [0,3 1x1] 1.现行有效件数
            [1,1 1x1] 12
            [1,2 1x1] 3
            [1,3 1x1] 第一段\\n第二段
            """);
    }

    @Test
    void spansAreReadLeniently() throws Exception {
        Element table = Jsoup.parse("""
            <table>
            <tr><td colspan=" 2 ">甲</td><td rowspan="abc">乙</td><td rowspan="0">丙</td></tr>
            <tr><td rowspan="5">丁</td><td>戊</td><td colspan="">己</td></tr>
            <tr><td>庚</td><td>辛</td></tr>
            </table>""").selectFirst("table");

        RawTable t = HtmlTableReader.read(table, 1, 1000);

        assertThat(GridDump.of(t)).isEqualTo("""
            3x4
            [0,0 1x2] 甲
            [0,2 1x1] 乙
            [0,3 3x1] 丙
            [1,0 2x1] 丁
            [1,1 1x1] 戊
            [1,2 1x1] 己
            [2,1 1x1] 庚
            [2,2 1x1] 辛
            """);
    }

    @Test
    void rowsOfNestedTablesStayInTheirTable() throws Exception {
        Element outer = Jsoup.parse("""
            <table><tr><td>外一</td><td><table><tr><td>内一</td><td>内二</td></tr><tr><td>内三</td><td>内四</td></tr>
            </table></td></tr><tr><td>外二</td><td>外三</td></tr></table>""").selectFirst("table");

        assertThat(HtmlElements.rows(outer)).hasSize(2);
        assertThat(HtmlTableReader.isDataTable(outer)).isFalse();
    }

    @Test
    void layoutTableCellsBecomeParagraphsAndItsDataTableATableEachOnce() throws Exception {
        String html = """
            <html><body><table width="100%"><tr><td>
            <h1>某局2023年政府信息公开工作年度报告</h1>
            <p>一、总体情况</p><p>正文一段。</p>
            <table border=1><tr><td>信息内容</td><td>本年制发件数</td><td>现行有效件数</td></tr>
            <tr><td>规章</td><td>7</td><td>9</td></tr><tr><td>行政规范性文件</td><td>2</td><td>4</td></tr></table>
            <p>表后说明。</p></td></tr></table></body></html>
            """;
        RawDocument doc = parse(html);

        assertThat(HtmlParserSeedTest.kinds(doc)).containsExactly("P:某局2023年政府信息公开工作年度报告", "P:一、总体情况",
            "P:正文一段。", "T", "P:表后说明。");
        RawTable t = GridDump.tables(doc).get(0);
        assertThat(t.index()).isEqualTo(1);
        assertThat(t.nested()).isFalse();
        assertThat(t.at(1, 1).text()).isEqualTo("7");
    }

    @Test
    void publicationDateComesOnlyFromALabelledLine() throws Exception {
        assertThat(published("<div>发布日期：2024/1/16</div>")).isEqualTo(LocalDate.of(2024, 1, 16));
        assertThat(published("<span>日期： 2024年1月6日 10:20:00</span>")).isEqualTo(LocalDate.of(2024, 1, 6));
        assertThat(published("<td>发布时间</td><td>：2023-12-30 08:00</td>")).isEqualTo(LocalDate.of(2023, 12, 30));
        // 成文日期 is when the text was written; the specific label wins over the generic one
        assertThat(published("<div>成文日期：2024-01-10</div><div>时间：2024-01-12</div>"))
            .isEqualTo(LocalDate.of(2024, 1, 12));
        assertThat(published("<div>日期：2024-01-11</div><div>发布时间：2024-01-13</div>"))
            .isEqualTo(LocalDate.of(2024, 1, 13));
        // an impossible date is no date; an unlabelled signature date is not a publication date
        assertThat(published("<div>发布时间：2024-02-30</div>")).isNull();
        assertThat(published("<p>本报告统计时间：2023年1月1日至2023年12月31日。</p>")).isNull();
        assertThat(published("<li>公开日期：2024-01-19</li>")).isEqualTo(LocalDate.of(2024, 1, 19));
        assertThat(published("<p class=sign>2024年1月16日</p>")).isNull();
    }

    @Test
    void theDateLineIsNotReadAsReportText() throws Exception {
        RawDocument doc = parse("""
            <html><body><h1>某局2023年政府信息公开工作年度报告</h1><div>发布时间：2024-01-20 来源：某局</div>
            <h2>一、总体情况</h2><p>正文。</p><p>某局</p><p>2024年1月16日</p></body></html>""");

        assertThat(texts(doc)).containsExactly("某局2023年政府信息公开工作年度报告", "一、总体情况", "正文。", "某局",
            "2024年1月16日");
        assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 1, 20));
    }

    @Test
    void boldHiddenAndChineseLineWraps() throws Exception {
        RawDocument doc = parse("""
            <html><body><p><strong>（一）主动公开情况</strong></p><p><b>部分</b>加粗</p>
            <p style="font-weight: 700">样式加粗</p><p style="display:none">隐藏的文字</p>
            <p>本年新收政府信息
               公开申请数量 <span hidden>不显示</span>12 件</p><nav>导航</nav><footer>页脚</footer></body></html>""");

        assertThat(texts(doc)).containsExactly("（一）主动公开情况", "部分加粗", "样式加粗", "本年新收政府信息公开申请数量 12 件");
        assertThat(GridDump.paragraphs(doc)).extracting(RawParagraph::bold).containsExactly(true, false, true, false);
    }

    @Test
    void pagesWithoutTextAreEmpty() {
        assertThatThrownBy(() -> parse("")).isInstanceOf(ReadFailure.class)
            .extracting(e -> ((ReadFailure) e).problem()).isEqualTo(InputProblem.EMPTY);
        assertThatThrownBy(() -> parse("<html><body><script>var a = '年度报告';</script>&nbsp;</body></html>"))
            .isInstanceOf(ReadFailure.class)
            .extracting(e -> ((ReadFailure) e).problem()).isEqualTo(InputProblem.EMPTY);
    }

    @Test
    void absurdNestingIsReadOrRefusedButNeverThrowsOtherwise() throws Exception {
        String html = "<div>".repeat(50_000) + "一、总体情况" + "</div>".repeat(50_000);
        Deadline.within(Duration.ofSeconds(20), () -> {
            try {
                assertThat(texts(parse(html))).containsExactly("一、总体情况");
            } catch (ReadFailure e) {
                assertThat(e.problem()).isEqualTo(InputProblem.UNREADABLE);
            }
            return null;
        });
    }

    @Test
    void tooManyCellsIsTooLarge() {
        ReadLimits tight = new ReadLimits(ReadLimits.DEFAULT.maxBytes(), 10, 5, 1000);
        String html = "<table><tr><td>1</td><td>2</td><td>3</td></tr><tr><td>4</td><td>5</td><td>6</td></tr></table>";
        assertThatThrownBy(() -> new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), tight))
            .isInstanceOf(ReadFailure.class)
            .extracting(e -> ((ReadFailure) e).problem()).isEqualTo(InputProblem.TOO_LARGE);
    }

    private static LocalDate published(String bodyHtml) throws ReadFailure {
        return parse("<html><body>" + bodyHtml + "<p>正文</p></body></html>").published();
    }
}
