package org.nianbao.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.Test;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadLimits;

/**
 * Which drawn lines are table borders, on content streams written with PDFBox: what a reader sees, not every path.
 * Page space has its origin top-left; PDF user space (what the streams below write) bottom-left, 842 pt high.
 */
class LineArtTest {

    @Test
    void whiteBoxesBehindLinesOfTextAreNotPartOfTheTableBelow() throws Exception {
        byte[] pdf = page(s -> {
            // WPS paints a white box behind every line of text, each touching the next and the table below
            s.setNonStrokingColor(1f, 1f, 1f);
            for (int i = 0; i < 2; i++) {
                s.addRect(72, 672 - 28 * i, 300, 28);
                s.fill();
            }
            text(s, 80, 682, "one");
            text(s, 80, 654, "two");
            s.setStrokingColor(0f, 0f, 0f);
            s.addRect(72, 584, 300, 60);
            s.moveTo(72, 614);
            s.lineTo(372, 614);
            s.moveTo(222, 644);
            s.lineTo(222, 584);
            s.stroke();
            text(s, 80, 625, "label");
            text(s, 230, 625, "1");
        });

        RawDocument doc = PdfParser.read(pdf, ReadLimits.DEFAULT).document();

        assertThat(Documents.tables(doc)).singleElement().satisfies(t -> {
            assertThat(t.rowCount()).isEqualTo(2);
            assertThat(t.at(0, 0).text()).isEqualTo("label");
        });
        assertThat(String.join("|", Documents.paragraphs(doc).stream().map(RawParagraph::text).toList()))
                .contains("one").contains("two");
    }

    @Test
    void bordersDrawnAsThinFilledBarsAreLines() throws Exception {
        byte[] pdf = page(s -> {
            // a 2 × 2 table whose borders are 0.75 pt filled bars, as Chromium prints CSS borders
            s.setNonStrokingColor(0f, 0f, 0f);
            for (float y : new float[] {700, 670, 640}) {
                s.addRect(72, y - 0.375f, 300, 0.75f);
            }
            for (float x : new float[] {72, 222, 372}) {
                s.addRect(x - 0.375f, 640, 0.75f, 60);
            }
            s.fill();
            text(s, 80, 680, "label");
            text(s, 230, 680, "7");
            text(s, 80, 650, "other");
            text(s, 230, 650, "8");
        });

        List<RawTable> tables = Documents.tables(PdfParser.read(pdf, ReadLimits.DEFAULT).document());

        assertThat(tables).singleElement().satisfies(t -> {
            assertThat(new int[] {t.rowCount(), t.columnCount()}).containsExactly(2, 2);
            assertThat(t.at(0, 1).text()).isEqualTo("7");
            assertThat(t.at(1, 0).text()).isEqualTo("other");
        });
    }

    @Test
    void rowWhoseBorderWasLeftOnTheOtherPageIsClosedWhereItsColumnLinesEnd() throws Exception {
        byte[] pdf = page(s -> {
            // the column lines run up to 760, the first row line is at 730: the row 730–760 has no top border
            s.setStrokingColor(0f, 0f, 0f);
            for (float y : new float[] {730, 700}) {
                s.moveTo(72, y);
                s.lineTo(372, y);
            }
            for (float x : new float[] {72, 222, 372}) {
                s.moveTo(x, 760);
                s.lineTo(x, 700);
            }
            s.stroke();
            text(s, 80, 740, "rest");
            text(s, 230, 740, "5");
            text(s, 80, 710, "next");
            text(s, 230, 710, "6");
        });

        RawDocument doc = PdfParser.read(pdf, ReadLimits.DEFAULT).document();

        assertThat(Documents.tables(doc)).singleElement().satisfies(t -> {
            assertThat(t.rowCount()).isEqualTo(2);
            assertThat(t.at(0, 0).text()).isEqualTo("rest");
            assertThat(t.at(0, 1).text()).isEqualTo("5");
        });
        assertThat(Documents.paragraphs(doc)).isEmpty();
    }

    @Test
    void linesOutsideTheClipAreNotDrawn() throws Exception {
        byte[] pdf = page(s -> {
            s.saveGraphicsState();
            s.addRect(0, 0, 10, 10);
            s.clip();
            s.setStrokingColor(0f, 0f, 0f);
            for (float y : new float[] {730, 700}) {
                s.moveTo(72, y);
                s.lineTo(372, y);
            }
            for (float x : new float[] {72, 222, 372}) {
                s.moveTo(x, 730);
                s.lineTo(x, 700);
            }
            s.stroke();
            s.restoreGraphicsState();
            text(s, 80, 710, "free");
        });

        RawDocument doc = PdfParser.read(pdf, ReadLimits.DEFAULT).document();

        assertThat(Documents.tables(doc)).isEmpty();
        assertThat(Documents.paragraphs(doc)).extracting(RawParagraph::text).containsExactly("free");
    }

    private interface Drawing {
        void draw(PDPageContentStream s) throws IOException;
    }

    private static void text(PDPageContentStream s, float x, float y, String text) throws IOException {
        s.beginText();
        s.setNonStrokingColor(0f, 0f, 0f);
        s.setFont(PDType1Font.HELVETICA, 10);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    private static byte[] page(Drawing drawing) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                drawing.draw(s);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
