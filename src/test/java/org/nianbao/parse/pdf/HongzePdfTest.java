package org.nianbao.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;

/**
 * A real WPS export (淮安市洪泽区人民政府 2024): white boxes behind every line of text, a page holding narrative
 * and then a table, a heading directly above a table, a label printed one character per line in a vertical font.
 */
class HongzePdfTest {
    private static RawDocument doc;

    @BeforeAll
    static void read() throws Exception {
        doc = Documents.parse(Documents.REAL.resolve("huaian-hongze-district-gov_2024.pdf"));
    }

    @Test
    void pageTwoKeepsItsNarrativeAndTheHeadingAboveTheTable() {
        List<RawBlock> blocks = doc.blocks();
        int table = blocks.indexOf(Documents.tables(doc).get(0));
        RawParagraph heading = (RawParagraph) blocks.get(table - 1);

        assertThat(heading.text()).isEqualTo("二、主动公开政府信息情况");
        assertThat(heading.source().page()).isEqualTo(2);
        assertThat(Documents.paragraphs(doc)).filteredOn(p -> p.source().page() == 2).extracting(RawParagraph::text)
                .containsExactly(
                        "（三）政府信息管理情况。加强区政府门户网站及政务新媒体日常管理，运用第三方检测平台实行常态化监测，"
                                + "新增信息审核发布报备制度。严格执行“分级审核、先审后发”程序，落实“三审三校”制度，从严从实把好"
                                + "政治关、法律关、政策关、保密关、文字关，未经审核报备的信息一律不准发布。",
                        "（四）政府信息公开平台建设情况。加强对区政府网站、政务新媒体动态全面监管，按照政务新媒体管理标准定期"
                                + "检查，对存在未及时更新、不良链接等问题进行严格督查，及时关停整合用户关注度低、更新不及时、无力运维"
                                + "的政务新媒体账号，确保公开信息及时准确规范。",
                        "（五）政府信息公开监督保障情况。将政府网站平台信息公开工作纳入全区高质量发展考核内容，促进信息公开"
                                + "工作持续向好。紧盯重要时间节点，保障政务新媒体安全平稳运行，及时转载党中央、国务院重大方针政策。",
                        "二、主动公开政府信息情况");
        assertThat(Documents.tables(doc)).extracting(t -> t.cells().size()).containsExactly(30, 200, 35);
    }

    @Test
    void theLastPageKeepsItsHeadingAsAParagraph() {
        assertThat(Documents.paragraphs(doc)).filteredOn(p -> p.source().page() == 5).extracting(RawParagraph::text)
                .contains("六、其他需要报告的事项",
                        "2024年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费0元。");
        assertThat(Documents.tables(doc)).hasSize(3);
    }

    @Test
    void aLabelInAVerticalFontStaysInItsColumn() {
        RawTable applications = Documents.tables(doc).get(1);
        RawCell label = applications.at(5, 0);

        assertThat(Documents.compact(label.text())).isEqualTo("三、本年度办理结果");
        assertThat(new int[] {label.row(), label.col(), label.rowSpan()}).containsExactly(5, 0, 20);
        assertThat(Documents.compact(applications.at(7, 1).text())).isEqualTo("（三）不予公开");
    }
}
