package org.nianbao.report;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.nianbao.model.Cell;
import org.nianbao.model.Lang;
import org.nianbao.model.OcrReading;
import org.nianbao.model.Report;
import org.nianbao.rules.Labels;
import org.nianbao.rules.Violation;

/**
 * The scan's image of the cells a finding is about ({@link OcrCells}), shown beside it in the HTML report as PNG
 * data URIs, each captioned with what OCR read and its page and box, so a person can confirm the reading without
 * opening the scan. Bounded: a few images a finding, none over {@link #MAX_CROP_BYTES}, and at most
 * {@link #MAX_REPORT_BYTES} of images a report; past that a cell gets its caption alone (its page and box).
 *
 * <p>The web server shows the same section from storage and serves each image from it
 * ({@code /reports/ID/crops/N}): the {@code <img class="ocr-crop" src="data:image/png;base64,} opening is what it
 * looks for, and nothing else in a section can carry it (every value from a report is escaped).
 */
public final class CropHtml {
    /** The opening of each image this class writes; {@code web} finds the images by it. */
    public static final String IMG = "<img class=\"ocr-crop\" src=\"data:image/png;base64,";
    static final int PER_FINDING = 8;
    static final int MAX_CROP_BYTES = 48 << 10;
    static final int MAX_REPORT_BYTES = 256 << 10;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final Lang lang;
    private long spent;

    CropHtml(Lang lang) {
        this.lang = lang;
    }

    /** The images for one finding of a report, or "" when it names no scanned cell worth showing. */
    String of(Violation v, Report report) {
        List<OcrCells.Scanned> cells = OcrCells.of(v, report);
        if (cells.isEmpty()) {
            return "";
        }
        boolean zh = lang == Lang.ZH;
        StringBuilder b = new StringBuilder("<div class=\"ocr-crops\"><span class=\"ocr-note\">")
                .append(zh ? "扫描原图（请核对识别结果）：" : "On the scan (check what was read):").append("</span>");
        for (OcrCells.Scanned s : cells.subList(0, Math.min(PER_FINDING, cells.size()))) {
            Cell c = s.cell();
            OcrReading r = c.ocr();
            String name = Labels.cell(s.ref().table(), s.ref().row(), s.ref().column()).in(lang);
            String place = LocationText.scanPlace(c.source(), lang);
            String read = OcrCells.reading(r, lang);
            b.append("<figure class=\"ocr-crop\">");
            byte[] png = r.crop();
            if (png != null && isPng(png) && png.length <= MAX_CROP_BYTES && spent + png.length <= MAX_REPORT_BYTES) {
                spent += png.length;
                b.append(IMG).append(Base64.getEncoder().encodeToString(png)).append("\" alt=\"")
                        .append(Html.esc((zh ? "扫描原图：" : "scan of ") + name)).append("\">");
            } else if (png != null) {
                b.append("<span class=\"ocr-omitted\">").append(zh ? "（图像从略）" : "(image left out)").append("</span>");
            }
            b.append("<figcaption>").append(Html.esc(name)).append(zh ? "：" : ": ").append(Html.esc(read))
                    .append(place.isEmpty() ? "" : (zh ? "；" : "; ") + Html.esc(place)).append("</figcaption></figure>");
        }
        if (cells.size() > PER_FINDING) {
            b.append("<span class=\"ocr-more\">").append(zh ? "另有 " + (cells.size() - PER_FINDING) + " 个识别单元格未列出"
                    : (cells.size() - PER_FINDING) + " more scanned cells not shown").append("</span>");
        }
        return b.append("</div>").toString();
    }

    private static boolean isPng(byte[] bytes) {
        return bytes.length > PNG.length && Arrays.equals(bytes, 0, PNG.length, PNG, 0, PNG.length);
    }
}
