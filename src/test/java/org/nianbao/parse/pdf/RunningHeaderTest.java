package org.nianbao.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.Test;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.ReadLimits;

/**
 * A browser prints the date and title at the top of every page and the address and "2/3" at its foot: those lines
 * are page furniture, kept out of the narrative, and a table cut by the page break still joins across them.
 */
class RunningHeaderTest {

    @Test
    void runningHeadersAndFootersAreLeftOutAndATableJoinsAcrossThem() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int n = 1; n <= 3; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    text(s, 40, 820, "12/6/26, 5:31 AM");
                    text(s, 250, 820, "Annual report");
                    text(s, 40, 20, "file:///tmp/report.html");
                    text(s, 540, 20, n + "/3");
                    if (n == 1) {
                        text(s, 72, 700, "Body text before the table.");
                        table(s, 100, "first", "1");
                    } else if (n == 2) {
                        table(s, 760, "second", "2");
                        text(s, 72, 700, "Body text after the table.");
                    } else {
                        text(s, 72, 760, "Last page.");
                    }
                }
            }
            doc.save(out);
            pdf = out.toByteArray();
        }

        PdfParser.Reading reading = PdfParser.read(pdf, ReadLimits.DEFAULT);

        String narrative = String.join("|", Documents.paragraphs(reading.document()).stream()
                .map(RawParagraph::text).toList());
        assertThat(narrative).contains("Body text before the table.", "Body text after the table.", "Last page.")
                .doesNotContain("AM", "Annual", "file:", "/3");
        assertThat(Documents.tables(reading.document())).singleElement().satisfies(t -> {
            assertThat(t.rowCount()).isEqualTo(2);
            assertThat(t.at(1, 0).text()).isEqualTo("second");
        });
        assertThat(reading.furniture()).extracting(TextLine::text).contains("12/6/26, 5:31 AM Annual report",
                "file:///tmp/report.html 1/3", "file:///tmp/report.html 3/3");
    }

    /** A one-row, two-column ruled table whose row's bottom edge is at {@code y}. */
    private static void table(PDPageContentStream s, float y, String label, String value) throws IOException {
        s.setStrokingColor(0f, 0f, 0f);
        s.addRect(72, y, 300, 30);
        s.moveTo(222, y);
        s.lineTo(222, y + 30);
        s.stroke();
        text(s, 80, y + 10, label);
        text(s, 230, y + 10, value);
    }

    private static void text(PDPageContentStream s, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(PDType1Font.HELVETICA, 10);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }
}
