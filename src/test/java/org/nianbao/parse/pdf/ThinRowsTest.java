package org.nianbao.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Grid rows too thin for a line of text, on hand-made geometry: label 0–100 pt, value 100–150 pt. */
class ThinRowsTest {

    @Test
    void emptySliverOfADoubleBorderJoinsTheRowBelow() {
        // wkhtmltopdf draws the line under a header twice, 4 pt apart: the band between is no row
        List<Fragment.FragmentCell> cells = List.of(cell(0, 100, 100, 120, "信息内容"), cell(100, 100, 150, 120, "数量"),
                cell(0, 120, 100, 124, ""), cell(100, 120, 150, 124, ""),
                cell(0, 124, 100, 144, "规章"), cell(100, 124, 150, 144, "104"));

        Fragment f = ThinRows.removed(new Fragment(1, new Box(0, 100, 150, 144), cells), 10.5f);

        assertThat(f.rowEdges().count()).isEqualTo(3);
        assertThat(f.cells()).containsExactly(cells.get(0), cells.get(1), cell(0, 120, 100, 144, "规章"),
                cell(100, 120, 150, 144, "104"));
    }

    @Test
    void oneRowLineDrawnTwiceALittleApartIsOneLine() {
        // wkhtmltopdf at a page's top: the label's bottom at 34.4, the numbers' bottom at 37.1, the next row from 34.4
        List<Fragment.FragmentCell> cells = List.of(cell(0, 22.7f, 100, 34.4f, "（一）予以公开"),
                cell(100, 22.7f, 150, 37.1f, "71"), cell(0, 34.4f, 100, 62.5f, "（二）部分公开"),
                cell(100, 34.4f, 150, 62.5f, "41"));

        Fragment f = ThinRows.removed(new Fragment(2, new Box(0, 22.7f, 150, 62.5f), cells), 10.5f);

        assertThat(f.cells()).containsExactly(cells.get(0), cell(100, 22.7f, 150, 34.4f, "71"), cells.get(2),
                cells.get(3));
    }

    @Test
    void thinRowHoldingTextAndEmptyRowsOfFullHeightStay() {
        List<Fragment.FragmentCell> cells = List.of(cell(0, 100, 100, 104, "注"), cell(100, 100, 150, 104, ""),
                cell(0, 104, 100, 124, ""), cell(100, 104, 150, 124, ""));
        Fragment f = new Fragment(1, new Box(0, 100, 150, 124), cells);

        assertThat(ThinRows.removed(f, 10.5f)).isSameAs(f);
    }

    private static Fragment.FragmentCell cell(float left, float top, float right, float bottom, String text) {
        return new Fragment.FragmentCell(new Box(left, top, right, bottom), text);
    }
}
