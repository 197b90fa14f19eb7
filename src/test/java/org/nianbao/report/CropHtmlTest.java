package org.nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Cell;
import org.nianbao.model.CellValue;
import org.nianbao.model.Lang;
import org.nianbao.model.Location;
import org.nianbao.model.OcrReading;
import org.nianbao.model.Report;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.json.JsonReportReader;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleLoader;
import org.nianbao.run.FileResult;

/**
 * The scan's images in the HTML report are bounded whatever a scan holds: a few a finding, none too large, a quarter
 * megabyte a report, only PNG; past the bounds a cell keeps its caption (what was read, its page and box).
 */
class CropHtmlTest {
    private static final String[] COLUMNS = {"naturalPerson", "commercial", "research", "socialWelfare", "legalService",
        "otherOrg"};

    /** Noise compresses badly: a PNG of about {@code side}² bytes. */
    private static byte[] png(int side, long seed) throws Exception {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(seed);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.getRaster().setSample(x, y, 0, random.nextInt(256));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The seed with each cell of the new-applications row read by OCR, unsure, with this crop each. */
    private static FileResult scanned(List<byte[]> crops) throws Exception {
        Report r = new JsonReportReader().read(Files.readAllBytes(Path.of("samples/seed.json")), ReadLimits.DEFAULT);
        Table t = r.table(TableId.APPLICATIONS).orElseThrow();
        for (int i = 0; i < COLUMNS.length; i++) {
            t.put("newReceived", COLUMNS[i], new Cell(CellValue.written("1?"), Location.tableCell(2, 3, 4, 2 + i)
                    .withBox((100 + 40 * i) + ".4,200.6,38.0,18.0"), new OcrReading("1?", 30, List.of("17", "12"),
                    true, null, crops.get(i))));
        }
        r.inputFormat("pdf (OCR)");
        return new FileResult(Path.of("scan.pdf"), "pdf (OCR)", r, new RuleEngine(RuleLoader.builtIn()).evaluate(r,
                null), null, 1000);
    }

    private static List<byte[]> images(String html) {
        List<byte[]> out = new ArrayList<>();
        Matcher m = Pattern.compile(Pattern.quote(CropHtml.IMG) + "([A-Za-z0-9+/=]+)\"").matcher(html);
        while (m.find()) {
            out.add(Base64.getDecoder().decode(m.group(1)));
        }
        return out;
    }

    @Test
    void imagesAreBoundedAFindingAndAReportAndOnlyPng() throws Exception {
        List<byte[]> crops = new ArrayList<>();
        crops.add(png(100, 1)); // 10 KB: shown
        crops.add(png(250, 2)); // over 48 KB: caption only
        crops.add("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)); // not a PNG: caption only
        for (int i = 3; i < COLUMNS.length; i++) {
            crops.add(png(200, i)); // 40 KB each
        }
        FileResult r = scanned(crops);
        String html = new HtmlReportWriter(java.io.OutputStream.nullOutputStream(), Lang.ZH).section(r);
        List<byte[]> shown = images(html);
        assertThat(shown).isNotEmpty().allMatch(i -> i.length <= CropHtml.MAX_CROP_BYTES);
        assertThat(shown.stream().mapToLong(i -> i.length).sum()).isLessThanOrEqualTo(CropHtml.MAX_REPORT_BYTES);
        assertThat(shown).noneMatch(i -> java.util.Arrays.equals(i, crops.get(1)))
                .noneMatch(i -> java.util.Arrays.equals(i, crops.get(2)));
        assertThat(html).doesNotContain("<script>").contains("（图像从略）")
                .contains("识别不确定：“1?”；第 2 页，框 100,201,38,18 点");
        Matcher perFinding = Pattern.compile("<div class=\"ocr-crops\">(.*?)</div>").matcher(html);
        while (perFinding.find()) {
            assertThat(images(perFinding.group(1)).size()).isLessThanOrEqualTo(CropHtml.PER_FINDING);
        }
    }

    @Test
    void aReportNotScannedShowsNoImage() throws Exception {
        Report r = new JsonReportReader().read(Files.readAllBytes(Path.of("samples/rules/T3.BALANCE.json")),
                ReadLimits.DEFAULT);
        FileResult result = new FileResult(Path.of("a.json"), "json", r, new RuleEngine(RuleLoader.builtIn())
                .evaluate(r, null), null, 10);
        String html = new HtmlReportWriter(java.io.OutputStream.nullOutputStream(), Lang.ZH).section(result);
        assertThat(html).doesNotContain("ocr-crop").doesNotContain("扫描件");
    }
}
