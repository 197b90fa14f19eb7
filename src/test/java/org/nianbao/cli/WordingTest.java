package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Lang;
import org.nianbao.rules.CompiledRule;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.rules.RuleLoader;

/**
 * What the reports say to the person who must fix them: the offending value only, differences in words, lists and
 * dashes in words, one line per missing row or column, fixes in the reporting body's terms, English all through.
 */
class WordingTest {
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    /** Quoted text (the report's own words, or words it must contain), which stays as written. */
    private static final Pattern QUOTED = Pattern.compile("(?<![A-Za-z])'[^']*'|“[^”]*”");

    @Test
    void schemaFindingsShowTheOffendingValueOnly(@TempDir Path tmp) throws Exception {
        ObjectMapper m = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode seed =
                (com.fasterxml.jackson.databind.node.ObjectNode) m.readTree(Path.of("samples/seed.json").toFile());
        seed.put("remark", "请审核".repeat(100));
        Path file = Files.writeString(tmp.resolve("r.json"), m.writeValueAsString(seed));
        CliRun.Result r = CliRun.run("check", file.toString());
        String finding = r.out().lines().dropWhile(l -> !l.contains("JSON.SCHEMA")).limit(4).reduce("", String::concat);
        assertThat(finding).contains("JSON /remark", "不认识的字段“remark”", "实为：请审核请审核", "…")
                .doesNotContain("薛城区", "应为：");
        assertThat(finding.length()).isLessThan(400);
    }

    @Test
    void differencesListsDashesAndMissingValuesInWords() {
        String text = CliRun.run("check", "samples/rules/").out();
        assertThat(text).contains("比（一）至（六）各项之和 21 少 1", "= 4 多 1", "实为：2022、2023", "实为：横线“—”",
                "应为：0　实为：空白", "应为：科研机构　实为：缺少").doesNotContain("相差 -", "[2022, 2023]", "应为：—", "实为：—");
        String en = CliRun.run("check", "--lang", "en", "samples/rules/T3.RESULTS_TOTAL.json").out();
        assertThat(en).contains("(7) total is 20, 1 less than results (1)–(6), which add up to 21");
    }

    @Test
    void aMissingColumnIsOneLinePerRuleNotOnePerRow() {
        String text = CliRun.run("check", "samples/rules/TBL.COLUMN_MISSING.json").out();
        List<String> open = text.lines().dropWhile(l -> !l.contains("无法判断")).skip(1)
                .takeWhile(l -> l.startsWith("    ")).toList();
        assertThat(open).containsExactly(
                "    T3.BALANCE  申请情况表缺少“科研机构”列，本项勾稽关系有 1 处无法核对。",
                "    T3.RESULTS_TOTAL  申请情况表缺少“科研机构”列，办理结果有 1 列无法核对。",
                "    T3.ROW_TOTAL  申请情况表缺少“科研机构”列，有 25 行的总计无法核对。");
    }

    @Test
    void fixesSpeakToTheReportingBody() throws Exception {
        List<String> offences = new ArrayList<>();
        for (CompiledRule r : RuleLoader.builtIn().all()) {
            RuleDefinition d = r.definition();
            for (Lang l : Lang.values()) {
                String fix = d.fix().in(l);
                if (fix.matches("(?s).*(--[a-z]|\\.json|\\.md|schema|nianbao|命令行).*")) {
                    offences.add(d.id() + " " + l + ": " + fix);
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void englishOutputIsEnglishApartFromTheReportsOwnWords() throws Exception {
        JsonNode out = new ObjectMapper().readTree(CliRun.run("check", "--lang", "en", "--format", "json",
                "samples/").out());
        List<String> offences = new ArrayList<>();
        for (JsonNode report : out.get("reports")) {
            List<JsonNode> all = new ArrayList<>();
            report.get("violations").forEach(all::add);
            report.get("notAssessable").forEach(all::add);
            for (JsonNode v : all) {
                for (String field : new String[] {"message", "fix"}) {
                    String s = QUOTED.matcher(v.path(field).asText()).replaceAll("");
                    if (CJK.matcher(s).find()) {
                        offences.add(v.get("rule").asText() + " " + field + ": " + v.path(field).asText());
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
        String tooLarge = CliRun.run("check", "--lang", "en", "--max-cells", "20", "samples/seed.json").out();
        assertThat(tooLarge).contains("(limit: 20 table cells, set with --max-cells)");
        assertThat(CJK.matcher(tooLarge.replace("samples/seed.json", "")).find()).isFalse();
    }
}
