package org.nianbao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Lang;
import org.nianbao.model.Report;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.json.JsonReportReader;

/**
 * What a report lacks is an error when it was read from a text layer, and not assessable (to be checked by hand)
 * when it was read from a scan by OCR, where the table, row, column or heading may be on the paper and only unread:
 * the rules' {@code scan} variants (rules/tables.yaml, rules/sections.yaml).
 */
class ScanAbsenceRuleTest {
    private static final Set<String> ABSENCE = Set.of("TBL.MISSING", "TBL.ROW_MISSING", "TBL.COLUMN_MISSING",
            "SEC.MISSING", "SEC.HEADING");
    private static RuleSet rules;

    @BeforeAll
    static void load() throws Exception {
        rules = RuleLoader.builtIn();
    }

    /**
     * The seed without its review table, without the applications' carried-over row, without the research column
     * anywhere in the applications table and without one granted cell of the legal-service column, without section
     * five, and with section two's heading numbered {@code 二。}: what a poor scan of it reads.
     */
    private static Report lacking(String format) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode seed = (ObjectNode) json.readTree(Files.readAllBytes(Path.of("samples/seed.json")));
        ObjectNode tables = (ObjectNode) seed.get("tables");
        tables.remove("reviewLitigation");
        ObjectNode applications = (ObjectNode) tables.get("applications");
        applications.remove("carriedOver");
        applications.findParents("research").forEach(row -> ((ObjectNode) row).remove("research"));
        ((ObjectNode) applications.get("granted")).remove("legalService");
        ArrayNode sections = (ArrayNode) seed.get("sections");
        for (int i = sections.size() - 1; i >= 0; i--) {
            ObjectNode s = (ObjectNode) sections.get(i);
            if (s.get("id").asText().equals("problems")) {
                sections.remove(i);
            } else if (s.get("id").asText().equals("proactive")) {
                s.put("heading", "二。主动公开政府信息情况");
            }
        }
        Report r = new JsonReportReader().read(json.writeValueAsBytes(seed), ReadLimits.DEFAULT);
        return r.inputFormat(format);
    }

    /**
     * The seed without its Article 20 table and with （六）其他处理 as the 2019 format's single row: what a scan
     * that lost the first table and the rules between the three 2021 sub-rows reads.
     */
    private static Report oldLooking(String format) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode seed = (ObjectNode) json.readTree(Files.readAllBytes(Path.of("samples/seed.json")));
        ObjectNode tables = (ObjectNode) seed.get("tables");
        tables.remove("proactive");
        ObjectNode applications = (ObjectNode) tables.get("applications");
        ObjectNode other = (ObjectNode) applications.get("otherHandling");
        applications.set("otherHandling", other.get("overdueCorrection"));
        Report r = new JsonReportReader().read(json.writeValueAsBytes(seed), ReadLimits.DEFAULT);
        return r.inputFormat(format);
    }

    @Test
    void onAScanTheFormatIsNotJudgedFromTheTablesLeftWhenOneThatTellsItWasNotRead() throws Exception {
        List<Violation> text = new RuleEngine(rules).evaluate(oldLooking("pdf"), null).violations().stream()
                .filter(v -> v.ruleId().equals("FMT.OUTDATED")).toList();
        assertThat(text).singleElement().satisfies(v -> assertThat(v.assessable()).isTrue())
                .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
        List<Violation> scan = new RuleEngine(rules).evaluate(oldLooking("pdf (OCR)"), null).violations().stream()
                .filter(v -> v.ruleId().equals("FMT.OUTDATED")).toList();
        assertThat(scan).singleElement().satisfies(v -> assertThat(v.assessable()).isFalse())
                .satisfies(v -> assertThat(v.message(Lang.ZH)).startsWith("扫描件中").contains("主动公开政府信息情况表未能识别")
                        .endsWith("请对照原件人工核对。"));
    }

    private static List<Violation> absences(Report r) {
        return new RuleEngine(rules).evaluate(r, null).violations().stream()
                .filter(v -> ABSENCE.contains(v.ruleId())).toList();
    }

    @Test
    void fromATextLayerWhatIsLackingIsAnError() throws Exception {
        List<Violation> found = absences(lacking("pdf"));
        assertThat(found).extracting(Violation::ruleId).containsAll(ABSENCE);
        assertThat(found).allMatch(Violation::assessable);
        assertThat(found).filteredOn(v -> !v.ruleId().equals("SEC.HEADING"))
                .allMatch(v -> v.severity() == Severity.ERROR);
        assertThat(found).noneMatch(v -> v.message(Lang.ZH).contains("扫描件"));
        assertThat(found).filteredOn(v -> v.ruleId().equals("TBL.MISSING")).singleElement()
                .satisfies(v -> assertThat(v.message(Lang.ZH)).startsWith("缺少"));
    }

    @Test
    void fromAScanWhatIsLackingIsNotAssessableAndToBeCheckedByHand() throws Exception {
        Report scan = lacking("pdf (OCR)");
        assertThat(scan.readByOcr()).isTrue();
        List<Violation> found = absences(scan);
        // the same findings, one for one, where the text layer's are
        assertThat(found).extracting(v -> v.ruleId() + " " + v.where().key())
                .containsExactlyInAnyOrderElementsOf(absences(lacking("pdf")).stream()
                        .map(v -> v.ruleId() + " " + v.where().key()).toList());
        assertThat(found).noneMatch(Violation::assessable);
        assertThat(found).allMatch(v -> v.message(Lang.ZH).startsWith("扫描件中")
                && v.message(Lang.ZH).endsWith("请对照原件人工核对。"));
        assertThat(found).allMatch(v -> v.message(Lang.EN).contains("from the scan")
                && v.message(Lang.EN).contains("check the original"));
        assertThat(found).filteredOn(v -> v.ruleId().equals("TBL.MISSING")).singleElement()
                .satisfies(v -> assertThat(v.message(Lang.ZH)).contains("未能识别出行政复议、行政诉讼情况表")
                        .contains("无法判断是否缺表"));
        assertThat(found).filteredOn(v -> v.ruleId().equals("TBL.COLUMN_MISSING"))
                .extracting(v -> v.message(Lang.ZH))
                .anyMatch(m -> m.contains("“科研机构”列") && m.contains("无法判断是否缺列"))
                .anyMatch(m -> m.contains("行“法律服务机构”列的单元格"));
        assertThat(found).filteredOn(v -> v.ruleId().equals("SEC.HEADING")).extracting(v -> v.message(Lang.ZH))
                .anyMatch(m -> m.contains("识别为“二。主动公开政府信息情况”"));
        // nothing the scan may have lost counts as an error: the report's errors come from elsewhere or nowhere
        assertThat(new RuleEngine(rules).evaluate(scan, null).violations())
                .filteredOn(v -> ABSENCE.contains(v.ruleId()) && v.assessable()).isEmpty();
    }
}
