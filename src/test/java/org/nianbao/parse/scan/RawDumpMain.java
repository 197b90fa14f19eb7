package org.nianbao.parse.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.pdf.PdfParser;

/** Prints the raw document the scan reader makes of a scanned PDF: paragraphs, then each table's cells. */
public final class RawDumpMain {
    private RawDumpMain() {
    }

    public static void main(String[] args) throws Exception {
        RawDocument doc = new OcrFallback(new PdfParser()).parse(Files.readAllBytes(Path.of(args[0])),
                ReadLimits.DEFAULT);
        for (RawBlock b : doc.blocks()) {
            if (b instanceof RawParagraph p) {
                System.out.println("P " + p.source().page() + ": " + p.text());
            } else if (b instanceof RawTable t) {
                System.out.println("T " + t.index() + " " + t.rowCount() + "x" + t.columnCount());
                for (RawCell c : t.cells()) {
                    if (args.length > 1 && c.ocr().crop() != null) {
                        Files.write(Path.of(args[1], "t" + t.index() + "-" + c.row() + "-" + c.col() + ".png"),
                                c.ocr().crop());
                    }
                    System.out.println("  [" + c.row() + "," + c.col() + " " + c.rowSpan() + "x" + c.colSpan() + "] "
                            + c.text().replace("\n", "⏎") + (c.ocr().unsure() ? "  ?" + c.ocr().alternatives() : ""));
                }
            }
        }
    }
}
