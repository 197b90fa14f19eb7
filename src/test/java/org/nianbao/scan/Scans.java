package org.nianbao.scan;

import java.io.IOException;
import org.nianbao.corpus.GeneratedPdfs;

/** Scans for tests outside this package (the web server's report page): a generated report printed and scanned. */
public final class Scans {
    private Scans() {
    }

    /**
     * A generated report with a seeded balance error, scanned grey at 200 dpi (turned, JPEG, a red seal), as a PDF
     * of images only. Needs a CJK TrueType font ({@link GeneratedPdfs#fontInstalled()}).
     */
    public static byte[] generatedWithBalanceError() throws IOException {
        return Scanner.scan(GeneratedPdfs.make(21, 1, true).pdf(), ScanRecipes.GREY_200).content();
    }
}
