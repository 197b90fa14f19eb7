package org.nianbao.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small text rules: CJK spacing, line joining, garbage detection, cell lines. */
class TextHelpersTest {

    @Test
    void spacesNextToChineseAreRemovedButNotBetweenLatinTokens() {
        assertThat(CjkSpacing.clean("自 2023 年 1 月 1 日起")).isEqualTo("自2023年1月1日起");
        assertThat(CjkSpacing.clean("产业园 4-B 号楼，电话 0517 83605210"))
                .isEqualTo("产业园4-B号楼，电话0517 83605210");
        assertThat(CjkSpacing.clean("“双随机、一公开” 监管")).isEqualTo("“双随机、一公开”监管");
    }

    @Test
    void wrappedLinesJoinWithASpaceOnlyBetweenLatinLetters() {
        StringBuilder p = new StringBuilder("统计期限自2023年1月1日起至2023年12月31日");
        CjkSpacing.join(p, "止。");
        StringBuilder latin = new StringBuilder("annual");
        CjkSpacing.join(latin, "report");

        assertThat(p).hasToString("统计期限自2023年1月1日起至2023年12月31日止。");
        assertThat(latin).hasToString("annual report");
    }

    @Test
    void privateUseAndControlCharactersAreGarbage() {
        String chinese = "本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。";
        String privateUse = "\uE001\uE002\uE003\uE004\uE005\uE006\uE007\uE008\uE009\uE00A".repeat(3);
        String controls = "\u0001\u0002\u0003\u0004\u0005";

        assertThat(GarbleDetector.isGarbled(chinese)).isFalse();
        assertThat(GarbleDetector.isGarbled(privateUse)).isTrue();
        assertThat(GarbleDetector.isGarbled(controls + chinese)).isFalse();
        assertThat(GarbleDetector.isGarbled(controls.repeat(6) + chinese)).isTrue();
        assertThat(GarbleDetector.isGarbled("\uE001")).as("too short to judge").isFalse();
    }

    @Test
    void accentedLatinLettersBetweenHanCharactersShowAWrongUnicodeMap() {
        // Ghostscript's reprint of a Chromium PDF: 报 read as ç, 务 as ó; two could be a name, three are not
        String reprint = "本ç告根据中华人民共和国政府信息公开条例，全面推进政ó公开工作的决策部署";
        String pinyin = "本年度报告（Zhōngguó Zhèngfǔ）中所列数据的统计期限自2023年1月1日起至2023年12月31日止。";

        assertThat(GarbleDetector.isGarbled(reprint)).isFalse();
        assertThat(GarbleDetector.isGarbled(reprint + "经济社会发展ó规划ç告")).isTrue();
        assertThat(GarbleDetector.isGarbled(pinyin.repeat(3))).isFalse();
    }

    @Test
    void cellTextGroupsGlyphsIntoLinesByCentre() {
        // 12 pt glyphs, 12 pt wide; the second line 14 pt lower; "0" and "1" 20 pt apart (a word gap)
        List<Glyph> glyphs = List.of(
                new Glyph("结", 10, 10, 12, 17, 12), new Glyph("果", 22, 10.5f, 12, 17, 12),
                new Glyph("维", 10, 24, 12, 17, 12), new Glyph("持", 22, 24, 12, 17, 12),
                new Glyph(" ", 34, 24, 3, 17, 12));
        List<Glyph> numbers = List.of(new Glyph("0", 10, 10, 6, 17, 12), new Glyph("1", 36, 10, 6, 17, 12));

        assertThat(CellText.of(glyphs)).isEqualTo("结果\n维持");
        assertThat(CellText.of(numbers)).isEqualTo("0 1");
        assertThat(CellText.of(List.of())).isEmpty();
    }
}
