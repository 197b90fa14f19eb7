package org.nianbao.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/** Files that cannot be checked end in a {@link ReadFailure} with the right cause, made here with PDFBox. */
class BadPdfTest {
    private final PdfParser parser = new PdfParser();

    @Test
    void scannedPageIsNoText() throws Exception {
        ReadFailure f = failure(scanned());

        assertThat(f.problem()).isEqualTo(InputProblem.NO_TEXT);
        assertThat(f.getMessage()).contains("no text layer");
    }

    @Test
    void userPasswordIsEncrypted() throws Exception {
        ReadFailure f = failure(protect(seed(), "owner-secret", "user-secret"));

        assertThat(f.problem()).isEqualTo(InputProblem.ENCRYPTED);
    }

    @Test
    void ownerPasswordOnlyStillReads() throws Exception {
        RawDocument doc = parser.parse(protect(seed(), "owner-secret", ""), ReadLimits.DEFAULT);

        assertThat(Documents.tables(doc)).extracting(t -> t.cells().size()).containsExactly(30, 215, 34);
    }

    @Test
    void fontsWithoutUnicodeMapsAreNoText() throws Exception {
        ReadFailure f = failure(withoutToUnicode(seed()));

        assertThat(f.problem()).isEqualTo(InputProblem.NO_TEXT);
        assertThat(f.getMessage()).contains("cannot be decoded");
    }

    @Test
    void quarterTurnedPagesGiveNoTablesRatherThanWrongOnes() throws Exception {
        RawDocument turned = parser.parse(rotated(seed(), 90), ReadLimits.DEFAULT);
        RawDocument upsideDown = parser.parse(rotated(seed(), 180), ReadLimits.DEFAULT);

        assertThat(Documents.tables(turned)).isEmpty();
        assertThat(Documents.paragraphs(turned)).isNotEmpty();
        assertThat(Documents.tables(upsideDown)).extracting(t -> t.cells().size()).containsExactly(30, 215, 34);
    }

    @Test
    void aTruncatedFileIsUnreadableNamingTheCauseNeverScannedOrAFragment() throws Exception {
        byte[] whole = seed();
        for (int cut : new int[] {whole.length / 10, whole.length / 2, whole.length - 20}) {
            ReadFailure f = failure(Arrays.copyOf(whole, cut));
            assertThat(f.problem()).isEqualTo(InputProblem.UNREADABLE);
            assertThat(f.getMessage()).contains("incomplete");
        }
        // padding after the end marker is no truncation
        byte[] padded = Arrays.copyOf(whole, whole.length + 100);
        assertThat(parser.parse(padded, ReadLimits.DEFAULT).blocks()).isNotEmpty();
    }

    @Test
    void garbageAfterPdfHeaderIsUnreadable() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, garbage, 0, header.length);

        assertThat(failure(garbage).problem()).isEqualTo(InputProblem.UNREADABLE);
    }

    @Test
    void emptyFileIsEmpty() {
        assertThat(failure(new byte[0]).problem()).isEqualTo(InputProblem.EMPTY);
    }

    @Test
    void limitsAreEnforced() throws Exception {
        byte[] seed = seed();
        ReadFailure pages = catchThrowableOfType(ReadFailure.class,
                () -> parser.parse(seed, new ReadLimits(50L << 20, 4, 200_000, 5_000_000)));
        ReadFailure cells = catchThrowableOfType(ReadFailure.class,
                () -> parser.parse(seed, new ReadLimits(50L << 20, 500, 200, 5_000_000)));
        ReadFailure bytes = catchThrowableOfType(ReadFailure.class,
                () -> parser.parse(seed, new ReadLimits(1000, 500, 200_000, 5_000_000)));

        assertThat(pages.problem()).isEqualTo(InputProblem.TOO_LARGE);
        assertThat(pages.details()).containsEntry("limit", 4L).containsEntry("option", "--max-pages");
        assertThat(cells.problem()).isEqualTo(InputProblem.TOO_LARGE);
        assertThat(bytes.problem()).isEqualTo(InputProblem.TOO_LARGE);
    }

    private ReadFailure failure(byte[] content) {
        ReadFailure f = catchThrowableOfType(ReadFailure.class, () -> parser.parse(content, ReadLimits.DEFAULT));
        assertThat(f).as("a ReadFailure").isNotNull();
        return f;
    }

    private static byte[] seed() throws IOException {
        return Documents.bytes(Documents.SAMPLES.resolve("seed.pdf"));
    }

    /** A one-page PDF whose page is only a picture of text-like bars, as a scanner makes. */
    private static byte[] scanned() throws IOException {
        BufferedImage img = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 800);
        g.setColor(Color.BLACK);
        for (int y = 60; y < 740; y += 24) {
            g.fillRect(50, y, 500, 10);
        }
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 0, 0, PDRectangle.A4.getWidth(),
                        PDRectangle.A4.getHeight());
            }
            return save(doc);
        }
    }

    private static byte[] protect(byte[] pdf, String owner, String user) throws IOException {
        try (PDDocument doc = PDDocument.load(pdf)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }

    /** The seed with the Unicode maps of its fonts removed: glyph codes remain, their meaning is gone. */
    private static byte[] withoutToUnicode(byte[] pdf) throws IOException {
        try (PDDocument doc = PDDocument.load(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    font.getCOSObject().removeItem(COSName.TO_UNICODE);
                    if (font instanceof PDType0Font t0) {
                        t0.getDescendantFont().getCOSObject().removeItem(COSName.TO_UNICODE);
                    }
                }
            }
            return save(doc);
        }
    }

    private static byte[] rotated(byte[] pdf, int degrees) throws IOException {
        try (PDDocument doc = PDDocument.load(pdf)) {
            for (PDPage page : doc.getPages()) {
                page.setRotation(degrees);
            }
            return save(doc);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
