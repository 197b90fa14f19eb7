package org.nianbao.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Cell;
import org.nianbao.model.CellValue;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionId;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleLoader;
import org.nianbao.rules.Severity;

/**
 * A real report exported by WPS (淮安市洪泽区人民政府 2024; read its .md): page 2 holds the end of section 一 and
 * then the heading 二 directly above table 2, page 5 the end of 五 and the heading 六; WPS paints a white box
 * behind every line of text, which must not pass for a table. Its extract equals the hand-made canonical JSON
 * cell for cell, every section is there with its content, and check gives no error.
 */
class HongzeReportTest {
    private static final Path PDF = Path.of("src/test/resources/reports/real/huaian-hongze-district-gov_2024.pdf");
    private static final Path TRUTH = Path.of(
            "src/test/resources/reports/real/huaian-hongze-district-gov_2024.canonical.json");
    private static Checker checker;
    private static Report report;

    @BeforeAll
    static void read() throws Exception {
        checker = new Checker(new RuleEngine(RuleLoader.builtIn()), CheckOptions.DEFAULT, Readers.parsers(),
                Readers.recognizer());
        report = checker.read(PDF);
    }

    @Test
    void everyCellEqualsTheCanonicalJson() throws Exception {
        JsonNode truth = new ObjectMapper().readTree(TRUTH.toFile());
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> actual = new TreeMap<>();
        for (TableId id : TableId.values()) {
            flatten(truth.at("/tables/" + id.id()), id.id(), expected);
            Table t = report.table(id).orElseThrow();
            for (String row : t.rowIds()) {
                for (Map.Entry<String, Cell> c : t.row(row).entrySet()) {
                    actual.put(id.id() + "/" + row.replace('.', '/') + "/" + c.getKey(),
                            display(c.getValue().value()));
                }
            }
        }
        assertThat(expected).hasSize(10 + 25 * 7 - 2 * 7 + 15);
        List<String> differences = new ArrayList<>();
        expected.forEach((cell, value) -> {
            if (!value.equals(actual.get(cell))) {
                differences.add(cell + ": " + value + " read as " + actual.get(cell));
            }
        });
        actual.keySet().stream().filter(cell -> !expected.containsKey(cell)).forEach(c -> differences.add(c + " extra"));
        assertThat(differences).isEmpty();
        assertThat(report.title()).isEqualTo(truth.get("title").asText());
        assertThat(report.agency()).isEqualTo(truth.get("agency").asText());
        assertThat(report.year()).isEqualTo(truth.get("year").asInt());
        assertThat(report.level().id()).isEqualTo(truth.get("level").asText());
        assertThat(report.formatVersion().id()).isEqualTo(truth.get("formatVersion").asText());
        assertThat(report.period().start()).hasToString(truth.at("/period/start").asText());
        assertThat(report.period().end()).hasToString(truth.at("/period/end").asText());
    }

    @Test
    void everySectionIsThereWithItsContent() {
        List<String> headings = new ArrayList<>();
        for (Section s : report.sections()) {
            headings.add(s.id().id() + " " + s.heading());
        }
        assertThat(headings).containsExactly("overview 一、总体情况", "proactive 二、主动公开政府信息情况",
                "applications 三、收到和处理政府信息公开申请情况", "reviewLitigation 四、政府信息公开行政复议、行政诉讼情况",
                "problems 五、存在的主要问题及改进情况", "otherMatters 六、其他需要报告的事项");
        // page 2's narrative ends section 一; the last lines of 五 are on page 5, above the heading 六
        assertThat(text(SectionId.OVERVIEW)).contains("（三）政府信息管理情况。", "（五）政府信息公开监督保障情况。",
                "载党中央、国务院重大方针政策。");
        assertThat(text(SectionId.PROBLEMS)).endsWith("不断提高各单位政府信息公开工作人员的思想认识和业务工作水平。");
        assertThat(text(SectionId.OTHER_MATTERS)).isEqualTo(
                "2024年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费0元。");
    }

    @Test
    void checkFindsNoError() {
        List<String> errors = checker.check(PDF).evaluation().violations().stream()
                .filter(v -> v.assessable() && v.severity() == Severity.ERROR)
                .map(v -> v.ruleId() + " " + v.where().key()).toList();
        assertThat(errors).isEmpty();
    }

    private static String text(SectionId id) {
        return report.sections().stream().filter(s -> s.id() == id).findFirst().orElseThrow().text()
                .replaceAll("\\s+", "");
    }

    private static String display(CellValue v) {
        return v instanceof CellValue.Blank ? "null" : v.display();
    }

    private static void flatten(JsonNode node, String prefix, Map<String, String> out) {
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                flatten(e.getValue(), prefix + "/" + e.getKey(), out);
            } else {
                out.put(prefix + "/" + e.getKey(), e.getValue().isNull() ? "null" : e.getValue().asText());
            }
        });
    }
}
