package org.nianbao.parse.scan;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nianbao.model.OcrReading;

/**
 * One scanned page made ready for OCR: straightened ({@link Deskew}), its tables found ({@link Rulings},
 * {@link CellGrid}), each cell's ink looked at ({@link CellInk}) and, where there is some, written out as an image
 * of its text alone; the page without its tables written out for the narrative.
 */
final class PageScan {
    /** Cell text is scaled to about this many pixels high for the engine. */
    private static final int GLYPH_PIXELS = 40;
    /** The narrative is read at about this resolution. */
    private static final double NARRATIVE_DPI = 300;

    /** One cell of a table on the page and what OCR made of it. */
    static final class CellJob {
        private final CellGrid.GridTable table;
        private final CellGrid.GridCell cell;
        private final CellInk ink;
        private final Path image;
        private final byte[] crop;
        private final Source source;
        private Hocr.Text chinese;
        private List<Hocr.Glyph> digits;
        private final List<NumberReading.Witness> second = new ArrayList<>();

        CellJob(CellGrid.GridTable table, CellGrid.GridCell cell, CellInk ink, Path image, byte[] crop,
                Source source) {
            this.table = table;
            this.cell = cell;
            this.ink = ink;
            this.image = image;
            this.crop = crop;
            this.source = source;
        }

        /** The cell's text in the page's grey, with a wide margin of paper, for a second look; null unless a number. */
        Source source() {
            return source;
        }

        /** A reading of the second look ({@link SecondLook}). */
        void witness(NumberReading.Witness w) {
            second.add(w);
        }

        CellGrid.GridTable table() {
            return table;
        }

        CellGrid.GridCell cell() {
            return cell;
        }

        CellInk ink() {
            return ink;
        }

        Path image() {
            return image;
        }

        void chinese(Hocr.Text text) {
            chinese = text;
        }

        /** The Chinese model's reading, or an empty one before it ran. */
        Hocr.Text chineseText() {
            return chinese == null ? new Hocr.Text("", 0) : chinese;
        }

        void digits(List<Hocr.Glyph> glyphs) {
            digits = glyphs;
        }

        List<Hocr.Glyph> digitGlyphs() {
            return digits == null ? List.of() : digits;
        }

        /** What the cell says, and how sure that is. */
        OcrReading reading() {
            if (ink.blank()) {
                return new OcrReading("", ink.faint ? 0 : 100, List.of(), ink.faint, null, crop);
            }
            String text = chinese == null ? "" : CjkText.tidy(chinese.text());
            if (digits != null) {
                return NumberReading.decide(digits, text, crop, ink.shape(), second);
            }
            double conf = chinese == null ? 0 : chinese.minConf();
            return new OcrReading(text, (int) Math.max(0, Math.floor(conf)), List.of(), conf < TEXT_SURE, null,
                    crop);
        }
    }

    /**
     * A cell's text as the page shows it before any preparation for the engine: its grey levels at the page's own
     * resolution (paper outside the text's box, so no border is in it), the page's ink threshold, and the height of
     * its tallest glyph, pixels.
     */
    record Source(Raster grey, int threshold, int glyph) {
    }

    /** A text cell read below this confidence is unsure (it matters only where a number belongs). */
    static final double TEXT_SURE = 60;

    private final int number;
    private final double dpi;
    private final List<CellGrid.GridTable> tables;
    private final List<CellJob> cells;
    private final Path narrativeImage;
    private final double narrativeScale;

    private PageScan(int number, double dpi, List<CellGrid.GridTable> tables, List<CellJob> cells,
            Path narrativeImage, double narrativeScale) {
        this.number = number;
        this.dpi = dpi;
        this.tables = tables;
        this.cells = cells;
        this.narrativeImage = narrativeImage;
        this.narrativeScale = narrativeScale;
    }

    static PageScan scan(int number, BufferedImage image, double dpi, Path work) {
        Raster page = Raster.of(image);
        int threshold = page.otsu();
        Ink ink = page.ink(threshold);
        double angle = Deskew.angle(page, threshold);
        if (angle != 0) {
            page = page.rotated(angle);
            ink = page.ink(threshold);
        }
        Ink lineInk = page.ink(page.lineThreshold(threshold));
        Rulings rulings = Rulings.find(lineInk, dpi);
        List<CellGrid.GridTable> tables = CellGrid.tables(rulings, dpi);
        List<CellJob> jobs = new ArrayList<>();
        int n = 0;
        for (CellGrid.GridTable t : tables) {
            for (CellGrid.GridCell c : t.cells()) {
                CellInk cellInk = CellInk.of(page, ink, c.left(), c.top(), c.right(), c.bottom(), t.lineWidth(), dpi,
                        threshold);
                double cropScale = Math.min(1, 200 / dpi);
                byte[] crop = Raster.png(page.crop(c.left() - 2, c.top() - 2, c.right() - c.left() + 5,
                        c.bottom() - c.top() + 5, cropScale));
                Path file = null;
                if (!cellInk.blank()) {
                    int[] b = cellInk.text;
                    int glyph = Math.max(1, cellInk.glyphHeight());
                    double scale = Math.max(1, Math.min(4, (double) GLYPH_PIXELS / glyph));
                    int pad = (int) Math.round(0.06 * dpi);
                    file = work.resolve(String.format(Locale.ROOT, "p%03d-c%04d.png", number, n++));
                    int near = (int) Math.round(0.015 * dpi); // the text's own grey edge, not the borders
                    ScanReader.writePng(cellInk.page().crop(b[0] - pad, b[1] - pad, b[2] - b[0] + 1 + 2 * pad,
                            b[3] - b[1] + 1 + 2 * pad, scale, new int[] {b[0] - near, b[1] - near, b[2] + near,
                                b[3] + near}), file);
                }
                jobs.add(new CellJob(t, c, cellInk, file, crop, cellInk.looksNumeric() ? source(cellInk.page(),
                        cellInk, threshold, dpi) : null));
                cellInk.letGoOfPage(); // else every page (or a seal-cleaned copy of it) is held till the report ends
            }
        }
        byte[] masked = page.grey.clone();
        for (CellGrid.GridTable t : tables) {
            int m = t.lineWidth() + 2;
            // of the top border only the line goes: a heading printed right on it (an underlined heading read as
            // the table's top) keeps its characters, and the line is not read as a row of strokes under them
            int top = t.top() - t.lineWidth() / 2 - 1;
            for (int y = Math.max(0, top); y < Math.min(page.height, t.bottom() + m); y++) {
                for (int x = Math.max(0, t.left() - m); x < Math.min(page.width, t.right() + m); x++) {
                    masked[y * page.width + x] = (byte) 255;
                }
            }
        }
        eraseRules(masked, page.width, rulings, lineInk, dpi);
        Raster text = new Raster(page.width, page.height, masked);
        double scale = dpi < 250 ? NARRATIVE_DPI / dpi : 1;
        Path narrative = work.resolve(String.format(Locale.ROOT, "p%03d.png", number));
        ScanReader.writePng(text.crop(0, 0, page.width, page.height, scale), narrative);
        return new PageScan(number, dpi, tables, jobs, narrative, scale);
    }

    /**
     * A number cell's text kept for a second look, with a margin of paper wide enough for any preparation (number
     * cells are small; labels, which are not, are never read again this way).
     */
    private static Source source(Raster page, CellInk cellInk, int threshold, double dpi) {
        int[] b = cellInk.text;
        int near = (int) Math.round(0.015 * dpi);
        int wide = (int) Math.round(0.15 * dpi);
        BufferedImage around = page.crop(b[0] - wide, b[1] - wide, b[2] - b[0] + 1 + 2 * wide,
                b[3] - b[1] + 1 + 2 * wide, 1, new int[] {b[0] - near, b[1] - near, b[2] + near, b[3] + near});
        return new Source(new Raster(around.getWidth(), around.getHeight(),
                ((DataBufferByte) around.getRaster().getDataBuffer()).getData()), threshold,
                Math.max(1, cellInk.glyphHeight()));
    }

    /**
     * Erases the rules left on the narrative image (a heading's underline, a table's top border it stands on): the
     * engine misreads the text standing on a line. Only the line's own ink goes — unbroken horizontal runs a quarter
     * inch long or more near it, which no stroke of a character is — so the characters' feet stay.
     */
    private static void eraseRules(byte[] grey, int width, Rulings rulings, Ink ink, double dpi) {
        int minRun = (int) Math.round(0.25 * dpi);
        for (Rulings.Line l : rulings.horizontal) {
            int half = l.thickness() / 2 + 4; // the line drifts a row or two along a page straightened
            for (int y = Math.max(0, l.at() - half); y <= Math.min(ink.height - 1, l.at() + half); y++) {
                int x = Math.max(0, l.from() - 2);
                int end = Math.min(ink.width - 1, l.to() + 2);
                while (x <= end) {
                    if (!ink.at(x, y)) {
                        x++;
                        continue;
                    }
                    int start = x;
                    while (x <= end && ink.at(x, y)) {
                        x++;
                    }
                    if (x - start >= minRun) {
                        for (int k = start; k < x; k++) {
                            grey[y * width + k] = (byte) 255;
                        }
                    }
                }
            }
        }
    }

    int number() {
        return number;
    }

    double dpi() {
        return dpi;
    }

    List<CellGrid.GridTable> tables() {
        return tables;
    }

    List<CellJob> cells() {
        return cells;
    }

    Path narrativeImage() {
        return narrativeImage;
    }

    double narrativeScale() {
        return narrativeScale;
    }

    /** A cell's box in PDF points ({@code x,y,w,h} from the page's top left), as other readers give boxes. */
    String box(CellGrid.GridCell c) {
        double k = 72 / dpi;
        return String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.1f", c.left() * k, c.top() * k,
                (c.right() - c.left()) * k, (c.bottom() - c.top()) * k);
    }
}
