package org.nianbao.scan;

import java.io.IOException;
import org.nianbao.corpus.GeneratedPdfs;

/** Scans for tests outside this package (the web server's report page): a generated report printed and scanned. */
public final class Scans {
    private Scans() {
    }

    /** The seed report (5 pages) scanned grey at 200 dpi, turned, JPEG-compressed, a red seal: a PDF of images. */
    public static byte[] seed() throws IOException {
        return Scanner.scan(java.nio.file.Files.readAllBytes(ScanSweep.REPORTS.resolve("samples/seed.pdf")),
                ScanRecipes.GREY_200).content();
    }

    /**
     * The seed printed {@code copies} times over (5 pages each) and scanned as {@link #seed()}: a long scan whose OCR
     * takes a minute or more on any machine.
     */
    public static byte[] seedTimes(int copies) throws IOException {
        byte[] seed = java.nio.file.Files.readAllBytes(ScanSweep.REPORTS.resolve("samples/seed.pdf"));
        try (org.apache.pdfbox.pdmodel.PDDocument out = new org.apache.pdfbox.pdmodel.PDDocument();
                org.apache.pdfbox.pdmodel.PDDocument in = org.apache.pdfbox.pdmodel.PDDocument.load(seed)) {
            for (int k = 0; k < copies; k++) {
                for (org.apache.pdfbox.pdmodel.PDPage page : in.getPages()) {
                    out.importPage(page);
                }
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            out.save(bytes);
            return Scanner.scan(bytes.toByteArray(), ScanRecipes.GREY_200).content();
        }
    }

    /**
     * A generated report with a seeded balance error, scanned grey at 200 dpi (turned, JPEG, a red seal), as a PDF
     * of images only. Needs a CJK TrueType font ({@link GeneratedPdfs#fontInstalled()}).
     */
    public static byte[] generatedWithBalanceError() throws IOException {
        return Scanner.scan(GeneratedPdfs.make(21, 1, true).pdf(), ScanRecipes.GREY_200).content();
    }
}
