package org.nianbao.parse.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A table whose header rows are shaded keeps its ruling lines on a scan. The line threshold sits well on the paper
 * side of the text's to keep a hairline's faint grey; a shading lighter than the text but darker than that threshold
 * (洪泽's Article 20 table at 200 dpi grey: fill 214, threshold 218) turned each shaded row into one thick band, no
 * line, and the table was lost.
 */
class ShadedRowsTest {
    private static final int W = 800;
    private static final int H = 400;

    /** A two-column table of thin lines (grey 120) from y 100 to 310, its first row shaded in {@code shade}. */
    private static Raster table(int shade) {
        byte[] g = new byte[W * H];
        Arrays.fill(g, (byte) 255);
        Raster r = new Raster(W, H, g);
        fill(r, 102, 102, 698, 168, shade);
        for (int y : new int[] {100, 170, 240, 310}) {
            fill(r, 100, y, 700, y + 1, 120);
        }
        for (int x : new int[] {100, 400, 699}) {
            fill(r, x, 100, x + 1, 311, 120);
        }
        return r;
    }

    private static void fill(Raster r, int x0, int y0, int x1, int y1, int grey) {
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                r.grey[y * r.width + x] = (byte) grey;
            }
        }
    }

    @Test
    void aShadingStaysPaperForTheRulingLines() {
        Raster shaded = table(214);
        int line = shaded.lineThreshold(163);
        assertThat(line).isLessThan(214).isGreaterThanOrEqualTo(200);
        Rulings rulings = Rulings.find(shaded.ink(line), 200);
        assertThat(rulings.horizontal).extracting(Rulings.Line::at).contains(100, 170, 240, 310);
        assertThat(CellGrid.tables(rulings, 200)).singleElement()
                .satisfies(t -> assertThat(t.ys()).hasSize(4));
    }

    @Test
    void withoutShadingTheLineThresholdKeepsFaintHairlines() {
        assertThat(table(255).lineThreshold(163)).isGreaterThan(214);
    }
}
