package org.nianbao.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CellValue;
import org.nianbao.model.FormatVersion;
import org.nianbao.model.Level;
import org.nianbao.model.Report;
import org.nianbao.model.RowSpec;
import org.nianbao.model.StandardLayouts;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleLoader;
import org.nianbao.rules.Violation;

/** A real report exported by WPS as PDF (淮安市人民政府 2024) reads cell for cell as its hand-made numbers say. */
class RealReportTest {
    private static final Path PDF = Path.of("src/test/resources/reports/real/huaian-city-gov_2024.pdf");
    private static final Path NUMBERS = Path.of("src/test/resources/reports/real/huaian-city-gov_2024.json");

    @Test
    void everyCellEqualsTheHandMadeNumbersAndNothingIsOutOfBalance() throws Exception {
        Checker checker = new Checker(new RuleEngine(RuleLoader.builtIn()), CheckOptions.DEFAULT, Readers.parsers(),
                Readers.recognizer());
        Report r = checker.read(PDF);
        JsonNode truth = new ObjectMapper().readTree(NUMBERS.toFile());

        assertThat(r.agency()).startsWith("淮安市人民政府");
        assertThat(r.year()).isEqualTo(2024);
        assertThat(r.level()).isEqualTo(Level.GOVERNMENT);
        assertThat(r.formatVersion()).isEqualTo(FormatVersion.V2021);
        assertThat(r.period().sentence()).isEqualTo("报告所列统计期限自2024年1月1日至2024年12月31日。");

        Table proactive = r.table(TableId.PROACTIVE).orElseThrow();
        String[][] t2 = {{"规章", "regulations"}, {"行政规范性文件", "normativeDocuments"}, {"行政许可", "licensing"},
            {"行政处罚", "punishment"}, {"行政强制", "coercion"}, {"行政事业性收费", "fees"}};
        int checked = 0;
        for (String[] row : t2) {
            RowSpec spec = StandardLayouts.PROACTIVE_2021.row(row[1]).orElseThrow();
            Iterator<JsonNode> values = truth.at("/table2/" + row[0]).elements();
            for (String column : spec.columns()) {
                assertThat(number(proactive, row[1], column)).as(row[1] + "/" + column)
                        .isEqualByComparingTo(values.next().decimalValue());
                checked++;
            }
        }
        Table applications = r.table(TableId.APPLICATIONS).orElseThrow();
        List<RowSpec> rows = StandardLayouts.APPLICATIONS_2021.rows();
        Iterator<JsonNode> truthRows = truth.at("/table3/rows").elements();
        for (RowSpec row : rows) {
            Iterator<JsonNode> values = truthRows.next().elements();
            for (String column : row.columns()) {
                assertThat(number(applications, row.id(), column)).as(row.id() + "/" + column)
                        .isEqualByComparingTo(values.next().decimalValue());
                checked++;
            }
        }
        Table review = r.table(TableId.REVIEW_LITIGATION).orElseThrow();
        String[][] t4 = {{"行政复议", "review"}, {"未经复议直接起诉", "litigationDirect"},
            {"复议后起诉", "litigationAfterReview"}};
        for (String[] group : t4) {
            Iterator<JsonNode> values = truth.at("/table4/" + group[0]).elements();
            for (String column : List.of("upheld", "corrected", "other", "pending", "total")) {
                assertThat(number(review, group[1], column)).isEqualByComparingTo(values.next().decimalValue());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(10 + 25 * 7 + 15);

        List<String> balanceErrors = checker.check(PDF).evaluation().violations().stream()
                .map(Violation::ruleId).filter(id -> id.startsWith("T3.") || id.startsWith("T4.")).toList();
        assertThat(balanceErrors).isEmpty();
    }

    private static BigDecimal number(Table t, String row, String column) {
        CellValue v = t.cell(row, column).orElseThrow(() -> new AssertionError("no cell " + row + "/" + column))
                .value();
        assertThat(v).as(row + "/" + column).isInstanceOf(CellValue.Number.class);
        return ((CellValue.Number) v).value();
    }
}
