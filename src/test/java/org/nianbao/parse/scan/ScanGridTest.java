package org.nianbao.parse.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table grid is found on scanned pages whose ruling lines come out broken or touched: crops of the test scanner's
 * pages (src/test/resources/scan/SOURCES.md says how each was made).
 */
class ScanGridTest {
    @TempDir
    Path work;

    private CellGrid.GridTable onlyTable(String crop) throws IOException {
        return onlyTable(crop, 200);
    }

    private CellGrid.GridTable onlyTable(String crop, double dpi) throws IOException {
        PageScan page = PageScan.scan(1, image(crop), dpi, work);
        assertThat(page.tables()).hasSize(1);
        return page.tables().get(0);
    }

    /**
     * A crop's grey levels as the page's colour image they came from (a grey image's getRGB would pass them through
     * a colour space conversion that changes them).
     */
    private static BufferedImage image(String crop) throws IOException {
        BufferedImage grey;
        try (InputStream in = ScanGridTest.class.getResourceAsStream("/scan/" + crop)) {
            grey = ImageIO.read(in);
        }
        BufferedImage page = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                int g = grey.getRaster().getSample(x, y, 0);
                page.setRGB(x, y, g << 16 | g << 8 | g);
            }
        }
        return page;
    }

    /**
     * The seed's 0.5 pt rules at 200 dpi black and white, turned a degree: each is a staircase that falls apart
     * where it straddles two pixel rows, and after straightening a row of dashes about 47 pixels long with gaps of
     * 10 — no run long enough for a line, so no table was found on any page of the scan (200 cells missing).
     */
    @Test
    void hairlinesBrokenIntoDashesAreLines() throws IOException {
        CellGrid.GridTable table = onlyTable("hairlines-200bw.png");
        assertThat(table.ys()).hasSize(15); // 14 rows
        assertThat(table.xs()).hasSize(5); // 4 columns
        assertThat(table.cells()).hasSize(30);
    }

    /**
     * A red seal over a table's bottom right corner, grey on a grey scan: its star touches the right border, which
     * with it was one band too thick for a ruling and was dropped — with it the column of 现行有效件数 and, the top
     * border then meeting one line across only, the first row.
     */
    @Test
    void aSealOnTheCornerLeavesTheBorder() throws IOException {
        CellGrid.GridTable table = onlyTable("seal-corner-200g.png");
        assertThat(table.xs()).hasSize(5); // 4 columns, 现行有效件数 kept
        assertThat(table.ys()).hasSize(9); // 8 rows, the first one (第二十条第（一）项) kept
    }

    /**
     * The same table at 150 dpi: a piece of the seal's ring, between two lines, made a column boundary that covered
     * part of one row's side only. It split the value cells of 行政许可 and 其他对外管理服务事项 (both rows lost) — and
     * the right border, found now under the star, stays the table's last.
     */
    @Test
    void aPieceOfTheSealsRingIsNoColumn() throws IOException {
        CellGrid.GridTable table = onlyTable("seal-ring-150g.png", 150);
        assertThat(table.xs()).hasSize(5); // 4 columns
        assertThat(table.right()).isGreaterThan(1100); // the border under the seal, not the ring at 1017
        assertThat(table.cells()).hasSize(26);
    }

    /** Strokes of a bold title that line up row by row are no dashed line: the page has no table. */
    @Test
    void aTitleMakesNoTable() throws IOException {
        assertThat(PageScan.scan(1, image("title-200bw.png"), 200, work).tables()).isEmpty();
    }

    /**
     * The seed at 150 dpi grey, turned 2°: a hairline is one pixel spread over three, 208-225 at its darkest. Its
     * greys made a broad hump in the page's histogram that was taken for a cell's shading, which pulled the line
     * threshold to 218, under the lines' own grey: every line broke into pieces and no table was found (and at 223,
     * 0.6 of the way from the text's threshold to the paper, still most of them).
     */
    @Test
    void faintHairlinesAt150DpiAreLines() throws IOException {
        CellGrid.GridTable table = onlyTable("hairlines-150g.png", 150);
        assertThat(table.ys()).hasSize(15); // 14 rows
        assertThat(table.xs()).hasSize(5); // 4 columns
    }

    /**
     * A page that is all table (the seed's table 3 at 150 dpi grey): without its faint rules the slope was found from
     * the text in the cells alone, -0.55° for a page turned 2°, and no line survived the straightening.
     */
    @Test
    void aPageOfTableIsStraightenedByItsRules() throws IOException {
        Raster page = Raster.of(image("table-page-150g.png"));
        assertThat(Deskew.angle(page, page.otsu())).isCloseTo(-2.0, within(0.1));
        assertThat(PageScan.scan(1, image("table-page-150g.png"), 150, work).tables()).isNotEmpty();
    }

    /** Strokes of a title at 150 dpi that line up make boxes lower than a line of text: no table. */
    @Test
    void aTitleAt150DpiMakesNoTable() throws IOException {
        assertThat(PageScan.scan(1, image("title-150g.png"), 150, work).tables()).isEmpty();
    }
}
