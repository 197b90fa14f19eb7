package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** --fail-on, --suppress and the rules for several outputs at once. */
class CheckOptionsTest {
    private static final String WARNINGS_ONLY = "samples/rules/META.AGENCY_MISMATCH.json";

    @Test
    void failOnDecidesWhatMakesTheExitCodeOne() {
        assertThat(CliRun.run("check", "samples/rules/T3.BALANCE.json").code()).isEqualTo(ExitCode.ERRORS);
        assertThat(CliRun.run("check", "--fail-on", "never", "samples/rules/T3.BALANCE.json").code())
                .isEqualTo(ExitCode.OK);
        assertThat(CliRun.run("check", WARNINGS_ONLY).code()).isEqualTo(ExitCode.OK);
        assertThat(CliRun.run("check", "--fail-on", "warning", WARNINGS_ONLY).code()).isEqualTo(ExitCode.ERRORS);
        assertThat(CliRun.run("check", "--fail-on", "sometimes", WARNINGS_ONLY).code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void suppressedViolationsAreCountedAndShownAndStaleEntriesReported(@TempDir Path tmp) throws Exception {
        Path yaml = Files.writeString(tmp.resolve("s.yaml"), """
                suppressions:
                  - rule: T3.BALANCE
                    file: "**/T3.BALANCE.json"
                    reason: 原表如此，已函告报送单位
                  - rule: DATE.LATE
                    file: "*.json"
                    reason: 已延期批准
                """);
        CliRun.Result text = CliRun.run("check", "--suppress", yaml.toString(), "samples/rules/T3.BALANCE.json");
        assertThat(text.code()).isEqualTo(ExitCode.OK); // both errors suppressed
        assertThat(text.out()).contains("已豁免（不计入统计）", "原表如此，已函告报送单位", "已豁免 2 项",
                "豁免条目 #2（DATE.LATE，*.json）未匹配任何问题");

        Path sarif = tmp.resolve("out.sarif");
        Path junit = tmp.resolve("out.xml");
        CliRun.Result json = CliRun.run("check", "--format", "json", "--suppress", yaml.toString(), "-o",
                sarif.toString(), "-o", junit.toString(), "samples/rules/T3.BALANCE.json");
        JsonNode out = new ObjectMapper().readTree(json.out());
        assertThat(out.at("/summary/suppressed").asInt()).isEqualTo(2);
        assertThat(out.at("/summary/errors").asInt()).isZero();
        assertThat(out.at("/reports/0/status").asText()).isEqualTo("pass");
        assertThat(out.at("/reports/0/suppressed/0/rule").asText()).isEqualTo("T3.BALANCE");
        assertThat(out.at("/reports/0/suppressed/0/reason").asText()).isEqualTo("原表如此，已函告报送单位");
        assertThat(out.at("/summary/staleSuppressions/0/rule").asText()).isEqualTo("DATE.LATE");

        OutputFormatsTest.assertValidSarif(Files.readString(sarif)); // relative URIs and suppressions too
        JsonNode s = new ObjectMapper().readTree(sarif.toFile());
        JsonNode suppressedResult = null;
        for (JsonNode r : s.at("/runs/0/results")) {
            if (r.get("ruleId").asText().equals("T3.BALANCE")) {
                suppressedResult = r;
            }
        }
        assertThat(suppressedResult).isNotNull();
        assertThat(suppressedResult.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(suppressedResult.at("/suppressions/0/justification").asText()).isEqualTo("原表如此，已函告报送单位");

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        NodeList cases = doc.getElementsByTagName("testcase");
        Element balance = null;
        for (int i = 0; i < cases.getLength(); i++) {
            if (((Element) cases.item(i)).getAttribute("name").equals("T3.BALANCE")) {
                balance = (Element) cases.item(i);
            }
        }
        assertThat(balance.getElementsByTagName("failure").getLength()).isZero();
        assertThat(((Element) balance.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .contains("已豁免", "原表如此");
    }

    @Test
    void aSuppressionWithoutAReasonIsAUsageErrorNamingTheEntry(@TempDir Path tmp) throws Exception {
        Path yaml = Files.writeString(tmp.resolve("s.yaml"), "suppressions:\n  - rule: T3.BALANCE\n    file: '*'\n");
        assertThat(CliRun.run("check", "--suppress", yaml.toString(), "samples/seed.json").code())
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void labelsAreEnglishWithLangEn(@TempDir Path tmp) throws Exception {
        Path xlsx = tmp.resolve("r.xlsx");
        Path html = tmp.resolve("r.html");
        Path junit = tmp.resolve("r.xml");
        CliRun.run("check", "--lang", "en", "-o", xlsx.toString(), "-o", html.toString(), "-o", junit.toString(),
                "samples/rules/T3.BALANCE.json");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("file");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(5).getStringCellValue()).isEqualTo("fail");
            assertThat(wb.getSheet("Applications table").getRow(0).getCell(5).getStringCellValue())
                    .isEqualTo("natural persons");
        }
        var page = org.jsoup.Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(page.select("#summary h1").text()).isEqualTo("Summary");
        assertThat(page.select("p.note").text()).contains("expected 4, found 5");
        assertThat(Files.readString(junit)).contains("expected: 4", "found: 5", "(and 1 more)");
    }

    @Test
    void onlyOneFormatMayGoToStandardOutputAndTheWorkbookNever(@TempDir Path tmp) {
        assertThat(CliRun.run("check", "--format", "json", "--format", "sarif", "samples/seed.json").code())
                .isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.run("check", "--format", "xlsx", "samples/seed.json").code()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.run("check", "-o", tmp.resolve("x.docx").toString(), "samples/seed.json").code())
                .isEqualTo(ExitCode.USAGE);
        CliRun.Result r = CliRun.run("check", "--format", "json", "--format", "sarif", "-o",
                tmp.resolve("r.sarif").toString(), "samples/seed.json");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).startsWith("{").contains("\"reports\"");
        assertThat(tmp.resolve("r.sarif")).exists();
    }
}
