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
 * A grey seal's stroke running through a cell's digits neither joins them into one blot nor stands for a digit. The
 * crop {@code seal-stroke-200g.png} is of page 1 of gen-21-01-balance's 200 dpi grey scan (turned 1.5°, JPEG q60,
 * red seal) as the reader saw it after straightening (ScanDebugMain's page image, x 1140..1463, y 2003..2124): the
 * cells 1750 and 3499 of table 1, the seal's ring (no pixel darker than about 100) crossing both, its ticks beside
 * 1750. The ring joined 50 and 49 into one tall blot: the cells looked like one glyph of text, both numbers missing.
 */
class SealStrokeTest {
    /** The page's Otsu threshold. */
    private static final int THRESHOLD = 160;

    private static Raster crop() throws IOException {
        try (InputStream in = SealStrokeTest.class.getResourceAsStream("/scan/seal-stroke-200g.png")) {
            BufferedImage image = ImageIO.read(in);
            assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            return new Raster(image.getWidth(), image.getHeight(),
                    ((DataBufferByte) image.getRaster().getDataBuffer()).getData());
        }
    }

    @Test
    void digitsUnderASealStrokeAreCountedAndLookNumeric() throws IOException {
        Raster page = crop();
        Ink ink = page.ink(THRESHOLD);
        // the cells' borders as the reader found them (1150..1453 × 2013..2063..2114), less the crop's offset
        int[] ys = {2013 - 2003, 2063 - 2003, 2114 - 2003};
        String[] printed = {"1750", "3499"};
        for (int row = 0; row < 2; row++) {
            CellInk cell = CellInk.of(page, ink, 1150 - 1140, ys[row], 1453 - 1140, ys[row + 1], 4, 200, THRESHOLD);
            assertThat(cell.looksNumeric()).as(printed[row]).isTrue();
            assertThat(cell.shape()).as(printed[row]).isEqualTo(new CellInk.Shape(4, false, false));
            // models that both drop a digit, or read the stroke as one, are never sure
            for (String wrong : List.of(printed[row].substring(1), printed[row] + "1")) {
                OcrReading reading = NumberReading.decide(read(wrong), wrong, null, cell.shape());
                assertThat(reading.unsure()).as("both models read %s for %s", wrong, printed[row]).isTrue();
            }
            OcrReading right = NumberReading.decide(read(printed[row]), printed[row], null, cell.shape());
            assertThat(right.unsure()).as(printed[row]).isFalse();
            // the image the engine reads has the stroke made paper, the digits' ink kept
            int[] text = cell.text;
            assertThat(text[3] - text[1] + 1).as("text height of %s", printed[row]).isLessThan(25);
        }
    }

    private static List<Hocr.Glyph> read(String digits) {
        return digits.chars().mapToObj(c -> new Hocr.Glyph(String.valueOf((char) c), 96, List.of())).toList();
    }
}
