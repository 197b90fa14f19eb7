package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The likely wrong cell reaches every output: a balanced report with 一、本年新收 总计 typed as 2 instead of 27 gives
 * the suggestion in JSON, in HTML (in the list and in the cell), and in SARIF as a fix that replaces exactly the "2"
 * written in the JSON file.
 */
class SuggestionOutputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path slipped(Path dir) throws Exception {
        ObjectNode r = (ObjectNode) JSON.readTree(Path.of("samples/rules/CELL.BLANK.json").toFile());
        ((ObjectNode) r.at("/tables/applications/denied/stateSecret")).put("commercial", 0);
        ((ObjectNode) r.at("/tables/applications/newReceived")).put("total", 2);
        Path f = dir.resolve("slip.json");
        Files.writeString(f, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(r));
        return f;
    }

    @Test
    void sarifFixReplacesTheTypedValueAndHtmlShowsTheLikelyValue(@TempDir Path tmp) throws Exception {
        Path file = slipped(tmp);
        Path sarif = tmp.resolve("out.sarif");
        Path html = tmp.resolve("out.html");
        CliRun.Result run = CliRun.run("check", "--format", "json", "-o", sarif.toString(), "-o", html.toString(),
                file.toString());
        assertThat(run.code()).isEqualTo(ExitCode.ERRORS);
        assertThat(run.out()).contains("2 可能应为 27");

        String log = Files.readString(sarif, StandardCharsets.UTF_8);
        OutputFormatsTest.assertValidSarif(log);
        JsonNode fixed = null;
        for (JsonNode result : JSON.readTree(log).at("/runs/0/results")) {
            if (result.has("fixes")) {
                fixed = result;
            }
        }
        assertThat(fixed).as("a result with a fix").isNotNull();
        assertThat(fixed.at("/properties/suggestion").asText()).contains("2 可能应为 27");
        JsonNode replacement = fixed.at("/fixes/0/artifactChanges/0/replacements/0");
        assertThat(replacement.at("/insertedContent/text").asText()).isEqualTo("27");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int offset = replacement.at("/deletedRegion/charOffset").asInt();
        int length = replacement.at("/deletedRegion/charLength").asInt();
        assertThat(text.substring(offset, offset + length)).isEqualTo("2");
        String line = text.lines().toList().get(replacement.at("/deletedRegion/startLine").asInt() - 1);
        assertThat(line).contains("\"total\" : 2");

        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains("可能的错误：").contains("可能应为 27");
    }
}
