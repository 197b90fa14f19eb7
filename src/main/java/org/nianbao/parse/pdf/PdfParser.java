package org.nianbao.parse.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.nianbao.parse.DocumentParser;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.Limit;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.TextElement;

/**
 * Reads a PDF with a text layer. Tables are read from their ruling lines: each ruled cell gets the glyphs whose
 * centre it contains, and fragments of one table on consecutive pages are joined. Tables drawn without ruling lines
 * are not read (a missing table is reported later; its numbers are never guessed from text positions). The rest of
 * the text becomes paragraphs. A scanned PDF, text that cannot be decoded, a password, or a corrupt file is a
 * {@link ReadFailure}; no other exception leaves {@link #parse}.
 */
public final class PdfParser implements DocumentParser {

    @Override
    public InputFormat format() {
        return InputFormat.PDF;
    }

    @Override
    public RawDocument parse(byte[] content, ReadLimits limits) throws ReadFailure {
        limits.checkSize(content);
        if (truncated(content)) {
            // PDFBox would rebuild what it can and we would check a fragment (or call it scanned): say what it is
            throw new ReadFailure(InputProblem.UNREADABLE,
                    "PDF is incomplete: no %%EOF marker at its end (truncated?)");
        }
        try (PDDocument document = PdfLoader.load(content, limits)) {
            return read(document, limits);
        } catch (IOException | RuntimeException e) {
            throw new ReadFailure(InputProblem.UNREADABLE, "PDF cannot be read: " + e.getMessage(), e);
        }
    }

    /** Every complete PDF ends with {@code %%EOF} (a few bytes of padding or junk may follow). */
    static boolean truncated(byte[] content) {
        int from = Math.max(0, content.length - 4096);
        String tail = new String(content, from, content.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        return !tail.contains("%%EOF");
    }

    /**
     * The text of the first and the last page only, without looking for tables (a small part of a full read): the
     * title, the period sentence and the signature are there. Tables on those pages come through as lines of text,
     * which is enough to find whose report it is; nothing is checked from this read.
     */
    @Override
    public RawDocument parseOpening(byte[] content, ReadLimits limits) throws ReadFailure {
        limits.checkSize(content);
        try (PDDocument document = PdfLoader.load(content, limits)) {
            int pages = PageCount.of(document, limits.maxPages());
            List<TextLine> lines = new ArrayList<>(NarrativeStripper.lines(document, Map.of(), 1, 1));
            if (pages > 1) {
                lines.addAll(NarrativeStripper.lines(document, Map.of(), pages, pages)); // the signature
            }
            List<PlacedParagraph> paragraphs = ParagraphBuilder.paragraphs(lines, List.of());
            return new RawDocument(InputFormat.PDF, DocumentOrder.blocks(paragraphs, List.of()), null);
        } catch (IOException | RuntimeException e) {
            throw new ReadFailure(InputProblem.UNREADABLE, "PDF cannot be read: " + e.getMessage(), e);
        }
    }

    private static RawDocument read(PDDocument document, ReadLimits limits) throws IOException, ReadFailure {
        int pages = PageCount.of(document, limits.maxPages());
        if (pages == 0) {
            throw new ReadFailure(InputProblem.UNREADABLE, "PDF has no pages");
        }
        List<Fragment> found = new ArrayList<>();
        StringBuilder allText = new StringBuilder();
        long ruledCells = 0;
        long crossings = 0;
        ObjectExtractor extractor = new ObjectExtractor(document);
        for (int n = 1; n <= pages; n++) {
            Page page = extractor.extract(n);
            List<Glyph> glyphs = glyphs(page.getText(), allText);
            // tabula's cost grows with the crossings of ruling lines: bound them before it looks for cells
            crossings += (long) page.getHorizontalRulings().size() * page.getVerticalRulings().size();
            if (crossings > 4L * limits.maxTableCells()) {
                throw Limit.CELLS.exceeded(limits.maxTableCells(), "ruling lines crossing " + crossings
                        + " times up to page " + n + " (at most 4 per allowed cell)");
            }
            List<Fragment> onPage = RulingGrid.fragments(page, glyphs);
            found.addAll(onPage);
            // counted page by page, so a PDF ruled into a huge grid stops early, not after every page is read
            ruledCells += onPage.stream().mapToLong(f -> f.cells().size()).sum();
            if (ruledCells > limits.maxTableCells()) {
                throw Limit.CELLS.exceeded(limits.maxTableCells(), "ruled cells up to page " + n);
            }
            if (allText.length() > limits.maxTextChars()) {
                throw Limit.TEXT.exceeded(limits.maxTextChars());
            }
        }
        if (allText.toString().isBlank()) {
            throw new ReadFailure(InputProblem.NO_TEXT, "PDF has no text layer (scanned pages need OCR)");
        }
        if (GarbleDetector.isGarbled(allText)) {
            throw new ReadFailure(InputProblem.NO_TEXT,
                    "PDF text cannot be decoded (fonts without a Unicode map)");
        }
        List<Fragment> fragments = tablesOnly(found);
        Map<Integer, List<Box>> tableCells = new HashMap<>();
        for (Fragment f : fragments) {
            for (Fragment.FragmentCell c : f.cells()) {
                tableCells.computeIfAbsent(f.page(), k -> new ArrayList<>()).add(c.box());
            }
        }
        List<PlacedParagraph> paragraphs = ParagraphBuilder.paragraphs(
                NarrativeStripper.lines(document, tableCells), fragments);
        List<RawBlock> blocks = DocumentOrder.blocks(paragraphs, fragments);
        checkCells(blocks, limits);
        return new RawDocument(InputFormat.PDF, blocks, null);
    }

    /**
     * Drops ruled boxes of a single column (framed or underlined paragraphs, as WPS draws them) unless they go on
     * with a table from the page before: every report table has at least two columns.
     */
    private static List<Fragment> tablesOnly(List<Fragment> found) {
        List<Fragment> tables = new ArrayList<>();
        for (Fragment f : found) {
            boolean continuation = !tables.isEmpty() && TableStitcher.continues(tables.get(tables.size() - 1), f);
            if (f.columnEdges().count() > 2 || continuation) {
                tables.add(f);
            }
        }
        return tables;
    }

    private static List<Glyph> glyphs(List<TextElement> elements, StringBuilder allText) {
        List<Glyph> glyphs = new ArrayList<>(elements.size());
        for (TextElement e : elements) {
            String text = e.getText();
            glyphs.add(new Glyph(text, e.getLeft(), e.getTop(), (float) e.getWidth(), (float) e.getHeight(),
                    e.getFontSize()));
            allText.append(text);
        }
        return glyphs;
    }

    private static void checkCells(List<RawBlock> blocks, ReadLimits limits) throws ReadFailure {
        int cells = 0;
        for (RawBlock b : blocks) {
            if (b instanceof RawTable t) {
                cells += t.cells().size();
            }
        }
        if (cells > limits.maxTableCells()) {
            throw Limit.CELLS.exceeded(limits.maxTableCells(), "PDF tables have " + cells + " cells");
        }
    }
}
