package org.nianbao.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The pages of a PDF being written, top to bottom: A4 with margins, a cursor that moves down and starts a new page
 * when what comes next does not fit, text shown one line at a time, and a page number (- N -) at each foot.
 */
final class PdfPages implements AutoCloseable {
    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 72;
    static final float RIGHT = WIDTH - 72;
    static final float TOP = HEIGHT - 72;
    static final float BOTTOM = 72;

    final PDDocument doc;
    final PDType0Font font;
    private int pages;
    private PDPageContentStream stream;
    private float y;

    PdfPages(PDDocument doc, PDType0Font font) throws IOException {
        this.doc = doc;
        this.font = font;
        newPage();
    }

    float y() {
        return y;
    }

    PDPageContentStream stream() {
        return stream;
    }

    /** Starts a new page unless {@code height} fits above the bottom margin. */
    void need(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void down(float height) {
        y -= height;
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        stream = new PDPageContentStream(doc, page);
        pages++;
        String number = "- " + pages + " -";
        text(number, (WIDTH - width(number, 10)) / 2, BOTTOM / 2, 10);
        y = TOP;
    }

    void text(String s, float x, float baseline, float size) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(s);
        stream.endText();
    }

    float width(String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /**
     * Breaks text into lines no wider than {@code width}, the first narrowed by {@code indent}; a {@code \n} in the
     * text always breaks.
     */
    List<String> wrap(String text, float size, float width, float indent) throws IOException {
        List<String> lines = new ArrayList<>();
        float first = indent;
        for (String part : text.split("\n")) {
            lines.addAll(wrapLine(part, size, width, first));
            first = 0;
        }
        return lines;
    }

    private List<String> wrapLine(String text, float size, float width, float indent) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = indent;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = width(ch, size);
            if (used + w > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(ch);
            used += w;
            i += Character.charCount(cp);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
