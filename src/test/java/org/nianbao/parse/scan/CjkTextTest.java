package org.nianbao.parse.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** OCR text tidied as a document holds it. */
class CjkTextTest {
    @Test
    void spacesBetweenChineseCharactersGoAndLatinOnesStay() {
        assertThat(CjkText.tidy("本 年 新 收 12 件\nPDF file")).isEqualTo("本年新收12件\nPDF file");
    }

    @Test
    void aMisreadBracketOfALeadingOrdinalIsPutRight() {
        // what OCR read of 洪泽's （七）总计 at 300 dpi colour (bench/ocr.sh --real --recipes 300c --only hongze)
        assertThat(CjkText.tidy("《 七) 总计")).isEqualTo("（七)总计");
        assertThat(CjkText.tidy("(七》总计")).isEqualTo("(七）总计");
        // both brackets odd, a digit, or no ordinal: two guesses or none, left as read
        assertThat(CjkText.tidy("《七》总计")).isEqualTo("《七》总计");
        assertThat(CjkText.tidy("《1)总计")).isEqualTo("《1)总计");
        assertThat(CjkText.tidy("《政府信息公开条例》")).isEqualTo("《政府信息公开条例》");
    }
}
