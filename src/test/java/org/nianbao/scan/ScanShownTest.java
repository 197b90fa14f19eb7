package org.nianbao.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.corpus.GeneratedPdfs;
import org.nianbao.model.Cell;
import org.nianbao.model.Lang;
import org.nianbao.model.Location;
import org.nianbao.parse.scan.ScanReader;
import org.nianbao.report.CropHtml;
import org.nianbao.report.GitHubWriter;
import org.nianbao.report.HtmlReportWriter;
import org.nianbao.report.JUnitXmlWriter;
import org.nianbao.report.JsonResultWriter;
import org.nianbao.report.LocationText;
import org.nianbao.report.ResultWriter;
import org.nianbao.report.SarifWriter;
import org.nianbao.report.Summary;
import org.nianbao.report.TextResultWriter;
import org.nianbao.report.XlsxWriter;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleLoader;
import org.nianbao.rules.RuleSet;
import org.nianbao.rules.Violation;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.Checker;
import org.nianbao.run.FileResult;
import org.nianbao.run.Readers;

/**
 * A scanned report checked into every output says what was read by OCR: the format {@code pdf (OCR)}, each finding
 * on a scanned cell says so with the cell's page and box, and the HTML report shows the scan's image of each unsure
 * cell beside its finding. One scan, read once (OCR is slow): a generated report with a seeded balance error, grey
 * at 200 dpi, turned, JPEG-compressed, a red seal over a table's corner.
 */
class ScanShownTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path work;
    private static RuleSet rules;
    private static FileResult result;
    /** The CELL.OCR_UNSURE findings and the cell each names. */
    private static final List<Violation> unsure = new ArrayList<>();
    private static final List<Cell> unsureCells = new ArrayList<>();

    @BeforeAll
    static void scanAndRead() throws Exception {
        String missing = new ScanReader().missing();
        if (missing != null) {
            System.err.println("ScanShownTest skipped: OCR is not installed here (" + missing + " is missing)");
        }
        Assumptions.assumeTrue(missing == null, () -> "OCR is not installed here: " + missing + " is missing");
        if (!GeneratedPdfs.fontInstalled()) {
            System.err.println("ScanShownTest skipped: no CJK TrueType font to draw the generated report");
        }
        Assumptions.assumeTrue(GeneratedPdfs.fontInstalled(), "no CJK TrueType font to draw the generated report");
        Path scan = work.resolve("扫描件.pdf");
        Files.write(scan, Scans.generatedWithBalanceError());
        rules = RuleLoader.builtIn();
        result = new Checker(new RuleEngine(rules), CheckOptions.DEFAULT, Readers.parsers(), Readers.recognizer())
                .check(scan);
        assertThat(result.unreadable()).as("the scan is read").isNull();
        for (Violation v : result.evaluation().violations()) {
            if (v.ruleId().equals("CELL.OCR_UNSURE")) {
                unsure.add(v);
                var ref = v.cells().get(0);
                unsureCells.add(result.report().table(ref.table()).orElseThrow().cell(ref.row(), ref.column())
                        .orElseThrow());
            }
        }
        // this scan has unsure cells (9 when it was written): the test is about showing them
        assertThat(unsure).as("the scan has a cell OCR could not read for certain").isNotEmpty();
    }

    private static String write(ResultWriter w, ByteArrayOutputStream out) throws IOException {
        w.start();
        w.file(result);
        Summary s = new Summary();
        s.add(result);
        w.end(s);
        w.close();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the text output says of the first unsure cell's place: its page and its box, in whole points. */
    private static String place(Lang lang) {
        Location at = unsureCells.get(0).source();
        assertThat(at.page()).isNotNull();
        assertThat(at.box()).isNotNull();
        String place = LocationText.scanPlace(at, lang);
        assertThat(place).matches(lang == Lang.ZH ? "第 \\d+ 页，框 \\d+,\\d+,\\d+,\\d+ 点"
                : "page \\d+, box \\d+,\\d+,\\d+,\\d+ pt");
        return place;
    }

    @Test
    void theHtmlReportShowsTheScansImageOfEachUnsureCell() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String html = write(new HtmlReportWriter(out, Lang.ZH), out);
        assertThat(html).contains("PDF（扫描件，OCR 文字识别）");
        // the page's own policy lets its embedded images show, and nothing else load
        assertThat(html).contains("img-src data:").doesNotContain("http://").doesNotContain("https://");
        List<byte[]> images = new ArrayList<>();
        Matcher m = Pattern.compile(Pattern.quote(CropHtml.IMG) + "([A-Za-z0-9+/=]+)\"").matcher(html);
        while (m.find()) {
            images.add(Base64.getDecoder().decode(m.group(1)));
        }
        assertThat(images).as("an image beside each unsure cell's finding").hasSizeGreaterThanOrEqualTo(unsure.size());
        for (Cell c : unsureCells) {
            assertThat(images).as("the scan's image of an unsure cell").anyMatch(i -> java.util.Arrays.equals(i,
                    c.ocr().crop()));
            assertThat(html).contains(LocationText.scanPlace(c.source(), Lang.ZH));
        }
        for (byte[] png : images) {
            var image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).as("a PNG").isNotNull();
            assertThat(image.getWidth() * image.getHeight()).as("a cell, not a page").isLessThan(200_000);
        }
        long bytes = images.stream().mapToLong(i -> i.length).sum();
        System.err.println("ScanShownTest: " + images.size() + " images, " + bytes + " bytes, for " + unsure.size()
                + " unsure cells; HTML " + html.length() + " chars");
    }

    @Test
    void theTextOutputNamesEachUnsureCellsPageAndBox() throws Exception {
        for (Lang lang : Lang.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String text = write(new TextResultWriter(new PrintStream(out, true, StandardCharsets.UTF_8), lang), out);
            assertThat(text).contains("pdf (OCR)");
            assertThat(text).contains(lang == Lang.ZH ? "扫描件文字识别：" + place(lang) : "read by OCR from the scan: "
                    + place(lang));
            for (Cell c : unsureCells) {
                assertThat(text).contains(LocationText.scanPlace(c.source(), lang));
            }
        }
    }

    @Test
    void everyMachineOutputSaysTheCellWasReadByOcrAndWhere() throws Exception {
        String place = place(Lang.ZH);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        JsonNode j = JSON.readTree(write(new JsonResultWriter(json, Lang.ZH, "test"), json));
        JsonNode report = j.at("/reports/0");
        assertThat(report.get("format").asText()).isEqualTo("pdf (OCR)");
        List<JsonNode> findings = new ArrayList<>();
        report.get("violations").forEach(findings::add);
        report.get("notAssessable").forEach(findings::add);
        JsonNode first = findings.stream().filter(v -> v.get("rule").asText().equals("CELL.OCR_UNSURE")).findFirst()
                .orElseThrow();
        assertThat(first.at("/location/box").asText()).matches("[0-9.]+,[0-9.]+,[0-9.]+,[0-9.]+");
        assertThat(first.at("/location/page").asInt()).isPositive();
        assertThat(first.at("/location/text").asText()).contains("扫描件文字识别");
        assertThat(first.at("/scannedCells/0/unsure").asBoolean()).isTrue();
        assertThat(first.at("/scannedCells/0/box").asText()).isEqualTo(first.at("/location/box").asText());
        assertThat(first.at("/scannedCells/0/page").asInt()).isEqualTo(first.at("/location/page").asInt());

        ByteArrayOutputStream sarif = new ByteArrayOutputStream();
        JsonNode s = JSON.readTree(write(new SarifWriter(sarif, Lang.ZH, "test", rules), sarif));
        assertThat(s.at("/runs/0/results").findValues("box")).isNotEmpty();
        assertThat(s.toString()).contains(place);

        ByteArrayOutputStream junit = new ByteArrayOutputStream();
        assertThat(write(new JUnitXmlWriter(junit, Lang.ZH, rules), junit)).contains("扫描件：").contains(place);

        ByteArrayOutputStream github = new ByteArrayOutputStream();
        assertThat(write(new GitHubWriter(new PrintStream(github, true, StandardCharsets.UTF_8), Lang.ZH), github))
                .contains("扫描件文字识别：" + place);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        write(new XlsxWriter(xlsx, Lang.ZH), xlsx);
        List<String> locations = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(3).getStringCellValue()).isEqualTo("PDF（扫描件，OCR 文字识别）");
            for (Row r : wb.getSheet("问题清单")) {
                if (r.getCell(6) != null) {
                    locations.add(r.getCell(6).getStringCellValue());
                }
            }
        }
        assertThat(locations).anyMatch(l -> l.contains("扫描件文字识别：" + place));
    }
}
