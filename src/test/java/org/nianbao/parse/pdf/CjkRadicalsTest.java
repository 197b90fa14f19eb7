package org.nianbao.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Radicals a PDF's text layer writes for ideographs (wkhtmltopdf) are read as the ideographs a reader sees. */
class CjkRadicalsTest {

    @Test
    void kangxiAndSupplementRadicalsReadAsTheirIdeographs() {
        // as wkhtmltopdf writes 人民政府…工作 and 龙泉区 (U+2F08 U+2EA0 … U+2F2F, U+2EF0)
        assertThat(CjkRadicals.unify("\u2F08\u2EA0政府信息公开\u2F2F作")).isEqualTo("人民政府信息公开工作");
        assertThat(CjkRadicals.unify("\u2EF0泉区")).isEqualTo("龙泉区");
    }

    @Test
    void radicalsASimplifiedFontDrawsAsAnotherIdeographReadAsThatOne() {
        // Noto CJK SC draws ⼾ with the glyph of 户 (Unicode's equivalent is 戶) and ⺕ with that of 彐
        assertThat(CjkRadicals.unify("\u2F3E")).isEqualTo("户");
        assertThat(CjkRadicals.unify("\u2E95")).isEqualTo("彐");
    }

    @Test
    void textWithoutRadicalsIsTheSameString() {
        String text = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）2024";
        assertThat(CjkRadicals.unify(text)).isSameAs(text);
    }
}
