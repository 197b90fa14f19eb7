package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The level decides the deadline (31 January or 31 March), so check says why it chose one (levelBasis,
 * levelReason in the JSON output), a region's report gets the government deadline, a township keeps its own
 * configurable one, and --level overrides.
 */
class LevelReasonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The seed as another body's report of 2023, dated 2024-03-20 (late for a department, in time for a government). */
    private static Path report(Path dir, String title, String agency, String extraText) throws Exception {
        String seed = Files.readString(Path.of("samples/seed.json"))
                .replace("薛城区商务和投资促进局2023年政府信息公开工作年度报告", title)
                .replace("\"agency\": \"薛城区商务和投资促进局\"", "\"agency\": \"" + agency + "\"")
                .replace("\"level\": \"department\",", "")
                .replace("2024-01-16", "2024-03-20")
                .replace("深入贯彻落实", extraText + "深入贯彻落实");
        Path file = dir.resolve(agency + ".json");
        Files.writeString(file, seed);
        return file;
    }

    private static JsonNode check(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "never"));
        all.addAll(List.of(args));
        return JSON.readTree(CliRun.run(all.toArray(String[]::new)).out()).at("/reports/0");
    }

    private static List<String> rules(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.path("violations").forEach(v -> ids.add(v.path("rule").asText()));
        return ids;
    }

    @Test
    void aRegionsReportGetsTheGovernmentDeadlineAndSaysWhy(@TempDir Path dir) throws Exception {
        Path region = report(dir, "平潭综合实验区2023年政府信息公开工作年度报告", "平潭综合实验区", "");
        JsonNode r = check(region.toString());
        assertThat(r.at("/report/level").asText()).isEqualTo("government");
        assertThat(r.at("/report/levelBasis").asText()).isEqualTo("region-name");
        assertThat(r.at("/report/levelReason").asText()).contains("平潭综合实验区");
        assertThat(rules(r)).doesNotContain("DATE.LATE");

        JsonNode forced = check("--level", "department", region.toString());
        assertThat(forced.at("/report/levelBasis").asText()).isEqualTo("option");
        assertThat(rules(forced)).contains("DATE.LATE");
    }

    @Test
    void aCommitteeIsARegionOnlyWhenItsReportSumsUpTheRegion(@TempDir Path dir) throws Exception {
        Path whole = report(dir, "某某新区管理委员会2023年政府信息公开工作年度报告", "某某新区管理委员会",
                "全区各部门、各街道共主动公开政府信息5000余条。");
        JsonNode r = check(whole.toString());
        assertThat(r.at("/report/levelBasis").asText()).isEqualTo("region-report");
        assertThat(rules(r)).doesNotContain("DATE.LATE");

        Path own = report(dir, "某某开发区管委会2023年政府信息公开工作年度报告", "某某开发区管委会", "");
        JsonNode o = check("--lang", "en", own.toString());
        assertThat(o.at("/report/levelBasis").asText()).isEqualTo("region-body");
        assertThat(o.at("/report/levelReason").asText()).contains("--level government");
        assertThat(rules(o)).contains("DATE.LATE");
    }

    @Test
    void aTownshipKeepsItsConfigurableDeadline(@TempDir Path dir) throws Exception {
        Path town = report(dir, "某某镇人民政府2023年政府信息公开工作年度报告", "某某镇人民政府", "");
        Files.writeString(town, Files.readString(town).replace("2024-03-20", "2024-01-20"));
        JsonNode r = check(town.toString());
        assertThat(r.at("/report/levelBasis").asText()).isEqualTo("township");
        assertThat(rules(r)).doesNotContain("DATE.LATE");

        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        for (Path f : Files.list(Path.of("rules")).toList()) {
            String text = Files.readString(f);
            Files.writeString(rules.resolve(f.getFileName()), f.getFileName().toString().equals("dates.yaml")
                    ? text.replace("township: \"01-31\"", "township: \"01-15\"") : text);
        }
        JsonNode early = check("--rules", rules.toString(), town.toString());
        assertThat(rules(early)).contains("DATE.LATE");
        assertThat(early.toString()).contains("乡镇、街道的发布时限 2024-01-15");
    }
}
