package org.nianbao.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CellValue;
import org.nianbao.model.Location;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;

/** Value cells find their labelled column when header and body are cut differently. */
class ColumnSpansTest {
    private final TableVocabulary vocabulary = TableVocabulary.proactive();

    /** 信息内容 | 上一年项目数量 (1) | 本年增/减 (2) | 处理决定数量 (1) over a 5-column grid. */
    private ColumnMap header() {
        ColumnMap map = new ColumnMap(5);
        RawTable raw = new RawTable(1, 1, 5, List.of(), false, Location.NONE);
        Table t = new Table(TableId.PROACTIVE, Location.NONE);
        map.offer(cell(1, 1, "上一年项目数量"), vocabulary.columns(), t, raw);
        map.offer(cell(2, 2, "本年增/减"), vocabulary.columns(), t, raw);
        map.offer(cell(4, 1, "处理决定数量"), vocabulary.columns(), t, raw);
        return map;
    }

    @Test
    void bodyCutTwoPlusOneUnderHeaderCutOnePlusTwo() {
        RawCell previous = cell(1, 2, "120");
        RawCell change = cell(3, 1, "-3");
        RawCell decisions = cell(4, 1, "117");
        assertThat(header().assign(List.of(previous, change, decisions)))
                .containsExactly(Map.entry(previous, "previousCount"), Map.entry(change, "change"),
                        Map.entry(decisions, "decisions"));
    }

    @Test
    void ofCellsUnderOneLabelTheOneHoldingAValueTakesIt() {
        RawCell value = cell(2, 1, "5");
        RawCell blank = cell(3, 1, "");
        assertThat(header().assign(List.of(cell(1, 1, "1"), value, blank, cell(4, 1, "2"))))
                .containsEntry(value, "change").doesNotContainKey(blank);
        RawCell both = cell(3, 1, "6");
        assertThat(header().assign(List.of(cell(1, 1, "1"), value, both, cell(4, 1, "2"))))
                .as("two values under one label: neither is guessed").doesNotContainKeys(value, both);
    }

    @Test
    void aCellStraddlingTwoOpenLabelsIsNotGuessed() {
        RawCell straddling = cell(1, 3, "7");
        assertThat(header().assign(List.of(straddling, cell(4, 1, "2")))).doesNotContainKey(straddling);
    }

    @Test
    void aLabelWhoseLinesFellIntoTwoStackedCellsIsJoined() {
        TableVocabulary review = TableVocabulary.reviewLitigation();
        ColumnMap map = new ColumnMap(2);
        RawTable raw = new RawTable(1, 3, 2, List.of(), false, Location.NONE);
        Table t = new Table(TableId.REVIEW_LITIGATION, Location.NONE);
        RawCell upper = new RawCell(0, 0, 1, 1, "结果", Location.NONE);
        RawCell lower = new RawCell(1, 0, 1, 1, "维持", Location.NONE);
        RawCell wide = new RawCell(0, 1, 1, 1, "尚未", Location.NONE);
        RawCell shifted = new RawCell(2, 1, 1, 1, "审结", Location.NONE);
        for (RawCell c : List.of(upper, lower, wide, shifted)) {
            map.offer(c, review.columns(), t, raw);
        }
        map.joinStacked(review.columns(), t, raw);
        assertThat(map.idOf(new RawCell(2, 0, 1, 1, "1", Location.NONE))).isEqualTo("upheld");
        assertThat(map.idOf(new RawCell(3, 1, 1, 1, "1", Location.NONE))).as("not right above each other").isNull();
    }

    @Test
    void theReviewTablesValuesFindTheirLabelsToo() {
        // 结果纠正 over two grid columns, the first value over 结果维持's column and half of 结果纠正's
        List<RawCell> cells = new ArrayList<>(List.of(at(0, 0, 6, "行政复议"), at(0, 6, 10, "行政诉讼"),
                at(1, 0, 1, "结果维持"), at(1, 1, 2, "结果纠正"), at(1, 3, 1, "其他结果"), at(1, 4, 1, "尚未审结"),
                at(1, 5, 1, "总计"), at(1, 6, 5, "未经复议直接起诉"), at(1, 11, 5, "复议后起诉")));
        String[] outcomes = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
        for (int c = 6; c < 16; c++) {
            cells.add(at(2, c, 1, outcomes[(c - 6) % 5]));
        }
        cells.addAll(List.of(at(3, 0, 2, "1"), at(3, 2, 1, "2"), at(3, 3, 1, "3"), at(3, 4, 1, "4"), at(3, 5, 1, "10")));
        for (int c = 6; c < 16; c++) {
            cells.add(at(3, c, 1, Integer.toString(c)));
        }
        Table t = new Table(TableId.REVIEW_LITIGATION, Location.NONE);
        new ReviewLitigationTableReader().read(new RawTable(1, 4, 16, cells, false, Location.NONE), t);
        assertThat(t.cell("review", "upheld").orElseThrow().value()).isEqualTo(CellValue.number(1));
        assertThat(t.cell("review", "corrected").orElseThrow().value())
                .isEqualTo(CellValue.number(2));
        assertThat(t.cell("litigationAfterReview", "total").orElseThrow().value())
                .isEqualTo(CellValue.number(15));
    }

    private static RawCell at(int row, int col, int span, String text) {
        return new RawCell(row, col, row == 1 && col < 6 ? 2 : 1, span, text, Location.NONE);
    }

    private static RawCell cell(int col, int span, String text) {
        return new RawCell(0, col, 1, span, text, Location.NONE);
    }
}
