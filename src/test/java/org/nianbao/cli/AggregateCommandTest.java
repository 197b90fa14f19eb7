package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aggregate}: a region of five bodies (each the balanced sample) and its government's report (five times the
 * sample, one cell off); the mismatching cell is found, the sum written as JSON and xlsx, and a missing body named.
 */
class AggregateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Five bodies, the government's report, and a manifest listing them (plus {@code extra} bodies). */
    private static Path region(Path dir, boolean complete, String... extra) throws Exception {
        List<String> lines = new ArrayList<>(List.of("government: gov.json", "complete: " + complete, "bodies:"));
        for (int i = 1; i <= 5; i++) {
            ObjectNode body = (ObjectNode) JSON.readTree(Path.of("samples/rules/CELL.BLANK.json").toFile());
            body.put("agency", "薛城区第" + i + "局");
            JSON.writeValue(dir.resolve("body" + i + ".json").toFile(), body);
            lines.add("  - {name: 薛城区第" + i + "局, file: body" + i + ".json}");
        }
        for (String e : extra) {
            lines.add("  - {name: " + e + ", file: absent.json}");
        }
        ObjectNode gov = (ObjectNode) JSON.readTree(Path.of("samples/rules/CELL.BLANK.json").toFile());
        gov.put("agency", "薛城区人民政府").put("level", "government");
        times(gov.get("tables"), 5);
        ((ObjectNode) gov.at("/tables/applications/newReceived")).put("commercial", 16); // 5 × 3 = 15
        JSON.writeValue(dir.resolve("gov.json").toFile(), gov);
        Path manifest = dir.resolve("region.yaml");
        Files.write(manifest, lines, StandardCharsets.UTF_8);
        return manifest;
    }

    private static void times(JsonNode node, int k) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                JsonNode v = o.get(n);
                if (v.isIntegralNumber()) {
                    o.put(n, v.asLong() * k);
                } else if (v.isNumber()) {
                    o.put(n, v.decimalValue().multiply(java.math.BigDecimal.valueOf(k)));
                } else {
                    times(v, k);
                }
            }
        }
    }

    @Test
    void aMismatchingCellIsFoundAndTheSumWritten(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        CliRun.Result r = CliRun.run("aggregate", "--output", out.toString(), region(tmp, true).toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("已汇总 5/5").contains("AGG.SUM")
                .contains("政府报告为 16，而所属各单位报告之和为 15");
        assertThat(r.out().lines().filter(l -> l.contains("AGG.SUM")).count()).as("only that cell").isEqualTo(1);
        JsonNode sum = JSON.readTree(out.resolve("region-sum.json").toFile());
        assertThat(sum.at("/tables/applications/newReceived/total").asInt()).isEqualTo(135);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("region-sum.xlsx")))) {
            assertThat(wb.getSheet("applications")).isNotNull();
            assertThat(wb.getSheet("reviewLitigation").getPhysicalNumberOfRows()).isEqualTo(4);
        }
    }

    @Test
    void aMissingBodyIsNamedAndTheSumNotJudged(@TempDir Path tmp) throws Exception {
        CliRun.Result r = CliRun.run("aggregate", "--output", tmp.resolve("out").toString(),
                region(tmp, true, "薛城区第6局").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("已汇总 5/6").contains("缺少（未找到或无法读取）：薛城区第6局")
                .contains("AGG.SUM 未判断").doesNotContain("政府报告为");
    }

    @Test
    void anIncompleteSetIsNotCompared(@TempDir Path tmp) throws Exception {
        CliRun.Result r = CliRun.run("aggregate", "--lang", "en", "--output", tmp.resolve("out").toString(),
                region(tmp, false).toString());
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("summed 5/5").contains("AGG.SUM not judged");
    }
}
