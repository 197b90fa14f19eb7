package org.nianbao.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A generated report as a PDF drawn with PDFBox, as a word processor prints it: centred title, headings, body
 * paragraphs hard-wrapped to the margins with a two-character first-line indent, bordered tables, the signature at
 * the right, page numbers at the foot. The CJK font is embedded as a subset, with its ToUnicode map.
 */
final class PdfRendering {
    private static final float BODY = 12;
    private static final float HEADING = 14;
    private static final float TITLE = 18;
    private static final float LINE = 1.6f;

    private final TrueTypeFont ttf;

    PdfRendering(TrueTypeFont ttf) {
        this.ttf = ttf;
    }

    byte[] render(GeneratedReport r) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            try (PdfPages pages = new PdfPages(doc, font)) {
                if (r.titleOnTwoLines) {
                    int split = r.title.indexOf(String.valueOf(r.year));
                    centred(pages, r.title.substring(0, split), TITLE);
                    centred(pages, r.title.substring(split), TITLE);
                } else {
                    centred(pages, r.title, TITLE);
                }
                pages.down(TITLE * 0.6f);
                paragraph(pages, r.preamble + r.periodSentence, BODY, 2 * BODY);
                PdfTableDrawer tables = new PdfTableDrawer(pages);
                for (GeneratedReport.Section s : r.sections) {
                    paragraph(pages, s.heading(), HEADING, 0);
                    for (String p : s.paragraphs()) {
                        paragraph(pages, p, BODY, GeneratedReport.isSubHeading(p) ? 0 : 2 * BODY);
                    }
                    if (r.tables.containsKey(s.id())) {
                        tables.draw(PrintedTables.of(r, s.id()));
                    }
                }
                pages.down(BODY);
                for (String line : r.signatureLines()) {
                    pages.need(BODY * LINE);
                    pages.down(BODY * LINE);
                    pages.text(line, PdfPages.RIGHT - pages.width(line, BODY) - 2 * BODY, pages.y(), BODY);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void centred(PdfPages pages, String text, float size) throws IOException {
        pages.need(size * LINE);
        pages.down(size * LINE);
        pages.text(text, (PdfPages.WIDTH - pages.width(text, size)) / 2, pages.y(), size);
    }

    private static void paragraph(PdfPages pages, String text, float size, float indent) throws IOException {
        List<String> lines = pages.wrap(text, size, PdfPages.RIGHT - PdfPages.LEFT, indent);
        for (int i = 0; i < lines.size(); i++) {
            pages.need(size * LINE);
            pages.down(size * LINE);
            pages.text(lines.get(i), PdfPages.LEFT + (i == 0 ? indent : 0), pages.y(), size);
        }
    }
}
