package org.nianbao.parse.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Reads a PDF with a text layer in one pass over each page ({@link ContentScanner}). Tables are read from their
 * ruling lines: each ruled cell gets the glyphs whose centre it contains, and fragments of one table on
 * consecutive pages are joined; every other glyph is narrative. Tables drawn without ruling lines
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
        return read(content, limits).document();
    }

    /**
     * The document, and what it leaves out: every glyph of every page is in one of a table cell, a paragraph, a
     * piece of page furniture, a repeated table header, or was clipped away.
     */
    static Reading read(byte[] content, ReadLimits limits) throws ReadFailure {
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
            PageFlow flow = new PageFlow(limits, new StringBuilder());
            ContentScanner.scan(document, 1, 1, false, flow, new StringBuilder());
            if (pages > 1) {
                ContentScanner.scan(document, pages, pages, false, flow, new StringBuilder()); // the signature
            }
            List<PlacedParagraph> paragraphs = ParagraphBuilder.paragraphs(
                    PageFurniture.part(flow.lines()).content(), List.of());
            return new RawDocument(InputFormat.PDF, DocumentOrder.blocks(paragraphs, List.of()), null);
        } catch (PageFlow.LimitReached e) {
            throw e.failure();
        } catch (IOException | RuntimeException e) {
            throw new ReadFailure(InputProblem.UNREADABLE, "PDF cannot be read: " + e.getMessage(), e);
        }
    }

    private static Reading read(PDDocument document, ReadLimits limits) throws IOException, ReadFailure {
        int pages = PageCount.of(document, limits.maxPages());
        if (pages == 0) {
            throw new ReadFailure(InputProblem.UNREADABLE, "PDF has no pages");
        }
        StringBuilder allText = new StringBuilder();
        PageFlow flow = new PageFlow(limits, allText);
        String clipped;
        try {
            clipped = ContentScanner.scan(document, 1, pages, true, flow, allText);
        } catch (PageFlow.LimitReached e) {
            throw e.failure();
        }
        if (allText.toString().isBlank()) {
            throw new ReadFailure(InputProblem.NO_TEXT, "PDF has no text layer (scanned pages need OCR)");
        }
        if (GarbleDetector.isGarbled(allText)) {
            throw new ReadFailure(InputProblem.NO_TEXT,
                    "PDF text cannot be decoded (fonts without a Unicode map)");
        }
        List<Fragment> fragments = flow.tables();
        PageFurniture.Parted narrative = PageFurniture.part(flow.lines());
        List<PlacedParagraph> paragraphs = ParagraphBuilder.paragraphs(narrative.content(), fragments);
        List<String> repeats = new ArrayList<>();
        List<RawBlock> blocks = DocumentOrder.blocks(paragraphs, fragments, repeats);
        checkCells(blocks, limits);
        List<TextLine> furniture = new ArrayList<>(narrative.pageNumbers());
        furniture.addAll(flow.running());
        return new Reading(new RawDocument(InputFormat.PDF, blocks, null), furniture, repeats, clipped);
    }

    /**
     * A read document and what it leaves out: page furniture (page numbers, running headers and footers), the
     * text of table header cells repeated on a table's later pages (read once, from the first), and glyphs drawn
     * outside the clipping area (not on the page).
     */
    record Reading(RawDocument document, List<TextLine> furniture, List<String> repeatedHeaders, String clipped) {
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
