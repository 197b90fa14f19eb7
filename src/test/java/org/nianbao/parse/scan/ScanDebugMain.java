package org.nianbao.parse.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Prints what the scan reader finds on each page of a scanned PDF (angle, lines, tables; with a third argument, each
 * inked cell's image written there and its ink's shape; with BLOTS set in the environment also the cell's borders
 * and each blot of ink): for looking into a scan.
 */
public final class ScanDebugMain {
    private ScanDebugMain() {
    }

    public static void main(String[] args) throws Exception {
        try (PDDocument doc = PDDocument.load(Files.readAllBytes(Path.of(args[0])));
                PageImages pages = PageImages.pdf(doc)) {
            for (int i = 0; i < pages.count(); i++) {
                PageImages.Page p = pages.page(i);
                Raster r = Raster.of(p.image());
                int t = r.otsu();
                Ink ink = r.ink(t);
                double angle = Deskew.angle(r, t);
                if (angle != 0) {
                    r = r.rotated(angle);
                    ink = r.ink(t);
                }
                Rulings rulings = Rulings.find(r.ink(r.lineThreshold(t)), p.dpi());
                System.out.printf("page %d: %dx%d dpi %.0f otsu %d line %d angle %.2f h %d v %d%n", i + 1, r.width, r.height,
                        p.dpi(), t, r.lineThreshold(t), angle, rulings.horizontal.size(), rulings.vertical.size());
                for (CellGrid.GridTable g : CellGrid.tables(rulings, p.dpi())) {
                    System.out.printf("  table %d..%d x %d..%d: %d x %d, %d cells%n", g.top(), g.bottom(), g.left(),
                            g.right(), g.ys().length - 1, g.xs().length - 1, g.cells().size());
                }
                if (args.length > 1) {
                    ScanReader.writePng(r.crop(0, 0, r.width, r.height, 1), Path.of(args[1] + "-" + (i + 1) + ".png"));
                }
                if (args.length > 2) { // each inked cell: its image file, how many glyphs the ink holds, a dash
                    PageScan s = PageScan.scan(i + 1, p.image(), p.dpi(), java.nio.file.Files.createDirectories(
                            Path.of(args[2])));
                    for (PageScan.CellJob c : s.cells()) {
                        if (!c.ink().blank()) {
                            System.out.printf("  %s %s blots %d%n", c.image().getFileName(), c.ink().shape(),
                                    c.ink().blots.size());
                            if (System.getenv("BLOTS") != null) { // the cell's borders and each blot of ink in it
                                System.out.printf("    %s line %d numeric %s%n", c.cell(), c.table().lineWidth(),
                                        c.ink().looksNumeric());
                                c.ink().blots.forEach(b -> System.out.println("    " + b));
                            }
                        }
                    }
                }
            }
        }
    }
}
