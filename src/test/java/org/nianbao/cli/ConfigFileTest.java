package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * .nianbao.yaml: found in the working folder or above it, paths in it relative to itself; it sets the profile,
 * level, fail-on, outputs, excludes, suppressions and publication dates; the command line wins over it.
 */
class ConfigFileTest {
    private static final String CONFIG = """
            failOn: warning
            lang: zh
            format: json
            outputs: [结果/报告.html]
            exclude: [草稿]
            publishedDates:
              - {file: seed.json, date: 2024-03-05}
            suppressions:
              - rule: T3.BALANCE
                file: "**/balance.json"
                reason: 原表如此，已函告报送单位
            """;

    private static Path project(Path tmp) throws Exception {
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        Files.copy(Path.of("samples/seed.json"), reports.resolve("seed.json"));
        Files.copy(Path.of("samples/rules/T3.BALANCE.json"), reports.resolve("balance.json"));
        Files.createDirectories(reports.resolve("草稿"));
        Files.copy(Path.of("samples/rules/T4.GROUP_TOTAL.json"), reports.resolve("草稿/t4.json"));
        Files.writeString(tmp.resolve(".nianbao.yaml"), CONFIG, StandardCharsets.UTF_8);
        return Files.createDirectories(tmp.resolve("work/today"));
    }

    @Test
    void foundAboveTheWorkingFolderAndApplied(@TempDir Path tmp) throws Exception {
        Path workDir = project(tmp);
        JavaProcess.Output o = JavaProcess.piped(workDir, Map.of(), List.of(), "check", "../../reports");
        JsonNode out = new ObjectMapper().readTree(o.out(StandardCharsets.UTF_8));
        assertThat(out.at("/reports")).hasSize(2); // 草稿 excluded
        assertThat(out.at("/summary/suppressed").asInt()).isEqualTo(2); // T3.BALANCE accepted
        JsonNode seed = out.at("/reports/1");
        assertThat(seed.get("file").asText()).endsWith("seed.json");
        assertThat(seed.at("/violations/0/rule").asText()).isEqualTo("DATE.LATE"); // its date from the config
        assertThat(o.code()).isEqualTo(ExitCode.ERRORS);
        assertThat(tmp.resolve("结果/报告.html")).exists(); // relative to the config, not the working folder
        assertThat(workDir.resolve("结果")).doesNotExist();
    }

    @Test
    void theCommandLineWins(@TempDir Path tmp) throws Exception {
        Path workDir = project(tmp);
        Path config = tmp.resolve(".nianbao.yaml");
        CliRun.Result r = CliRun.run("check", "--config", config.toString(), "--format", "text", "--fail-on", "never",
                "--lang", "en", tmp.resolve("reports").toString());
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("2 files", "suppressed").doesNotContain("共 ");
        CliRun.Result ignored = CliRun.run("check", "--no-config", "--format", "json",
                tmp.resolve("reports").toString());
        assertThat(new ObjectMapper().readTree(ignored.out()).at("/reports")).hasSize(3);
        assertThat(workDir).exists();
    }

    @Test
    void mistakesInItAreNamed(@TempDir Path tmp) throws Exception {
        Path bad = Files.writeString(tmp.resolve(".nianbao.yaml"), "failon: warning\nmaxWarning: 3\n");
        CliRun.Result r = CliRun.run("check", "--config", bad.toString(), "samples/seed.json");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("配置文件 " + bad, "不认识的设置“maxWarning”，是否想写 maxWarnings？");
        Path value = Files.writeString(tmp.resolve("v.yaml"), "failOn: sometimes\n");
        assertThat(CliRun.run("check", "--config", value.toString(), "samples/seed.json").err())
                .contains("failOn 的值“sometimes”无效");
        Path date = Files.writeString(tmp.resolve("d.yaml"), "published: 2024/13/01\n");
        assertThat(CliRun.run("check", "--config", date.toString(), "samples/seed.json").err())
                .contains("published：“2024/13/01”不是日期");
        assertThat(ProjectConfig.find(tmp.resolve("a/b/c"))).contains(tmp.resolve(".nianbao.yaml"));
    }
}
