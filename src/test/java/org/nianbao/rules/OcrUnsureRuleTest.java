package org.nianbao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Cell;
import org.nianbao.model.CellRef;
import org.nianbao.model.CellValue;
import org.nianbao.model.Lang;
import org.nianbao.model.Location;
import org.nianbao.model.OcrReading;
import org.nianbao.model.Report;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.json.JsonReportReader;

/**
 * CELL.OCR_UNSURE and the balances as OCR's proof-reader, on the seed with 35 applications granted to natural
 * persons (every balance holding) and one cell of it read from a scan.
 */
class OcrUnsureRuleTest {
    private static final CellRef GRANTED = new CellRef(TableId.APPLICATIONS, "granted", "naturalPerson");
    private static RuleSet rules;

    @BeforeAll
    static void load() throws Exception {
        rules = RuleLoader.builtIn();
    }

    /** The seed with 35 new applications from natural persons, all granted: every balance holds. */
    private static Report balanced() throws Exception {
        Report r = new JsonReportReader().read(Files.readAllBytes(Path.of("samples/seed.json")), ReadLimits.DEFAULT);
        Table t = r.table(TableId.APPLICATIONS).orElseThrow();
        for (String row : List.of("newReceived", "granted", "totalProcessed")) {
            for (String col : List.of("naturalPerson", "total")) {
                t.put(row, col, Cell.of(CellValue.number(35)));
            }
        }
        return r;
    }

    private static void scanned(Report r, String seen, List<String> alternatives) {
        OcrReading reading = new OcrReading(seen, 41, alternatives, true, null, null);
        r.table(TableId.APPLICATIONS).orElseThrow().put(GRANTED.row(), GRANTED.column(), new Cell(
                CellValue.written(seen), Location.tableCell(3, 2, 5, 2).withBox("120.0,300.0,40.0,18.0"), reading));
    }

    private static List<Violation> violations(Report r) {
        return new RuleEngine(rules).evaluate(r, null).violations();
    }

    @Test
    void anUnsureCellIsAnInfoNamingWhatWasSeenAndItsBalancesAreNotAssessable() throws Exception {
        Report r = balanced();
        scanned(r, "135", List.of("135", "35"));
        List<Violation> found = violations(r);
        Violation unsure = found.stream().filter(v -> v.ruleId().equals("CELL.OCR_UNSURE")).findFirst().orElseThrow();
        assertThat(unsure.severity()).isEqualTo(Severity.INFO);
        assertThat(unsure.cells()).containsExactly(GRANTED);
        assertThat(unsure.message(Lang.ZH)).contains("识别为“135”").contains("35");
        assertThat(unsure.message(Lang.EN)).contains("seen as '135'");
        // what OCR saw is no "found" value: no output may print "实为：135" as if the cell held it
        assertThat(unsure.actual()).isNull();
        assertThat(unsure.where().source().page()).isEqualTo(3);
        // every output says where the scanned cell is and that it was read by OCR
        assertThat(org.nianbao.report.LocationText.describe(unsure.where(), Lang.ZH)).contains("第 3 页")
                .contains("扫描件文字识别").contains("第 3 页，框 120,300,40,18 点");
        assertThat(org.nianbao.report.LocationText.describe(unsure.where(), Lang.EN)).contains("read by OCR");
        // never an error built on the guess: no CELL.NOT_NUMBER, and the balances over the cell are not judged
        assertThat(found).noneMatch(v -> v.ruleId().equals("CELL.NOT_NUMBER"));
        assertThat(found).filteredOn(v -> v.ruleId().equals("T3.RESULTS_TOTAL") && v.cells().contains(GRANTED))
                .isNotEmpty().allMatch(v -> !v.assessable())
                .allMatch(v -> v.message(Lang.ZH).contains("识别不确定"));
        assertThat(found).filteredOn(v -> v.severity() == Severity.ERROR && v.assessable()).isEmpty();
    }

    @Test
    void aReportWithoutScannedCellsHasNoOcrFinding() throws Exception {
        assertThat(violations(balanced())).noneMatch(v -> v.ruleId().equals("CELL.OCR_UNSURE"));
    }

    @Test
    void theBalancesSettleTheOneReadingThatMakesThemHold() throws Exception {
        Report r = balanced();
        scanned(r, "135", List.of("135", "35", "36"));
        Map<CellRef, BigDecimal> settled = new BalanceProofreader(rules).settle(r,
                Map.of(GRANTED, List.of(new BigDecimal("135"), new BigDecimal("35"), new BigDecimal("36"))));
        assertThat(settled).containsExactly(Map.entry(GRANTED, new BigDecimal("35")));
    }

    @Test
    void noReadingThatHoldsSettlesNothing() throws Exception {
        Report r = balanced();
        scanned(r, "135", List.of("135", "36"));
        assertThat(new BalanceProofreader(rules).settle(r,
                Map.of(GRANTED, List.of(new BigDecimal("135"), new BigDecimal("36"))))).isEmpty();
    }

    @Test
    void twoUnsureCellsThatCanSwapAreLeftUnsure() throws Exception {
        Report r = balanced();
        CellRef total = new CellRef(TableId.APPLICATIONS, "granted", "total");
        // granted: natural person and total both unsure, 35 or 36 each: both 35 and both 36 keep the row's total,
        // but only 35/35 keeps the column; so the column pins both
        Map<CellRef, BigDecimal> settled = new BalanceProofreader(rules).settle(r, Map.of(
                GRANTED, List.of(new BigDecimal("36"), new BigDecimal("35")),
                total, List.of(new BigDecimal("36"), new BigDecimal("35"))));
        assertThat(settled).containsEntry(GRANTED, new BigDecimal("35")).containsEntry(total, new BigDecimal("35"));
        // with the results total unsure as well, 36/36/36 would break only T3.BALANCE: still pinned
        CellRef processed = new CellRef(TableId.APPLICATIONS, "totalProcessed", "naturalPerson");
        CellRef received = new CellRef(TableId.APPLICATIONS, "newReceived", "naturalPerson");
        Map<CellRef, BigDecimal> free = new BalanceProofreader(rules).settle(r, Map.of(
                GRANTED, List.of(new BigDecimal("36"), new BigDecimal("35")),
                processed, List.of(new BigDecimal("36"), new BigDecimal("35")),
                received, List.of(new BigDecimal("36"), new BigDecimal("35"))));
        // the natural-person row total (35) pins all three again; a cell the equations cannot tell stays out
        assertThat(free).containsEntry(GRANTED, new BigDecimal("35"));
    }

    /**
     * A real report's review row (72 + 64 + 178 + 37 = 351) with three cells unsure: 2 + 84 + 87 is the only
     * combination of their readings that balances, and all three are wrong. One equation with several unsure cells
     * settles none of them.
     */
    @Test
    void oneEquationWithSeveralUnsureCellsSettlesNone() throws Exception {
        Report r = balanced();
        Table review = r.table(TableId.REVIEW_LITIGATION).orElseThrow();
        Map.of("upheld", 72, "corrected", 64, "other", 178, "pending", 37, "total", 351)
                .forEach((column, value) -> review.put("review", column, Cell.of(CellValue.number(value))));
        Map<CellRef, BigDecimal> settled = new BalanceProofreader(rules).settle(r, Map.of(
                new CellRef(TableId.REVIEW_LITIGATION, "review", "upheld"), numbers(2, 12, 21),
                new CellRef(TableId.REVIEW_LITIGATION, "review", "corrected"), numbers(64, 84, 54, 61),
                new CellRef(TableId.REVIEW_LITIGATION, "review", "pending"), numbers(37, 87, 57, 31)));
        assertThat(settled).isEmpty();
    }

    private static List<BigDecimal> numbers(int... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }
}
