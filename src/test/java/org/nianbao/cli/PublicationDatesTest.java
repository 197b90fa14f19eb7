package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --published-dates: each report checked for lateness against its own publication date, from a CSV (as Excel saves
 * it on Chinese Windows, in GBK) or an xlsx, by file name or by body and year; rows that named nothing are said.
 */
class PublicationDatesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Two reports of one body: seed.json signed 2024-01-16 (on time), DATE.LATE.json signed 2024-02-20 (late). */
    private static Path batch(Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("2023"));
        Files.copy(Path.of("samples/seed.json"), dir.resolve("seed.json"));
        Files.copy(Path.of("samples/rules/DATE.LATE.json"), dir.resolve("late.json"));
        return dir;
    }

    /** The rules each file broke, by file name. */
    private static Map<String, String> rules(CliRun.Result r) throws Exception {
        Map<String, String> out = new HashMap<>();
        for (JsonNode report : JSON.readTree(r.out()).get("reports")) {
            StringBuilder rules = new StringBuilder();
            report.get("violations").forEach(v -> {
                if (!v.get("severity").asText().equals("info")) {
                    rules.append(v.get("rule").asText()).append(' ');
                }
            });
            out.put(Path.of(report.get("file").asText()).getFileName().toString(), rules.toString().strip());
        }
        return out;
    }

    @Test
    void withoutAListEachReportIsJudgedByItsSignature(@TempDir Path tmp) throws Exception {
        Map<String, String> rules = rules(CliRun.run("check", "--format", "json", batch(tmp).toString()));
        assertThat(rules).containsEntry("seed.json", "").containsEntry("late.json", "DATE.LATE");
    }

    @Test
    void aGbkCsvByFileNameDecidesLateness(@TempDir Path tmp) throws Exception {
        Path dir = batch(tmp);
        Path csv = tmp.resolve("发布日期.csv");
        Files.write(csv, ("文件,发布日期\r\nseed.json,2024-03-05\r\n2023/late.json,2024年1月20日\r\n"
                + "缺席单位.pdf,2024-01-10\r\n").getBytes(Charset.forName("GBK")));
        CliRun.Result r = CliRun.run("check", "--format", "json", "--published-dates", csv.toString(),
                dir.toString());
        assertThat(rules(r)).containsEntry("seed.json", "DATE.LATE").containsEntry("late.json", "");
        JsonNode unused = JSON.readTree(r.out()).at("/summary/unusedPublicationDates");
        assertThat(unused).hasSize(1);
        assertThat(unused.get(0).get("name").asText()).isEqualTo("缺席单位.pdf");
        assertThat(unused.get(0).get("line").asInt()).isEqualTo(4);
        CliRun.Result text = CliRun.run("check", "--published-dates", csv.toString(), dir.toString());
        assertThat(text.out()).contains("发布日期清单中的日期为 2024-03-05，晚于部门的发布时限 2024-01-31",
                "发布日期清单中有 1 行未对应任何报告：第 4 行 缺席单位.pdf");
    }

    @Test
    void anXlsxByBodyAndYear(@TempDir Path tmp) throws Exception {
        Path dir = batch(tmp);
        Path xlsx = tmp.resolve("dates.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = book.createSheet("发布情况");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("单位名称");
            header.createCell(1).setCellValue("发布日期");
            header.createCell(2).setCellValue("年度");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("薛城区商务和投资促进局");
            row.createCell(1).setCellValue(LocalDate.of(2024, 1, 25));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(2023);
            Row other = sheet.createRow(2);
            other.createCell(0).setCellValue("薛城区商务和投资促进局");
            other.createCell(1).setCellValue("2023-04-02");
            other.createCell(2).setCellValue(2022); // another year: matches no report here
            book.write(out);
        }
        CliRun.Result r = CliRun.run("check", "--format", "json", "--published-dates", xlsx.toString(),
                dir.toString());
        // both reports are the body's 2023 report, published on time by the list
        assertThat(rules(r)).containsEntry("seed.json", "").containsEntry("late.json", "");
        assertThat(JSON.readTree(r.out()).at("/summary/unusedPublicationDates/0/line").asInt()).isEqualTo(3);
    }

    @Test
    void aBadRowIsNamed(@TempDir Path tmp) throws Exception {
        Path csv = Files.writeString(tmp.resolve("d.csv"), "seed.json,2024-01-05\nlate.json,下周\n");
        CliRun.Result r = CliRun.run("check", "--published-dates", csv.toString(), "samples/seed.json");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("第 2 行的日期“下周”无法识别", "row 2");
        CliRun.Result missing = CliRun.run("check", "--published-dates", tmp.resolve("nope.csv").toString(),
                "samples/seed.json");
        assertThat(missing.err()).contains("发布日期清单不存在");
    }
}
