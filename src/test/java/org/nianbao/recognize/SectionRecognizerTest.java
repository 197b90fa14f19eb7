package org.nianbao.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.model.Location;
import org.nianbao.model.SectionId;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawParagraph;

class SectionRecognizerTest {
    private final SectionRecognizer recognizer = new SectionRecognizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "一、总体情况|OVERVIEW", "1、总体情况|OVERVIEW", "第一部分 总体情况|OVERVIEW", "一、 总 体 情 况|OVERVIEW",
        "二、主动公开政府信息情况|PROACTIVE", "2、 主动公开政府信息情况统计表|PROACTIVE", "二、主动公开政府信息情祝|PROACTIVE",
        "三、收到和处理政府信息公开申请情况|APPLICATIONS", "(三)收到和处理政府信息公开申请情况|",
        "四、政府信息公开行政复议、行政诉讼情况|REVIEW_LITIGATION",
        "4、 因政府信息公开工作被申请行政复议、提起行政诉讼情况统计表|REVIEW_LITIGATION",
        "五、存在的主要问题及改进情况|PROBLEMS", "五、政府信息公开工作存在的主要问题及改进情况|PROBLEMS",
        "五、存在的主要问题及整改措施|PROBLEMS", "六、其他需要报告的事项|OTHER_MATTERS", "六、其他需要报告的事项：|OTHER_MATTERS",
        "（一）主动公开情况|", "一、主动公开情况|", "二、依申请公开情况|", "（二）依申请公开|"})
    void headingWords(String text, SectionId expected) {
        List<SectionRecognizer.Heading> found = recognizer.find(List.of(paragraph(text, null, 0, false)));
        if (expected == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().satisfies(h -> {
                assertThat(h.section()).isEqualTo(expected);
                assertThat(h.written()).isEqualTo(text);
            });
        }
    }

    @Test
    void autoNumberedHeadingTakesItsLabel() {
        List<SectionRecognizer.Heading> found = recognizer.find(List.of(paragraph("总体情况", "一、", 2, true)));
        assertThat(found).singleElement().satisfies(h -> assertThat(h.written()).isEqualTo("一、总体情况"));
    }

    @Test
    void subLevelNumberingNeverOpensASection() {
        assertThat(recognizer.find(List.of(paragraph("总体情况", "（一）", 3, true)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况等。",
        "本年度未发生行政复议、行政诉讼。", "2023年政府信息公开工作总体情况良好，公开了很多信息，还开展了很多培训工作。",
        "1.本年度无其他需要报告的事项。", "6、无其他需要报告的事项。"})
    void narrativeIsNotAHeading(String text) {
        assertThat(recognizer.find(List.of(paragraph(text, null, 0, false)))).isEmpty();
    }

    @Test
    void plainUnnumberedParagraphOpensASectionOnlyWithTheHeadingsWords() {
        assertThat(recognizer.find(List.of(paragraph("其他需要报告的事项", null, 0, false)))).hasSize(1);
        assertThat(recognizer.find(List.of(paragraph("需要报告的其他事项是行政复议和行政诉讼", null, 0, false)))).isEmpty();
    }

    @Test
    void contentThatHoldsAHeadingsWordsIsContent() {
        List<RawBlock> blocks = List.of(paragraph("六、其他需要报告的事项", null, 0, false),
                paragraph("无其他需要报告的事项", null, 0, false), paragraph("本机关无其他需要报告的事项", null, 0, false));
        assertThat(recognizer.find(blocks)).singleElement().satisfies(h -> {
            assertThat(h.block()).isZero();
            assertThat(h.content()).isEmpty();
        });
    }

    @Test
    void aCaptionNamingTheOpenSectionIsPartOfIt() {
        List<RawBlock> blocks = List.of(paragraph("二、主动公开政府信息情况", null, 2, false),
                paragraph("主动公开政府信息情况统计表", null, 0, true));
        assertThat(recognizer.find(blocks)).extracting(SectionRecognizer.Heading::block).containsExactly(0);
        List<RawBlock> numbered = List.of(paragraph("二、主动公开政府信息情况", null, 2, false),
                paragraph("2、主动公开政府信息情况统计表", null, 0, true));
        assertThat(recognizer.find(numbered)).extracting(SectionRecognizer.Heading::block).containsExactly(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"六、其他需要报告的事项：无。|OTHER_MATTERS|六、其他需要报告的事项|无。",
        "六、其他需要报告的事项:本年度无其他需要报告的事项|OTHER_MATTERS|六、其他需要报告的事项|本年度无其他需要报告的事项",
        "五、存在的主要问题及改进情况：一是公开不够及时。|PROBLEMS|五、存在的主要问题及改进情况|一是公开不够及时。",
        "第一部分：总体情况|OVERVIEW|第一部分：总体情况|",
        "'六、其他需要报告的事项\n本年度未收取信息处理费。'|OTHER_MATTERS|六、其他需要报告的事项|本年度未收取信息处理费。",
        "'五、政府信息公开工作存在的主要问题\n及改进情况'|PROBLEMS|'五、政府信息公开工作存在的主要问题\n及改进情况'|"})
    void aHeadingWithItsContentOnTheSameLine(String line, SectionId id, String heading, String content) {
        List<RawBlock> blocks = List.of(paragraph(line.replace("\\n", "\n"), null, 0, false));
        assertThat(recognizer.find(blocks)).singleElement().satisfies(h -> {
            assertThat(h.section()).isEqualTo(id);
            assertThat(h.written()).isEqualTo(heading.replace("\\n", "\n"));
            assertThat(h.content()).isEqualTo(content == null ? "" : content);
        });
    }

    @Test
    void aReportNumberingItsSixPartsAsSubItemsHasSixSections() {
        List<RawBlock> blocks = new java.util.ArrayList<>();
        String[] headings = {"（一）总体情况", "（二）主动公开政府信息情况", "（三）收到和处理政府信息公开申请情况",
            "（四）政府信息公开行政复议、行政诉讼情况", "（五）存在的主要问题及改进情况", "（六）其他需要报告的事项"};
        for (String h : headings) {
            blocks.add(paragraph(h, null, 0, false));
            blocks.add(paragraph("正文。", null, 0, false));
        }
        assertThat(recognizer.find(blocks)).extracting(SectionRecognizer.Heading::section)
                .containsExactly(SectionId.values());
        // two such lines are sub-items of 一, not the report's numbering
        List<RawBlock> two = List.of(paragraph("一、总体情况", null, 0, false),
                paragraph("（一）总体情况", null, 0, false), paragraph("（二）主动公开政府信息情况", null, 0, false));
        assertThat(recognizer.find(two)).extracting(SectionRecognizer.Heading::block).containsExactly(0);
    }

    @Test
    void aSectionWrittenTwiceIsFoundTwice() {
        List<RawBlock> blocks = List.of(paragraph("一、总体情况", null, 2, false), paragraph("正文。", null, 0, false),
                paragraph("一、总体情况", null, 2, false));
        assertThat(recognizer.find(blocks)).extracting(SectionRecognizer.Heading::block).containsExactly(0, 2);
    }

    private static RawParagraph paragraph(String text, String label, int level, boolean bold) {
        return new RawParagraph(text, label, level, bold, 0f, Location.NONE);
    }
}
