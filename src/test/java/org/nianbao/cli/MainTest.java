package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's exit codes and output shapes, run in-process. */
class MainTest {

    private record Run(int code, String out) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int code;
        synchronized (MainTest.class) {
            Main.redirect(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            try {
                code = Main.run(args);
            } finally {
                Main.redirect(null);
                System.setOut(saved);
            }
        }
        return new Run(code, buffer.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exitCodeIsZeroWhenNoErrorIsFound() {
        Run r = run("check", "samples/seed.json");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("通过", "SEC.HEADING", "共 1 个文件");
    }

    @Test
    void exitCodeIsOneWhenAnErrorIsFound() {
        Run r = run("check", "--lang", "en", "samples/rules/T4.GROUP_TOTAL.json");
        assertThat(r.code()).isEqualTo(ExitCode.ERRORS);
        assertThat(r.out()).contains("T4.GROUP_TOTAL", "total is 5, 1 more than upheld + corrected + other + pending = 4",
                "FAIL");
    }

    @Test
    void exitCodeIsThreeWhenAFileCannotBeReadAndTheOthersAreStillChecked(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("broken.json"), "{\"agency\": ");
        Files.write(tmp.resolve("empty.docx"), new byte[0]);
        Files.copy(Path.of("samples/rules/T4.GROUP_TOTAL.json"), tmp.resolve("t4.json"));
        Run r = run("check", "--format", "json", tmp.toString());
        assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
        JsonNode out = new ObjectMapper().readTree(r.out());
        assertThat(out.at("/summary/files").asInt()).isEqualTo(3);
        assertThat(out.at("/summary/unreadable").asInt()).isEqualTo(2);
        assertThat(out.at("/reports/0/unreadable/cause").asText()).isEqualTo("INPUT.UNREADABLE");
        assertThat(out.at("/reports/0/unreadable/line").asText()).isEqualTo("1");
        assertThat(out.at("/reports/1/unreadable/cause").asText()).isEqualTo("INPUT.EMPTY");
        assertThat(out.at("/reports/2/status").asText()).isEqualTo("fail");
    }

    @Test
    void exitCodeIsTwoForUsageAndRuleFileErrors(@TempDir Path tmp) throws Exception {
        assertThat(run("check", "--level", "county", "samples/seed.json").code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("check", "--format", "yaml", "samples/seed.json").code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("explain", "NO.SUCH").code()).isEqualTo(ExitCode.USAGE);
        Files.writeString(tmp.resolve("bad.yaml"), "rules: [{id: X.Y, kind: balance}]");
        assertThat(run("check", "--add-rules", tmp.resolve("bad.yaml").toString(), "samples/seed.json").code())
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void jsonOutputHasTheDocumentedShape() throws Exception {
        Run r = run("check", "--format", "json", "samples/rules/T3.BALANCE.json");
        JsonNode out = new ObjectMapper().readTree(r.out());
        assertThat(out.at("/tool/name").asText()).isEqualTo("nianbao");
        assertThat(out.at("/tool/version").isTextual()).isTrue();
        JsonNode report = out.at("/reports/0");
        assertThat(report.get("status").asText()).isEqualTo("fail");
        assertThat(report.get("format").asText()).isEqualTo("json");
        assertThat(report.at("/report/agency").asText()).isEqualTo("薛城区商务和投资促进局");
        assertThat(report.at("/report/year").asInt()).isEqualTo(2023);
        assertThat(report.at("/report/level").asText()).isEqualTo("department");
        assertThat(report.at("/report/formatVersion").asText()).isEqualTo("2021");
        JsonNode v = report.at("/violations/0");
        assertThat(v.get("rule").asText()).isEqualTo("T3.BALANCE");
        assertThat(v.get("severity").asText()).isEqualTo("error");
        assertThat(v.at("/location/table").asText()).isEqualTo("applications");
        assertThat(v.at("/location/column").asText()).isEqualTo("commercial");
        assertThat(v.at("/location/pointer").asText()).startsWith("/tables/applications/");
        assertThat(v.get("expected").asText()).isEqualTo("4");
        assertThat(v.get("actual").asText()).isEqualTo("5");
        for (String field : new String[] {"section", "row", "page"}) {
            assertThat(v.get("location").has(field)).as(field).isTrue();
        }
        for (String field : new String[] {"files", "errors", "warnings", "infos", "unreadable"}) {
            assertThat(out.at("/summary").has(field)).as(field).isTrue();
        }
    }

    @Test
    void extractPrintsTheModelThatCheckAcceptsBack(@TempDir Path tmp) throws Exception {
        Run r = run("extract", "samples/rules/T3.ROW_TOTAL.json");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        Path again = tmp.resolve("again.json");
        Files.writeString(again, r.out());
        Run check = run("check", "--format", "json", again.toString());
        JsonNode out = new ObjectMapper().readTree(check.out());
        assertThat(out.at("/reports/0/violations")).extracting(v -> v.get("rule").asText())
                .containsExactly("T3.ROW_TOTAL", "T3.ROW_TOTAL");
    }

    @Test
    void rulesAndExplainPrintTheRuleSet() {
        Run rules = run("rules");
        assertThat(rules.code()).isEqualTo(ExitCode.OK);
        assertThat(rules.out()).contains("T3.BALANCE", "DATE.LATE", "JSON.SCHEMA");
        Run explain = run("explain", "--lang", "en", "DATE.LATE");
        assertThat(explain.out()).contains("DATE.LATE", "31 January", "rules/dates.yaml");
    }
}
