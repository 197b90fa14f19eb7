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
     * A generated report with a seeded balance error, scanned grey at 200 dpi (turned, JPEG, a red seal), as a PDF
     * of images only. Needs a CJK TrueType font ({@link GeneratedPdfs#fontInstalled()}).
     */
    public static byte[] generatedWithBalanceError() throws IOException {
        return Scanner.scan(GeneratedPdfs.make(21, 1, true).pdf(), ScanRecipes.GREY_200).content();
    }
}
