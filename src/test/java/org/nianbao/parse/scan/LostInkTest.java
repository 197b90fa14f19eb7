package org.nianbao.parse.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.OcrReading;

/**
 * A digit the ink threshold loses is never read as a sure number without it. On a black-and-white scan straightened
 * by a degree, a hairline digit turns grey; with the threshold at the ink's end of the page's empty grey levels the
 * 2 of 12 fell on the paper's side, was erased from the image OCR read, and both models read a sure 1 (淮安 at 200 dpi
 * black and white, bench/OCR-ACCURACY.md). Two guards: grey a glyph high beside the text makes the reading unsure,
 * and the threshold of a two-toned page lies in the middle of its empty levels.
 */
class LostInkTest {
    private static final int W = 120;
    private static final int H = 70;

    /** A cell with borders, a black 1 and a 2 drawn in {@code twoGrey}. */
    private static Raster twelve(int twoGrey) {
        byte[] g = new byte[W * H];
        Arrays.fill(g, (byte) 255);
        Raster r = new Raster(W, H, g);
        for (int x = 0; x < W; x++) {
            for (int t = 0; t < 2; t++) {
                set(r, x, t, 0);
                set(r, x, H - 1 - t, 0);
            }
        }
        for (int y = 0; y < H; y++) {
            for (int t = 0; t < 2; t++) {
                set(r, t, y, 0);
                set(r, W - 1 - t, y, 0);
            }
        }
        fill(r, 40, 25, 42, 40, 0); // 1
        fill(r, 50, 25, 60, 26, twoGrey); // 2: top, right, middle, left, foot
        fill(r, 59, 25, 60, 32, twoGrey);
        fill(r, 50, 32, 60, 33, twoGrey);
        fill(r, 50, 32, 51, 40, twoGrey);
        fill(r, 50, 39, 60, 40, twoGrey);
        return r;
    }

    private static void fill(Raster r, int x0, int y0, int x1, int y1, int grey) {
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                set(r, x, y, grey);
            }
        }
    }

    private static void set(Raster r, int x, int y, int grey) {
        r.grey[y * r.width + x] = (byte) grey;
    }

    private static CellInk ink(Raster page, int threshold) {
        return CellInk.of(page, page.ink(threshold), 0, 0, W - 1, H - 1, 2, 200, threshold);
    }

    private static List<Hocr.Glyph> read(String digits) {
        return digits.chars().mapToObj(c -> new Hocr.Glyph(String.valueOf((char) c), 96, List.of())).toList();
    }

    @Test
    void aDigitTheThresholdLostMakesTheReadingUnsure() {
        CellInk lost = ink(twelve(120), 42);
        assertThat(lost.shape().glyphs()).isEqualTo(1);
        assertThat(lost.shape().lost()).isTrue();
        OcrReading reading = NumberReading.decide(read("1"), "1", null, lost.shape());
        assertThat(reading.unsure()).as("both models read 1 of the 12 left in the image").isTrue();
    }

    @Test
    void aDigitTheThresholdKeepsIsReadSure() {
        CellInk kept = ink(twelve(120), 128);
        assertThat(kept.shape().glyphs()).isEqualTo(2);
        assertThat(kept.shape().lost()).isFalse();
        assertThat(NumberReading.decide(read("12"), "12", null, kept.shape()).unsure()).isFalse();
        // a one-digit number with nothing beside it stays sure
        assertThat(NumberReading.decide(read("1"), "1", null, ink(twelve(255), 42).shape()).unsure()).isFalse();
    }

    @Test
    void aTwoTonedPageIsSplitInTheMiddleOfItsEmptyGreyLevels() {
        // ink at 0, paper at 255, and the few greys a rendering leaves at their edges (20–40, 215–235)
        byte[] g = new byte[100_000];
        for (int i = 0; i < g.length; i++) {
            int k = i % 1000;
            g[i] = (byte) (k < 30 ? 0 : k < 40 ? 20 + (k - 30) * 2 : k < 50 ? 215 + (k - 40) * 2 : 255);
        }
        int t = new Raster(1000, 100, g).otsu();
        assertThat(t).isBetween(110, 145);
    }
}
