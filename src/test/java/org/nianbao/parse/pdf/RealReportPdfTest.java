package org.nianbao.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;

/**
 * A real report exported by WPS (淮安市人民政府 2024), against its numbers typed by hand. Its tables run over page
 * breaks with per-page frames 2.6 pt apart, its intro is a framed one-column box, and its pages are numbered.
 */
class RealReportPdfTest {
    private static RawDocument doc;
    private static JsonNode truth;

    @BeforeAll
    static void read() throws Exception {
        doc = Documents.parse(Documents.REAL.resolve("huaian-city-gov_2024.pdf"));
        truth = new ObjectMapper().readTree(Documents.REAL.resolve("huaian-city-gov_2024.json").toFile());
    }

    @Test
    void threeTablesWithTheTemplateShape() {
        List<RawTable> tables = Documents.tables(doc);

        assertThat(tables).extracting(t -> t.cells().size()).containsExactly(30, 215, 34);
        assertThat(tables).extracting(RawTable::rowCount).containsExactly(14, 28, 4);
        assertThat(tables).extracting(RawTable::columnCount).containsExactly(4, 10, 15);
        for (RawTable t : tables) {
            for (int[] row : Documents.coverage(t)) {
                assertThat(row).containsOnly(1);
            }
        }
    }

    @Test
    void labelsSplitByThePageBreakAreOneCell() {
        RawTable t = Documents.tables(doc).get(1);
        RawCell result = t.at(5, 0);
        RawCell cannotProvide = t.at(15, 1);

        assertThat(Documents.compact(result.text())).isEqualTo("三、本年度办理结果");
        assertThat(new int[] {result.row(), result.rowSpan()}).containsExactly(5, 22);
        assertThat(Documents.compact(cannotProvide.text())).isEqualTo("（四）无法提供");
        assertThat(cannotProvide.rowSpan()).isEqualTo(3);
        assertThat(cannotProvide.source().page()).isEqualTo(4);
        // a cell drawn on page 5 keeps its own box, although WPS drew that page's frame 2.6 pt further left
        assertThat(t.at(16, 2).source().page()).isEqualTo(5);
        assertThat(t.at(16, 2).source().box()).startsWith("137.5,79.7,");
    }

    @Test
    void article20NumbersSitInTheirRows() {
        RawTable t = Documents.tables(doc).get(0);
        int checked = 0;
        for (Map.Entry<String, JsonNode> row : truth.get("table2").properties()) {
            List<RawCell> cells = rowStartingWith(t, row.getKey());
            List<BigDecimal> expected = new ArrayList<>();
            row.getValue().elements().forEachRemaining(v -> expected.add(v.decimalValue()));
            assertThat(numbers(cells.subList(1, cells.size()))).as(row.getKey()).isEqualTo(expected);
            checked += expected.size();
        }
        assertThat(checked).isEqualTo(10);
    }

    @Test
    void applicationNumbersSitInTheirRowsAndColumns() {
        RawTable t = Documents.tables(doc).get(1);
        assertThat(Documents.compact(t.at(1, 3).text())).isEqualTo("自然人");
        assertThat(Documents.compact(t.at(1, 9).text())).isEqualTo("总计");
        Map<String, List<BigDecimal>> byLabel = applicationRows(t);
        int checked = 0;
        for (Map.Entry<String, JsonNode> row : truth.get("table3").get("rows").properties()) {
            List<BigDecimal> expected = new ArrayList<>();
            row.getValue().elements().forEachRemaining(v -> expected.add(v.decimalValue()));
            assertThat(byLabel.get(row.getKey())).as(row.getKey()).isEqualTo(expected);
            checked += expected.size();
        }
        assertThat(checked).isEqualTo(25 * 7);
        assertThat(byLabel).hasSize(25);
    }

    @Test
    void reviewAndLitigationNumbersSitUnderTheirHeaders() {
        RawTable t = Documents.tables(doc).get(2);
        int checked = 0;
        for (String group : List.of("行政复议", "未经复议直接起诉", "复议后起诉")) {
            RawCell header = cellWithText(t, group);
            List<BigDecimal> actual = new ArrayList<>();
            for (int col = header.col(); col < header.col() + header.colSpan(); col++) {
                actual.add(new BigDecimal(t.at(t.rowCount() - 1, col).text().strip()));
            }
            List<BigDecimal> expected = new ArrayList<>();
            truth.get("table4").get(group).elements().forEachRemaining(v -> expected.add(v.decimalValue()));
            assertThat(actual).as(group).isEqualTo(expected);
            checked += actual.size();
        }
        assertThat(checked).isEqualTo(15);
    }

    @Test
    void narrativeKeepsThePeriodSentenceAndDropsPageNumbers() {
        List<String> texts = new ArrayList<>();
        for (RawParagraph p : Documents.paragraphs(doc)) {
            texts.add(p.text());
        }

        assertThat(texts).anySatisfy(t -> assertThat(t).contains("报告所列统计期限自2024年1月1日至2024年12月31日。"));
        assertThat(texts).contains("淮安市人民政府", "2024年政府信息公开工作年度报告", "一、总体情况",
                "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
                "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        assertThat(texts).noneSatisfy(t -> assertThat(t).matches(".*-\\s*\\d+\\s*-.*"));
        assertThat(Documents.paragraphs(doc)).filteredOn(p -> p.text().equals("一、总体情况")).singleElement()
                .satisfies(p -> assertThat(p.bold()).as("黑体 heading").isTrue());
        assertThat(Documents.paragraphs(doc)).filteredOn(p -> p.text().startsWith("2024年，我市")).singleElement()
                .satisfies(p -> assertThat(p.bold()).isFalse());
        assertThat(texts).filteredOn(t -> t.startsWith("（二）依申请公开情况")).singleElement()
                .satisfies(t -> assertThat(t).contains("全市共受理政府信息公开申请3119件，答复3050件"));
    }

    /**
     * Keys as in the json: 一 … 四 for the top rows, 三(一) for a result row, 三(三)1 for a numbered sub-row. Built
     * from the label cells covering each row, whatever their spans.
     */
    private static Map<String, List<BigDecimal>> applicationRows(RawTable t) {
        Map<String, List<BigDecimal>> rows = new LinkedHashMap<>();
        for (int r = 3; r < t.rowCount(); r++) {
            StringBuilder key = new StringBuilder();
            for (int col = 0; col < 3; col++) {
                RawCell c = t.at(r, col);
                if (c == null || c.col() != col) {
                    continue;
                }
                String label = Documents.compact(c.text());
                if (label.matches("^[一二三四]、.*")) {
                    key.append(label.charAt(0));
                } else if (label.matches("^（[一二三四五六七]）.*")) {
                    key.append('(').append(label.charAt(1)).append(')');
                } else if (label.matches("^\\d[.、].*")) {
                    key.append(label.charAt(0));
                }
            }
            List<RawCell> values = new ArrayList<>();
            for (int col = 3; col < 10; col++) {
                values.add(t.at(r, col));
            }
            rows.put(key.toString(), numbers(values));
        }
        return rows;
    }

    private static List<RawCell> rowStartingWith(RawTable t, String label) {
        RawCell first = cellWithText(t, label);
        List<RawCell> row = new ArrayList<>();
        for (int col = 0; col < t.columnCount(); col++) {
            RawCell c = t.at(first.row(), col);
            if (c != null && !row.contains(c)) {
                row.add(c);
            }
        }
        return row;
    }

    private static RawCell cellWithText(RawTable t, String text) {
        for (RawCell c : t.cells()) {
            if (Documents.compact(c.text()).equals(text)) {
                return c;
            }
        }
        throw new AssertionError("no cell " + text);
    }

    private static List<BigDecimal> numbers(List<RawCell> cells) {
        List<BigDecimal> result = new ArrayList<>();
        for (RawCell c : cells) {
            result.add(new BigDecimal(c.text().strip()));
        }
        return result;
    }
}
