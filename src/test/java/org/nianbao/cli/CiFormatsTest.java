package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --format github (workflow annotations) and --format gitlab (Code Quality JSON, checked against GitLab's schema). */
class CiFormatsTest {
    @TempDir
    static Path tmp;
    static Path in;

    @BeforeAll
    static void batch() throws Exception {
        in = BatchFolder.create(tmp);
    }

    @Test
    void githubAnnotationsNameFileLineAndRule() {
        CliRun.Result r = CliRun.run("check", "--format", "github", in.toString());
        assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
        List<String> lines = r.out().lines().toList();
        String balance = lines.stream().filter(l -> l.contains("b-balance.json") && l.contains("T3.BALANCE"))
                .findFirst().orElseThrow();
        // a JSON submission's value has a line; the message is one line with %0A for its breaks
        assertThat(balance).matches("::error file=[^,]*b-balance\\.json,line=\\d+,title=T3\\.BALANCE .*::.*");
        assertThat(balance).contains("应为：4", "%0A修改建议：");
        assertThat(lines).anyMatch(l -> l.startsWith("::error file=") && l.contains("c-broken.json")
                && l.contains("title=INPUT.UNREADABLE::"));
        assertThat(lines).anyMatch(l -> l.startsWith("::notice file=") && l.contains("SEC.HEADING"));
        assertThat(lines.get(lines.size() - 1)).startsWith("nianbao：共 4 个文件");
        assertThat(lines).allMatch(l -> l.startsWith("::") || l.startsWith("nianbao"));
        // properties escape the characters that separate them
        assertThat(org.nianbao.report.GitHubWriter.property("a,b:c%d\ne")).isEqualTo("a%2Cb%3Ac%25d%0Ae");
    }

    @Test
    void gitlabCodeQualityIsValidAgainstGitLabsSchema() throws Exception {
        Path out = tmp.resolve("gl-code-quality-report.json");
        CliRun.Result r = CliRun.run("check", "-o", "gitlab:" + out, "--lang", "en", in.toString());
        assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
        String text = Files.readString(out);
        Schema schema;
        try (InputStream s = CiFormatsTest.class.getResourceAsStream("/gitlab/codeclimate.json")) {
            schema = SchemaLoader.builder().schemaJson(new JSONObject(new JSONTokener(s))).build().load().build();
        }
        JSONArray issues = new JSONArray(text);
        assertThat(issues.length()).isGreaterThan(3);
        for (int i = 0; i < issues.length(); i++) {
            try {
                schema.validate(issues.get(i));
            } catch (ValidationException e) {
                throw new AssertionError(String.join("\n", e.getAllMessages()), e);
            }
        }
        // what GitLab's documentation asks for beyond the schema
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode issue : new ObjectMapper().readTree(text)) {
            assertThat(issue.get("check_name").asText()).isNotBlank();
            assertThat(issue.get("severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
            assertThat(issue.at("/location/lines/begin").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(issue.at("/location/path").asText()).doesNotContain("\\");
            assertThat(fingerprints.add(issue.get("fingerprint").asText())).as("unique fingerprint").isTrue();
        }
        JsonNode all = new ObjectMapper().readTree(text);
        JsonNode balance = null;
        for (JsonNode issue : all) {
            if (issue.get("check_name").asText().equals("T3.BALANCE") && balance == null) {
                balance = issue;
            }
        }
        assertThat(balance).isNotNull();
        assertThat(balance.get("severity").asText()).isEqualTo("major");
        assertThat(balance.get("description").asText()).contains("expected: 4").doesNotContain("应为");
        assertThat(balance.at("/location/lines/begin").asInt()).isGreaterThan(1); // the value's own line
        // the same run, as in CI: nothing but JSON on standard output when it goes there
        CliRun.Result stdout = CliRun.run("check", "--format", "gitlab",
                Path.of("samples/rules/T3.BALANCE.json").toAbsolutePath().toString());
        JsonNode relative = new ObjectMapper().readTree(stdout.out());
        assertThat(relative.at("/0/location/path").asText()).isEqualTo("samples/rules/T3.BALANCE.json");
    }
}
