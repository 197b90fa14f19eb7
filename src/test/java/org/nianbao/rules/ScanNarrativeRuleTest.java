package org.nianbao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.model.Lang;
import org.nianbao.model.Level;
import org.nianbao.model.Report;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.json.JsonReportReader;

/**
 * The rules that read the narrative, the headings, the dates and the names (rules/README.md "Scans"): on a report
 * read by OCR a finding one misread character alone could make is not assessable, to be checked by hand; one a
 * misreading could hardly make (a whole phrase, headings out of order) stays judged at its severity and says it was
 * read from the scan. Each rule's own sample (samples/rules/ID.json, which breaks it) is read once as it is and
 * once as a scan would give it.
 */
class ScanNarrativeRuleTest {
    /** Each narrative rule, and whether its finding on a scan is still judged (true) or not assessable (false). */
    private static final Map<String, Boolean> JUDGED_ON_SCAN = Map.ofEntries(
            Map.entry("TEXT.NUMBER_MISMATCH", false), Map.entry("TEXT.CLAIM_MISMATCH", true),
            Map.entry("TEXT.FEE_MISSING", false), Map.entry("TEXT.GOV_ITEMS_MISSING", false),
            Map.entry("TEXT.EMPTY_SECTION", false), Map.entry("DATE.PERIOD_MISSING", false),
            Map.entry("DATE.PERIOD", false), Map.entry("DATE.YEAR_MISMATCH", false), Map.entry("DATE.LATE", false),
            Map.entry("DATE.TOO_EARLY", false), Map.entry("DATE.MISSING", false), Map.entry("META.TITLE", false),
            Map.entry("META.AGENCY_MISMATCH", false), Map.entry("SEC.ORDER", true), Map.entry("SEC.DUPLICATE", true));

    private static RuleSet rules;

    @BeforeAll
    static void load() throws Exception {
        rules = RuleLoader.builtIn();
    }

    static Stream<String> narrativeRules() {
        return JUDGED_ON_SCAN.keySet().stream().sorted();
    }

    private static Report sample(String id, String format) throws Exception {
        byte[] json = Files.readAllBytes(Path.of("samples/rules/" + id + ".json"));
        return new JsonReportReader().read(json, ReadLimits.DEFAULT).inputFormat(format);
    }

    private static List<Violation> of(String id, Report report) {
        return new RuleEngine(rules).evaluate(report, null).violations().stream()
                .filter(v -> v.ruleId().equals(id)).toList();
    }

    /** Whether a finding of this variant takes the rule's scan variant: the main finding, or one with its own. */
    private static boolean takesScanVariant(Violation v) {
        return v.variant() == null || v.rule().variants().containsKey("scan-" + v.variant());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("narrativeRules")
    void onAScanTheFindingSaysItRestsOnOcrAndIsJudgedOnlyWhereAMisreadingCouldNotMakeIt(String id)
            throws Exception {
        List<Violation> text = of(id, sample(id, "json"));
        List<Violation> scan = of(id, sample(id, "pdf (OCR)"));
        assertThat(text).as("the sample breaks its rule").filteredOn(ScanNarrativeRuleTest::takesScanVariant)
                .isNotEmpty().allMatch(Violation::assessable);
        assertThat(text).noneMatch(v -> v.message(Lang.ZH).contains("扫描件"));
        assertThat(scan).extracting(v -> v.where().key())
                .containsExactlyElementsOf(text.stream().map(v -> v.where().key()).toList());
        boolean judged = JUDGED_ON_SCAN.get(id);
        for (int i = 0; i < text.size(); i++) {
            Violation t = text.get(i);
            Violation s = scan.get(i);
            if (!takesScanVariant(t)) { // an explained number (an info) says the same on any report
                assertThat(s.message(Lang.ZH)).isEqualTo(t.message(Lang.ZH));
                assertThat(s.assessable()).isEqualTo(t.assessable());
                continue;
            }
            assertThat(s.variant()).startsWith("scan");
            assertThat(s.severity()).isEqualTo(t.severity());
            assertThat(s.assessable()).isEqualTo(judged);
            assertThat(s.message(Lang.ZH)).startsWith("扫描件").contains("请对照原件");
            assertThat(s.message(Lang.EN)).contains("scan").contains("the original");
            if (!judged) {
                assertThat(s.message(Lang.ZH)).contains("人工核对");
                assertThat(s.message(Lang.EN)).contains("check the original by hand");
            }
        }
    }

    @Test
    void aNarrativeNumberAtOddsWithTheTableIsAWarningFromATextLayerAndNotAssessableOnAScan() throws Exception {
        Violation text = of("TEXT.NUMBER_MISMATCH", sample("TEXT.NUMBER_MISMATCH", "docx")).stream()
                .filter(v -> v.severity() == Severity.WARNING).findFirst().orElseThrow();
        assertThat(text.assessable()).isTrue();
        List<Violation> scan = of("TEXT.NUMBER_MISMATCH", sample("TEXT.NUMBER_MISMATCH", "png (OCR)"));
        assertThat(scan).filteredOn(v -> v.severity() == Severity.WARNING).singleElement()
                .satisfies(v -> assertThat(v.assessable()).isFalse())
                .satisfies(v -> assertThat(v.message(Lang.ZH)).contains("正文识别为“")
                        .contains("即 72，与表中“本年新收”申请总计（27）不同").contains("一个数字识别有误即可造成不一致"));
        // what the rule explains (approximate, another scope, new plus carried over) it explains on a scan too
        assertThat(scan).filteredOn(v -> v.severity() == Severity.INFO).hasSize(3).allMatch(Violation::assessable);
    }

    /**
     * A deadline judged from a publication date given outside the scan (a list of publication dates) rests on
     * the report year and the level: with the year read alike in the title and in the period, and the level not
     * inferred from a name OCR read (or the date late for every level), it stands as on any report; else it is not
     * assessable.
     */
    @Test
    void aLatePublicationDateGivenOutsideTheScanIsAnErrorWhenTheYearIsReadTwice() throws Exception {
        Report scan = sample("DATE.LATE", "pdf (OCR)").issued(null)
                .published(LocalDate.parse("2024-02-20"), "list");
        assertThat(of("DATE.LATE", scan)).singleElement().satisfies(v -> assertThat(v.assessable()).isTrue())
                .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR))
                .satisfies(v -> assertThat(v.message(Lang.ZH)).startsWith("发布日期清单中的日期为 2024-02-20"));
        Report yearOnce = sample("DATE.LATE", "pdf (OCR)").issued(null)
                .published(LocalDate.parse("2024-02-20"), "list").title("薛城区商务和投资促进局政府信息公开工作年度报告");
        assertThat(of("DATE.LATE", yearOnce)).singleElement().satisfies(v -> assertThat(v.assessable()).isFalse())
                .satisfies(v -> assertThat(v.message(Lang.ZH)).contains("报告年度为 2023年").contains("人工核对"));
        // the level inferred from a name OCR read: late for a department (31 January), not for a government
        Report levelRead = sample("DATE.LATE", "pdf (OCR)").issued(null)
                .published(LocalDate.parse("2024-02-20"), "list").level(Level.DEPARTMENT, "inferred");
        assertThat(of("DATE.LATE", levelRead)).singleElement().satisfies(v -> assertThat(v.assessable()).isFalse());
        Report lateForAny = sample("DATE.LATE", "pdf (OCR)").issued(null)
                .published(LocalDate.parse("2024-04-20"), "list").level(Level.DEPARTMENT, "inferred");
        assertThat(of("DATE.LATE", lateForAny)).singleElement().satisfies(v -> assertThat(v.assessable()).isTrue());
    }
}
