package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.rules.RuleLoader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One batch, every output at once: SARIF valid against the official 2.1.0 schema, JUnit XML parsed back, the
 * workbook read back with POI, and JSON on standard output; every file accounted for in each.
 */
class OutputFormatsTest {
    @TempDir
    static Path tmp;
    private static CliRun.Result run;

    @BeforeAll
    static void runOnce() throws Exception {
        Path in = BatchFolder.create(tmp);
        run = CliRun.run("check", "--format", "json", "-o", tmp.resolve("out.sarif").toString(), "-o",
                tmp.resolve("out.xml").toString(), "-o", tmp.resolve("out.xlsx").toString(), "-o",
                tmp.resolve("out.html").toString(), in.toString());
    }

    @Test
    void jsonOnStandardOutputAndTheExitCodeCoverTheWholeBatch() throws Exception {
        assertThat(run.code()).isEqualTo(ExitCode.UNREADABLE);
        JsonNode out = new ObjectMapper().readTree(run.out());
        assertThat(out.at("/summary/files").asInt()).isEqualTo(4);
        assertThat(out.at("/summary/unreadable").asInt()).isEqualTo(1);
        assertThat(out.at("/summary/errorsByRule/T3.BALANCE").asInt()).isEqualTo(2);
        assertThat(out.at("/summary/staleSuppressions").isArray()).isTrue();
        assertThat(out.at("/summary/wallMillis").isNumber()).isTrue(); // the closing note's wall time
        assertThat(out.at("/summary/peakHeapMB").asLong()).isPositive();
        List<String> files = new ArrayList<>();
        out.get("reports").forEach(r -> files.add(Path.of(r.get("file").asText()).getFileName().toString()));
        assertThat(files).containsExactly("a-seed.json", "b-balance.json", "c-broken.json", "d-hostile.json");
    }

    @Test
    void sarifIsValidAgainstTheOfficialSchemaAndCarriesRulesLocationsAndFingerprints() throws Exception {
        String text = Files.readString(tmp.resolve("out.sarif"), StandardCharsets.UTF_8);
        assertValidSarif(text);
        JsonNode sarif = new ObjectMapper().readTree(text);
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs")).hasSize(1);
        JsonNode rules = sarif.at("/runs/0/tool/driver/rules");
        assertThat(rules.size()).isEqualTo(RuleLoader.builtIn().all().size() + 7); // + the INPUT.* outcomes
        JsonNode balanceRule = null;
        for (JsonNode r : rules) {
            if (r.get("id").asText().equals("T3.BALANCE")) {
                balanceRule = r;
            }
        }
        assertThat(balanceRule).isNotNull();
        assertThat(balanceRule.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(balanceRule.at("/shortDescription/text").asText()).isNotBlank();
        assertThat(balanceRule.at("/help/text").asText()).isNotBlank();

        List<JsonNode> balance = new ArrayList<>();
        JsonNode unreadable = null;
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode r : sarif.at("/runs/0/results")) {
            fingerprints.add(r.at("/partialFingerprints/nianbao~1v1").asText());
            if (r.get("ruleId").asText().equals("T3.BALANCE")) {
                balance.add(r);
            }
            if (r.get("ruleId").asText().equals("INPUT.UNREADABLE")) {
                unreadable = r;
            }
            assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(r.get("ruleId").asText());
        }
        assertThat(fingerprints).hasSize(sarif.at("/runs/0/results").size()); // one per result, stable inputs
        assertThat(balance).hasSize(2);
        JsonNode first = balance.get(0);
        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("b-balance.json");
        assertThat(first.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("applications/*/commercial");
        assertThat(first.at("/properties/expected").asText()).isEqualTo("4");
        assertThat(first.at("/properties/actual").asText()).isEqualTo("5");
        assertThat(unreadable).isNotNull();
        assertThat(unreadable.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .endsWith("c-broken.json");
    }

    @Test
    void theSchemaCheckRejectsABrokenLog() throws Exception {
        String text = Files.readString(tmp.resolve("out.sarif"), StandardCharsets.UTF_8);
        String broken = text.replaceFirst("\"level\" : \"error\"", "\"level\" : \"fatal\"");
        assertThat(broken).isNotEqualTo(text);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertValidSarif(broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("fatal");
    }

    /** Validates a SARIF log against the official 2.1.0 schema (test resource, see sarif/ORIGIN.md). */
    static void assertValidSarif(String text) throws Exception {
        Schema schema;
        try (InputStream s = OutputFormatsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = SchemaLoader.builder().schemaJson(new JSONObject(new JSONTokener(s))).build().load().build();
        }
        try {
            schema.validate(new JSONObject(text));
        } catch (ValidationException e) {
            throw new AssertionError(String.join("\n", e.getAllMessages()), e);
        }
    }

    @Test
    void junitXmlHasASuitePerFileACasePerRuleAndFailuresWithLocations() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(tmp.resolve("out.xml").toFile());
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(4);
        int rulesOf2021 = RuleLoader.builtIn().forProfile("2021").size();
        Element balance = (Element) suites.item(1);
        assertThat(balance.getAttribute("name")).endsWith("b-balance.json");
        assertThat(balance.getElementsByTagName("testcase").getLength()).isEqualTo(rulesOf2021);
        assertThat(balance.getAttribute("tests")).isEqualTo(String.valueOf(rulesOf2021));
        Element failure = null;
        NodeList cases = balance.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals("T3.BALANCE")) {
                failure = (Element) c.getElementsByTagName("failure").item(0);
            }
        }
        assertThat(failure).isNotNull();
        assertThat(failure.getAttribute("type")).isEqualTo("error");
        assertThat(failure.getAttribute("message")).contains("= 4 多 1", "另有 1 处");
        assertThat(failure.getTextContent()).contains("列「商业企业」", "列「总计」", "应为：4", "实为：5");
        Element broken = (Element) suites.item(2);
        assertThat(broken.getAttribute("errors")).isEqualTo("1");
        Element error = (Element) broken.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("type")).isEqualTo("INPUT.UNREADABLE");
        Element hostile = (Element) suites.item(3);
        assertThat(((Element) hostile.getElementsByTagName("property").item(1)).getAttribute("value"))
                .isEqualTo(BatchFolder.HOSTILE);
    }

    @Test
    void workbookHasItsSheetsWithFrozenFilteredHeadersAndNumbersAsNumbers() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(tmp.resolve("out.xlsx")))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            XSSFSheet summary = wb.getSheet("汇总");
            XSSFSheet problems = wb.getSheet("问题清单");
            XSSFSheet proactive = wb.getSheet("表二数据");
            XSSFSheet data = wb.getSheet("表三数据");
            XSSFSheet review = wb.getSheet("表四数据");
            for (XSSFSheet s : List.of(summary, problems, proactive, data, review)) {
                assertThat(s.getPaneInformation().isFreezePane()).as(s.getSheetName()).isTrue();
                assertThat(s.getCTWorksheet().isSetAutoFilter()).as(s.getSheetName()).isTrue();
                assertThat(s.getColumnWidth(0)).isGreaterThan(20 * 256);
            }
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("文件");
            assertThat(summary.getLastRowNum()).isEqualTo(4);
            Row b = summary.getRow(2);
            assertThat(b.getCell(0).getStringCellValue()).endsWith("b-balance.json");
            assertThat(b.getCell(5).getStringCellValue()).isEqualTo("不通过");
            assertThat(b.getCell(6).getNumericCellValue()).isEqualTo(2.0);
            assertThat(summary.getRow(3).getCell(5).getStringCellValue()).isEqualTo("无法读取：文件损坏或无法读取");
            assertThat(summary.getRow(2).getCell(3).getStringCellValue()).isEqualTo("JSON 数据");
            assertThat(problems.getRow(0).getCell(3).getStringCellValue()).isEqualTo("规则名称");
            assertThat(problems.getRow(0).getCell(9).getStringCellValue()).isEqualTo("修改建议");
            assertThat(problems.getRow(0).getCell(10).getStringCellValue()).isEqualTo("可能的错误");
            assertThat(summary.getRow(4).getCell(1).getStringCellValue()).isEqualTo(BatchFolder.HOSTILE);

            int balanceRows = 0;
            for (Row r : problems) {
                if (r.getRowNum() > 0 && r.getCell(2).getStringCellValue().equals("T3.BALANCE")) {
                    balanceRows++;
                    assertThat(r.getCell(3).getStringCellValue()).isNotBlank().isNotEqualTo("T3.BALANCE");
                    assertThat(r.getCell(7).getStringCellValue()).isIn("4", "30");
                    assertThat(r.getCell(9).getStringCellValue()).isNotBlank();
                }
            }
            assertThat(balanceRows).isEqualTo(2);
            assertThat(problems).anySatisfy(r -> assertThat(r.getCell(10)).isNotNull());

            // 表二数据 and 表四数据 as 表三数据: one row per report × table row, numbers as numbers
            assertThat(proactive.getRow(0).getCell(5).getStringCellValue()).isEqualTo("本年制发件数");
            assertThat(proactive.getLastRowNum()).isGreaterThanOrEqualTo(
                    org.nianbao.model.StandardLayouts.PROACTIVE_2021.rows().size());
            assertThat(review.getRow(0).getCell(9).getStringCellValue()).isEqualTo("总计");
            assertThat(review.getLastRowNum()).isGreaterThanOrEqualTo(3);
            assertThat(review.getRow(1).getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);

            // 表三数据: one row per report × table row; three reports have the table
            int rowsPerReport = org.nianbao.model.StandardLayouts.APPLICATIONS_2021.rows().size();
            assertThat(data.getLastRowNum()).isEqualTo(3 * rowsPerReport);
            Row newReceived = null;
            for (Row r : data) {
                if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().endsWith("b-balance.json")
                        && r.getCell(3).getStringCellValue().equals("newReceived")) {
                    newReceived = r;
                }
            }
            assertThat(newReceived).isNotNull();
            assertThat(newReceived.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }
}
