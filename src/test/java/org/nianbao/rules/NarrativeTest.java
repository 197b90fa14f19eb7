package org.nianbao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Cell;
import org.nianbao.model.CellValue;
import org.nianbao.model.Lang;
import org.nianbao.model.Level;
import org.nianbao.model.Location;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionId;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.support.ChineseNumerals;

/**
 * TEXT.NUMBER_MISMATCH and TEXT.CLAIM_MISMATCH on the real 淮安市人民政府 2024 narrative (its numbers agree with its
 * tables: nothing may be reported) and on variants of it with one number or claim changed.
 */
class NarrativeTest {
    private static RuleEngine engine;
    private static String overview;

    @BeforeAll
    static void load() throws Exception {
        engine = new RuleEngine(RuleLoader.builtIn());
        String all = Files.readString(Path.of("src/test/resources/reports/real/huaian-city-gov_2024.txt"));
        overview = all.substring(all.indexOf("一、总体情况") + 6, all.indexOf("二、主动公开政府信息情况"));
        assertThat(overview).contains("受理政府信息公开申请 3119 件").contains("行政复议 351");
    }

    /** The report's own figures for the cells the narrative speaks of. */
    private static Report huaian(String text) {
        Report r = new Report().agency("淮安市人民政府").year(2024).level(Level.GOVERNMENT, "declared");
        r.addSection(new Section(SectionId.OVERVIEW, "一、总体情况", text, Location.NONE));
        Table a = new Table(TableId.APPLICATIONS, Location.NONE);
        Map.of("newReceived", 3119, "carriedOver", 34, "totalProcessed", 3050, "carriedForward", 103)
                .forEach((row, n) -> a.put(row, "total", Cell.of(CellValue.number(n))));
        r.putTable(a);
        Table t = new Table(TableId.REVIEW_LITIGATION, Location.NONE);
        put(t, "review", 72, 64, 178, 37, 351);
        put(t, "litigationDirect", 13, 4, 8, 1, 26);
        put(t, "litigationAfterReview", 12, 1, 1, 6, 20);
        r.putTable(t);
        return r;
    }

    private static void put(Table t, String row, long... v) {
        String[] cols = {"upheld", "corrected", "other", "pending", "total"};
        for (int i = 0; i < cols.length; i++) {
            t.put(row, cols[i], Cell.of(CellValue.number(v[i])));
        }
    }

    private static List<Violation> text(Report r) {
        return engine.evaluate(r, "2021").violations().stream().filter(v -> v.ruleId().startsWith("TEXT.")
                && (v.ruleId().endsWith("_MISMATCH"))).toList();
    }

    @Test
    void theRealNarrativeAgreesWithItsTables() {
        assertThat(text(huaian(overview))).isEmpty();
    }

    @Test
    void aChangedCountIsAWarningWithItsSpan() {
        String changed = overview.replace("3119 件", "3191 件");
        List<Violation> found = text(huaian(changed));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("TEXT.NUMBER_MISMATCH");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.message(Lang.ZH)).contains("3191").contains("3119");
            Location at = v.where().source();
            assertThat(changed.substring(at.charStart(), at.charEnd())).startsWith("受理").contains("3191 件");
        });
    }

    @Test
    void litigationIsTheSumOfBothKindsAndReviewIsItsTotal() {
        List<Violation> found = text(huaian(overview.replace("行政诉讼 46", "行政诉讼 47")
                .replace("行政复议 351", "行政复议 315")));
        assertThat(found).extracting(v -> v.message(Lang.EN)).hasSize(2)
                .anyMatch(m -> m.contains("47") && m.contains("46"))
                .anyMatch(m -> m.contains("315") && m.contains("351"));
    }

    @Test
    void aScopeWordOrApproximationExplainsInsteadOfFlagging() {
        Report dept = huaian(overview.replace("3119 件", "3200 件"));
        dept.level(Level.DEPARTMENT, "declared"); // 全市 in a department's report: the whole city, not the body
        assertThat(text(dept)).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.INFO);
            assertThat(v.message(Lang.ZH)).contains("全市");
        });
        assertThat(text(huaian(overview.replace("3119 件", "三千余件")))).singleElement()
                .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void claimsAgainstTheTables() {
        List<Violation> found = text(huaian(overview + "\n全市政府信息公开行政复议案件均获维持。所有申请均已办结。"));
        assertThat(found).extracting(Violation::ruleId).containsExactly("TEXT.CLAIM_MISMATCH", "TEXT.CLAIM_MISMATCH");
        assertThat(found).extracting(v -> v.message(Lang.ZH)).anyMatch(m -> m.contains("均获维持") && m.contains("64"))
                .anyMatch(m -> m.contains("均已办结") && m.contains("103"));
    }

    @Test
    void chineseNumerals() {
        assertThat(ChineseNumerals.parse("一百二十").getAsLong()).isEqualTo(120);
        assertThat(ChineseNumerals.parse("十二").getAsLong()).isEqualTo(12);
        assertThat(ChineseNumerals.parse("两千零五").getAsLong()).isEqualTo(2005);
        assertThat(ChineseNumerals.parse("一万二千").getAsLong()).isEqualTo(12000);
        assertThat(ChineseNumerals.parse("3,119").getAsLong()).isEqualTo(3119);
        assertThat(ChineseNumerals.parse("件")).isEmpty();
    }
}
