package org.nianbao.parse.scan;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A second look at the number cells the first left unsure: the same cell's ink prepared otherwise and read again,
 * one Tesseract batch per preparation over those cells only (four processes per report, whatever its size), each
 * reading kept as a witness for {@link NumberReading}'s rule. The preparations were chosen on the 171 cells the
 * first look left unsure in the sweep of seed, 洪泽, 淮安 and gen-21-00 at 200 dpi grey, 300 dpi colour and 200 dpi
 * black and white. The digits model read right 75% of them at the first look's 40 pixels a glyph; in grey 89% at
 * 24 pixels and 88% at 32, in the threshold's black and white 91% at 24 and 77% at 40; at 64 pixels only 53% (it
 * reads nothing from a large lone digit); at 18 pixels 91%, but seven of them wrong with confidence. The Chinese
 * model read 37% right at the first look, 63% in black and white at 40 pixels, 41% at 64. Of all 451 choices of
 * one to three digits and up to two Chinese preparations, none made a wrong cell sure by the rule; these four made
 * the most sure (106 of the 129 whose ink allows the right number; 74 with 64 pixels and 40 in black and white).
 * A single-word page segmentation ({@code --psm 8}) was dropped: wrong on a quarter of them (0 as 8, 1 as 7).
 */
final class SecondLook {
    /**
     * How a cell's image is prepared and read for one more witness: its glyphs scaled to this many pixels high,
     * grey or the page threshold's black and white, read by which model, one line of text.
     */
    enum Preparation {
        SMALL_GREY(24, false, "eng"),
        MEDIUM_GREY(32, false, "eng"),
        SMALL_BLACK_WHITE(24, true, "eng"),
        CHINESE_BLACK_WHITE(40, true, "chi_sim");

        final int glyphPixels;
        final boolean binary;
        final String model;

        Preparation(int glyphPixels, boolean binary, String model) {
            this.glyphPixels = glyphPixels;
            this.binary = binary;
            this.model = model;
        }
    }

    private final Tesseract tesseract;

    SecondLook(Tesseract tesseract) {
        this.tesseract = tesseract;
    }

    /** Reads {@code cells} (number cells, each with its source) again by every preparation. */
    void look(List<PageScan.CellJob> cells, Path work) throws IOException, InterruptedException {
        if (cells.isEmpty()) {
            return;
        }
        for (Preparation p : Preparation.values()) {
            List<Path> images = new ArrayList<>();
            for (PageScan.CellJob c : cells) {
                Path file = c.image().resolveSibling(c.image().getFileName().toString()
                        .replace(".png", "-" + p.name().toLowerCase(Locale.ROOT) + ".png"));
                ScanReader.writePng(prepare(c.source(), p), file);
                images.add(file);
            }
            String name = "second-" + p.name().toLowerCase(Locale.ROOT);
            List<String> config = p.model.equals("eng")
                    ? List.of("-l", "eng", "--psm", "7", "-c", "tessedit_char_whitelist=0123456789.-",
                            "-c", "lstm_choice_mode=2", "-c", "hocr_char_boxes=1", "hocr")
                    : List.of("-l", p.model, "--psm", "7", "hocr");
            Map<String, List<Hocr.Word>> read = Hocr.pages(tesseract.run(ScanReader.list(work, name, images),
                    work.resolve(name), "hocr", config));
            for (int i = 0; i < cells.size(); i++) {
                List<Hocr.Word> words = read.getOrDefault(Hocr.name(images.get(i).toString()), List.of());
                cells.get(i).witness(witness(p, words));
            }
        }
    }

    /** What one preparation's words say, as one reading, with the least confidence of its characters. */
    private static NumberReading.Witness witness(Preparation p, List<Hocr.Word> words) {
        StringBuilder text = new StringBuilder();
        double confidence = words.isEmpty() ? 0 : 100;
        for (Hocr.Word w : words) {
            if (w.glyphs().isEmpty()) {
                text.append(w.text());
                confidence = Math.min(confidence, w.conf());
            }
            for (Hocr.Glyph g : w.glyphs()) {
                if (!g.text().isBlank()) {
                    text.append(g.text());
                    confidence = Math.min(confidence, g.confidence());
                }
            }
        }
        return new NumberReading.Witness(p.name(), p.model.equals("eng"), NumberReading.normalise(CjkText.tidy(text.toString())),
                confidence);
    }

    /** The cell's source scaled so its glyphs are as high as the preparation wants, in black and white if it asks. */
    static BufferedImage prepare(PageScan.Source s, Preparation p) {
        double scale = Math.max(0.5, Math.min(6, (double) p.glyphPixels / Math.max(1, s.glyph())));
        BufferedImage image = s.grey().crop(0, 0, s.grey().width, s.grey().height, scale);
        if (p.binary) {
            byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) ((data[i] & 0xFF) <= s.threshold() ? 0 : 255);
            }
        }
        return image;
    }
}
