package org.nianbao.parse.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * Counts the glyphs of a PDF in and out of the reader: in, every glyph a plain PDFBox text stripper places (the
 * same overlapping duplicates of fake-bold text left out as the reader does); out, every character of every
 * table cell, paragraph, left-out page number or running header or footer, header row a table repeats on later pages and glyph drawn outside
 * the clipping area (so not on the page) the reader gives. Whitespace and characters that cannot be
 * printed are not counted. Public so tests in other packages (the corpus, the rendering matrix) hold their PDFs to it.
 */
public final class GlyphLedger {

    private GlyphLedger() {
    }

    /**
     * The characters the page text has and the reading lacks, and those the reading has and the page text lacks:
     * both empty when nothing was lost or made up. Null when the reader refuses the file (no text, encrypted…).
     */
    public static Difference of(byte[] pdf) throws IOException {
        PdfParser.Reading reading;
        try {
            reading = PdfParser.read(pdf, ReadLimits.DEFAULT);
        } catch (ReadFailure e) {
            return null;
        }
        Map<Integer, Integer> in = new TreeMap<>();
        try (PDDocument document = PDDocument.load(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        // a radical standing for an ideograph is read as the ideograph (CjkRadicals)
                        count(CjkRadicals.unify(p.getUnicode()), in);
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.writeText(document, Writer.nullWriter());
        }
        Map<Integer, Integer> out = new TreeMap<>();
        for (RawBlock b : reading.document().blocks()) {
            if (b instanceof RawParagraph p) {
                count(p.text(), out);
            } else if (b instanceof RawTable t) {
                for (RawCell c : t.cells()) {
                    count(c.text(), out);
                }
            }
        }
        for (TextLine l : reading.furniture()) {
            count(l.text(), out);
        }
        for (String repeated : reading.repeatedHeaders()) {
            count(repeated, out);
        }
        count(reading.clipped(), out);
        return new Difference(minus(in, out), minus(out, in), total(in), reading);
    }

    /**
     * @param lost    characters (with how many) on the pages but not in the reading
     * @param gained  characters in the reading but not on the pages
     * @param glyphs  how many were counted on the pages
     * @param reading what the reader gave
     */
    public record Difference(Map<String, Integer> lost, Map<String, Integer> gained, int glyphs,
            PdfParser.Reading reading) {
        public boolean none() {
            return lost.isEmpty() && gained.isEmpty();
        }
    }

    private static void count(String text, Map<Integer, Integer> counts) {
        text.codePoints().filter(GlyphLedger::counted).forEach(cp -> counts.merge(cp, 1, Integer::sum));
    }

    private static boolean counted(int cp) {
        return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && CellText.printable(Character.toString(cp));
    }

    private static Map<String, Integer> minus(Map<Integer, Integer> a, Map<Integer, Integer> b) {
        Map<String, Integer> result = new TreeMap<>();
        for (Map.Entry<Integer, Integer> e : a.entrySet()) {
            int more = e.getValue() - b.getOrDefault(e.getKey(), 0);
            if (more > 0) {
                result.put(Character.toString(e.getKey()), more);
            }
        }
        return result;
    }

    private static int total(Map<Integer, Integer> counts) {
        List<Integer> values = new ArrayList<>(counts.values());
        return values.stream().mapToInt(Integer::intValue).sum();
    }
}
