package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** --max-size, --max-pages, --max-cells and --max-text reach the readers, and the outcome names the option. */
class LimitOptionsTest {

    @Test
    void aLimitFromTheCommandLineMakesTheFileTooLargeNamingTheOption() throws Exception {
        String[][] cases = {
            {"--max-cells", "20", "samples/seed.json"},
            {"--max-text", "100", "src/test/resources/reports/samples/seed.docx"},
            {"--max-pages", "2", "src/test/resources/reports/samples/seed.pdf"},
            {"--max-size", "5000", "src/test/resources/reports/samples/seed.html"},
        };
        for (String[] c : cases) {
            CliRun.Result r = CliRun.run("check", "--format", "json", c[0], c[1], c[2]);
            assertThat(r.code()).as(c[0]).isEqualTo(ExitCode.UNREADABLE);
            JsonNode out = new ObjectMapper().readTree(r.out());
            assertThat(out.at("/reports/0/unreadable/cause").asText()).isEqualTo("INPUT.TOO_LARGE");
            assertThat(out.at("/reports/0/unreadable/message").asText()).contains(c[0]);
        }
    }

    @Test
    void limitsMustBePositive() {
        assertThat(CliRun.run("check", "--max-cells", "0", "samples/seed.json").code()).isEqualTo(ExitCode.USAGE);
    }
}
