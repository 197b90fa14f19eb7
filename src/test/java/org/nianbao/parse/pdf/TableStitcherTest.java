package org.nianbao.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;

/** Joining page fragments, on hand-made geometry: two columns, label 0–100 pt and value 100–150 pt, rows 20 pt. */
class TableStitcherTest {

    @Test
    void rowSplitByThePageBreakIsOneRow() {
        Fragment page1 = fragment(1, row(700, "信息内容", "数量"), row(720, "二、上年结转申请数", "7"));
        Fragment page2 = fragment(2, row(80, "量", ""), row(100, "三、本年度办理结果", "5"));

        RawTable t = TableStitcher.stitch(List.of(page1, page2), 1);

        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.at(1, 0).text()).isEqualTo("二、上年结转申请数\n量");
        assertThat(t.at(1, 1).text()).isEqualTo("7");
        assertThat(t.at(2, 0).text()).isEqualTo("三、本年度办理结果");
        assertThat(t.at(2, 0).source().page()).isEqualTo(2);
    }

    @Test
    void newLabelRowWithBlankValuesIsNotATail() {
        Fragment page1 = fragment(1, row(700, "信息内容", "数量"), row(720, "（一）予以公开", "7"));
        Fragment page2 = fragment(2, row(80, "（二）部分公开", ""));

        RawTable t = TableStitcher.stitch(List.of(page1, page2), 1);

        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.at(1, 0).text()).isEqualTo("（一）予以公开");
        assertThat(t.at(2, 0).text()).isEqualTo("（二）部分公开");
        assertThat(t.at(2, 1).text()).isEmpty();
    }

    @Test
    void numberRowIsNotATail() {
        Fragment page1 = fragment(1, row(700, "信息内容", "数量"), row(720, "行政许可", "0"));
        Fragment page2 = fragment(2, row(80, "行政处罚", "0"));

        RawTable t = TableStitcher.stitch(List.of(page1, page2), 1);

        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.at(2, 0).text()).isEqualTo("行政处罚");
    }

    @Test
    void repeatedHeaderRowsAreDropped() {
        Fragment page1 = fragment(1, row(700, "信息内容", "数量"), row(720, "规章", "1"));
        Fragment page2 = fragment(2, row(80, "信息内容", "数量"), row(100, "行政规范性文件", "2"));

        RawTable t = TableStitcher.stitch(List.of(page1, page2), 1);

        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.cells()).extracting(RawCell::text)
                .containsExactly("信息内容", "数量", "规章", "1", "行政规范性文件", "2");
    }

    @Test
    void spanningLabelGoesOnAcrossThePageBreak() {
        List<Fragment.FragmentCell> first = new ArrayList<>();
        first.add(cell(0, 700, 50, 740, "（六）其他处"));
        first.add(cell(50, 700, 100, 720, "1.逾期不补正"));
        first.add(cell(100, 700, 150, 720, "1"));
        first.add(cell(50, 720, 100, 740, "2.逾期未缴费"));
        first.add(cell(100, 720, 150, 740, "2"));
        List<Fragment.FragmentCell> second = new ArrayList<>();
        second.add(cell(0, 80, 50, 100, "理"));
        second.add(cell(50, 80, 100, 100, "3.其他"));
        second.add(cell(100, 80, 150, 100, "3"));

        RawTable t = TableStitcher.stitch(List.of(new Fragment(1, box(first), first),
                new Fragment(2, box(second), second)), 1);

        assertThat(t.rowCount()).isEqualTo(3);
        RawCell label = t.at(2, 0);
        assertThat(label.row()).isZero();
        assertThat(label.rowSpan()).isEqualTo(3);
        assertThat(label.text()).isEqualTo("（六）其他处\n理");
        assertThat(t.at(2, 1).text()).isEqualTo("3.其他");
    }

    @Test
    void continuationNeedsTheNextPageAndTheSameOuterEdges() {
        Fragment page1 = fragment(1, row(700, "信息内容", "数量"));
        Fragment samePage = fragment(1, row(740, "信息内容", "数量"));
        Fragment page2 = fragment(2, row(80, "规章", "1"));
        List<Fragment.FragmentCell> narrower = List.of(cell(0, 80, 60, 100, "a"), cell(60, 80, 120, 100, "1"));

        assertThat(TableStitcher.continues(page1, page2)).isTrue();
        assertThat(TableStitcher.continues(page1, samePage)).isFalse();
        assertThat(TableStitcher.continues(page1, new Fragment(2, box(narrower), narrower))).isFalse();
        List<Fragment.FragmentCell> otherColumns = List.of(cell(0, 80, 60, 100, "行政复议"),
                cell(60, 80, 150, 100, "行政诉讼"));
        assertThat(TableStitcher.continues(page1, new Fragment(2, box(otherColumns), otherColumns))).isFalse();
        List<Fragment.FragmentCell> coarser = List.of(cell(0, 80, 150, 100, "第二十条第（八）项"));
        assertThat(TableStitcher.continues(page1, new Fragment(2, box(coarser), coarser))).isTrue();
    }

    @Test
    void rowCutWithItsNumbersOnOnePageAndItsLabelOnTheNextIsOneRow() {
        // WeasyPrint: the row's part on page 1 holds the number, its label went to page 2
        Fragment page1 = fragment(1, row(700, "（一）予以公开", "1"), row(720, "", "2"));
        Fragment page2 = fragment(2, row(80, "（二）部分公开", ""), row(100, "（三）不予公开", "3"));

        RawTable t = TableStitcher.stitch(List.of(page1, page2), 1);

        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.at(1, 0).text()).isEqualTo("（二）部分公开");
        assertThat(t.at(1, 1).text()).isEqualTo("2");
        assertThat(t.at(2, 1).text()).isEqualTo("3");
    }

    @Test
    void labelCutWithItsRestAndTheNumbersOnTheNextPageIsOneRow() {
        // wkhtmltopdf: the label's first line on page 1, its numbers clipped there; the rest and the numbers on page 2
        Fragment page1 = fragment(1, row(700, "（一）予以公开", "1"), row(720, "（二）部分公开（区分处理的，只计这一情", ""));
        Fragment page2 = fragment(2, row(80, "形，不计其他情形）", "22"), row(100, "1.属于国家秘密", "3"));

        RawTable t = TableStitcher.stitch(List.of(page1, page2), 1);

        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.at(1, 0).text()).isEqualTo("（二）部分公开（区分处理的，只计这一情\n形，不计其他情形）");
        assertThat(t.at(1, 1).text()).isEqualTo("22");
        assertThat(t.at(2, 1).text()).isEqualTo("3");
    }

    @Test
    void wholeLabelWithBlankValuesKeepsItsRowWhenTheNextPageStartsWithAnUnknownLabel() {
        // the numbers under a label misspelt on page 2 are never given to the whole, blank row above it
        Fragment page1 = fragment(1, row(700, "行政许可", "4"), row(720, "行政处罚", ""));
        Fragment page2 = fragment(2, row(80, "行政强治", "5"));

        RawTable t = TableStitcher.stitch(List.of(page1, page2), 1);

        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.at(1, 1).text()).isEmpty();
        assertThat(t.at(2, 0).text()).isEqualTo("行政强治");
        assertThat(t.at(2, 1).text()).isEqualTo("5");
    }

    @Test
    void blankValueUnderAHeaderCellSpanningTheHeaderRowsStartsTheBody() {
        // LibreOffice, table 4 cut after its header: 结果维持 spans both header rows, its value on page 2 is blank
        List<Fragment.FragmentCell> header = List.of(cell(0, 700, 50, 740, "结果维持"),
                cell(50, 700, 100, 720, "行政诉讼"), cell(50, 720, 100, 740, "总计"));
        List<Fragment.FragmentCell> body = List.of(cell(0, 80, 50, 100, ""), cell(50, 80, 100, 100, "16"));

        RawTable t = TableStitcher.stitch(List.of(new Fragment(1, box(header), header),
                new Fragment(2, box(body), body)), 1);

        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.at(0, 0).rowSpan()).isEqualTo(2);
        assertThat(t.at(2, 0).row()).isEqualTo(2);
        assertThat(t.at(2, 0).text()).isEmpty();
        assertThat(t.at(2, 1).text()).isEqualTo("16");
    }

    @Test
    void wholeLabelWithBlankValuesAfterTheHeaderIsANewRow() {
        Fragment page1 = fragment(1, row(700, "信息内容", "本年制发件数"));
        Fragment page2 = fragment(2, row(80, "规章", ""), row(100, "行政规范性文件", "3"));

        RawTable t = TableStitcher.stitch(List.of(page1, page2), 1);

        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.at(0, 0).text()).isEqualTo("信息内容");
        assertThat(t.at(1, 0).text()).isEqualTo("规章");
        assertThat(t.at(1, 1).text()).isEmpty();
    }

    @Test
    void headerCutBetweenItsRowsGoesOnInTheCellsAboveAndStartsTheNextRow() {
        // page 1: 自然人 (spanning two header rows) | 法人或其他组织 over two columns; page 2: the rest of 自然人
        // (blank) beside the next header row 商业企业 | 科研机构, then a body row
        List<Fragment.FragmentCell> first = new ArrayList<>();
        first.add(cell(0, 700, 50, 720, "自然人"));
        first.add(cell(50, 700, 150, 720, "法人或其他组织"));
        List<Fragment.FragmentCell> second = new ArrayList<>();
        second.add(cell(0, 80, 50, 100, ""));
        second.add(cell(50, 80, 100, 100, "商业企业"));
        second.add(cell(100, 80, 150, 100, "科研机构"));
        second.add(cell(0, 100, 50, 120, "3"));
        second.add(cell(50, 100, 100, 120, "1"));
        second.add(cell(100, 100, 150, 120, "2"));

        RawTable t = TableStitcher.stitch(List.of(new Fragment(1, box(first), first),
                new Fragment(2, box(second), second)), 1);

        assertThat(t.rowCount()).isEqualTo(3);
        RawCell natural = t.at(0, 0);
        assertThat(new int[] {natural.rowSpan(), natural.colSpan()}).containsExactly(2, 1);
        assertThat(natural.text()).isEqualTo("自然人");
        assertThat(t.at(1, 1).text()).isEqualTo("商业企业");
        assertThat(t.at(2, 0).text()).isEqualTo("3");
        assertThat(t.cells()).hasSize(7);
    }

    @Test
    void columnsLaidOutAgainOnTheNextPageKeepTheirIndex() {
        // LibreOffice moved the inner column line from 100 to 90 on page 2
        Fragment page1 = fragment(1, row(700, "规章", "1"));
        List<Fragment.FragmentCell> moved = List.of(cell(0, 80, 90, 100, "行政规范性文件"), cell(90, 80, 150, 100, "2"));

        RawTable t = TableStitcher.stitch(List.of(page1, new Fragment(2, box(moved), moved)), 1);

        assertThat(TableStitcher.continues(page1, new Fragment(2, box(moved), moved))).isTrue();
        assertThat(t.columnCount()).isEqualTo(2);
        assertThat(t.at(1, 0).text()).isEqualTo("行政规范性文件");
        assertThat(t.at(1, 1).text()).isEqualTo("2");
    }

    private static List<Fragment.FragmentCell> row(float top, String label, String value) {
        return List.of(cell(0, top, 100, top + 20, label), cell(100, top, 150, top + 20, value));
    }

    @SafeVarargs
    private static Fragment fragment(int page, List<Fragment.FragmentCell>... rows) {
        List<Fragment.FragmentCell> cells = new ArrayList<>();
        for (List<Fragment.FragmentCell> r : rows) {
            cells.addAll(r);
        }
        return new Fragment(page, box(cells), cells);
    }

    private static Fragment.FragmentCell cell(float left, float top, float right, float bottom, String text) {
        return new Fragment.FragmentCell(new Box(left, top, right, bottom), text);
    }

    private static Box box(List<Fragment.FragmentCell> cells) {
        float left = Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Fragment.FragmentCell c : cells) {
            left = Math.min(left, c.box().left());
            top = Math.min(top, c.box().top());
            right = Math.max(right, c.box().right());
            bottom = Math.max(bottom, c.box().bottom());
        }
        return new Box(left, top, right, bottom);
    }
}
