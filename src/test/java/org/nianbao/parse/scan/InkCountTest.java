package org.nianbao.parse.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.nianbao.model.OcrReading;

/**
 * The ink counts each printed digit once and sees no digit where none is. Both crops are of real scans, as the
 * reader saw them after straightening (ScanDebugMain's page images of bench/ocr.sh's 淮安 scans at main 562d1e9):
 * {@code huaian-200g-split-zeros.png} is page 4 of the 200 dpi grey scan (turned 1.5°, JPEG q60), x 193..1454,
 * y 1390..1719: table 3's rows 予以公开 to 其他法律行政法规禁止公开, where the hairline top and foot of each round 0
 * fall above the ink threshold and a 0 comes apart into two strokes (the reading was unsure, [0, 10]);
 * {@code huaian-300c-seal-beside.png} is page 3 of the 300 dpi colour scan (JPEG q75, red seal), x 985..2244,
 * y 2820..2999: the cell 本年处理决定数量 447228 with the seal's ring, grey in the red channel at its edges, at the
 * cell's far end (the ink took it for a digit lost beside the number).
 */
class InkCountTest {
    /** Table 3's boundaries in the crop (the reader's own, less the crop's offset) and the page's Otsu threshold. */
    private static final int[] XS = {695 - 193, 789 - 193, 894 - 193, 988 - 193, 1114 - 193, 1245 - 193,
        1350 - 193, 1447 - 193};
    private static final int[] YS = {1400 - 1390, 1465 - 1390, 1574 - 1390, 1639 - 1390, 1708 - 1390};
    private static final int THRESHOLD_200G = 170;
    private static final String[][] PRINTED = {
        {"1288", "21", "0", "0", "50", "3", "1362"},
        {"447", "7", "0", "0", "0", "0", "454"},
        {"2", "0", "0", "0", "0", "0", "2"},
        {"30", "1", "0", "0", "0", "0", "31"},
    };

    /** The crop's grey levels as stored (Raster.of would take a grey PNG through Java's grey colour space). */
    private static Raster crop(String name) throws IOException {
        try (InputStream in = InkCountTest.class.getResourceAsStream("/scan/" + name)) {
            BufferedImage image = ImageIO.read(in);
            assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            return new Raster(image.getWidth(), image.getHeight(),
                    ((DataBufferByte) image.getRaster().getDataBuffer()).getData());
        }
    }

    private static List<Hocr.Glyph> read(String digits) {
        return digits.chars().mapToObj(c -> new Hocr.Glyph(String.valueOf((char) c), 96, List.of())).toList();
    }

    @Test
    void aDigitTheThresholdBrokeIsOneGlyph() throws IOException {
        Raster page = crop("huaian-200g-split-zeros.png");
        Ink ink = page.ink(THRESHOLD_200G);
        for (int row = 0; row < PRINTED.length; row++) {
            for (int col = 0; col < PRINTED[row].length; col++) {
                String printed = PRINTED[row][col];
                CellInk cell = CellInk.of(page, ink, XS[col], YS[row], XS[col + 1], YS[row + 1], 3, 200,
                        THRESHOLD_200G);
                assertThat(cell.shape()).as("row %d column %d, printed %s", row, col, printed)
                        .isEqualTo(new CellInk.Shape(printed.length(), false, false));
                OcrReading reading = NumberReading.decide(read(printed), printed, null, cell.shape());
                assertThat(reading.unsure()).as("both models read %s", printed).isFalse();
            }
        }
    }

    @Test
    void aSealAcrossTheCellIsNoLostDigit() throws IOException {
        Raster page = crop("huaian-300c-seal-beside.png");
        // the cell's borders as the reader found them, less the crop's offset; 148 is the page's Otsu threshold
        CellInk cell = CellInk.of(page, page.ink(148), 1015 - 985, 2837 - 2820, 2163 - 985, 2986 - 2820, 6, 300,
                148);
        assertThat(cell.shape()).isEqualTo(new CellInk.Shape(6, false, false));
    }
}
