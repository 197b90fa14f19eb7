package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pom's version everywhere: --version, JSON tool.version, SARIF driver.version with its informationUri, the web
 * page's 规则版本.
 */
class VersionTest {
    private static String pom(String element) throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>nianbao</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        if (element.equals("version")) {
            assertThat(m.find()).isTrue();
            return m.group(1);
        }
        Matcher url = Pattern.compile("<url>([^<]+)</url>").matcher(pom);
        assertThat(url.find()).isTrue();
        return url.group(1);
    }

    @Test
    void versionComesFromThePom(@TempDir Path tmp) throws Exception {
        String version = pom("version");
        CliRun.Result v = CliRun.run("--version");
        assertThat(v.code()).isEqualTo(ExitCode.OK);
        assertThat(v.out().strip()).matches("nianbao " + Pattern.quote(version) + "( \\([0-9a-f]{7,}\\))?");
        JsonNode json = new ObjectMapper().readTree(CliRun.run("check", "--format", "json", "samples/seed.json").out());
        assertThat(json.at("/tool/version").asText()).isEqualTo(version);
        Path sarif = tmp.resolve("r.sarif");
        CliRun.run("check", "-o", sarif.toString(), "samples/seed.json");
        JsonNode driver = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/tool/driver");
        assertThat(driver.get("version").asText()).isEqualTo(version);
        assertThat(driver.get("informationUri").asText()).isEqualTo(pom("url"));
        OutputFormatsTest.assertValidSarif(Files.readString(sarif));
        // the web page's 规则版本 is the version serve starts with, then a hash of the rule files
        assertThat(org.nianbao.web.Service.rulesVersion(Version.current(), org.nianbao.rules.RuleSource.builtIn()))
                .startsWith(version + "-");
    }
}
