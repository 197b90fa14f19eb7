package org.nianbao.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.corpus.GeneratedPdfs;
import org.nianbao.parse.scan.ScanReader;

/**
 * A report handed in as images rather than a PDF (issue 15: {@code .png/.jpg/.tif}): a multi-page TIFF is the
 * whole report, a PNG one page of it. Both made here from a generated report by the test scanner and read back
 * through {@code check}'s readers, each against the text layer of the pages it holds.
 */
class ScanImagesTest {
    @TempDir
    static Path work;

    @BeforeAll
    static void needsTesseractAndAFont() {
        String missing = new ScanReader().missing();
        if (missing != null) {
            System.err.println("ScanImagesTest skipped: OCR is not installed here (" + missing + " is missing)");
        }
        Assumptions.assumeTrue(missing == null, () -> "OCR is not installed here: " + missing + " is missing");
        if (!GeneratedPdfs.fontInstalled()) {
            System.err.println("ScanImagesTest skipped: no CJK TrueType font to draw generated reports");
        }
        Assumptions.assumeTrue(GeneratedPdfs.fontInstalled(), "no CJK TrueType font to draw generated reports");
    }

    /** Every page of the report in one TIFF (300 dpi grey, turned −1.5°, lossless): read as one report. */
    @Test
    void aMultiPageTiffIsReadAsTheWholeReport() throws Exception {
        ScanScore s = new ScanSweep().score(ScanSweep.generated(21, 0, false), ScanRecipes.TIFF_300, work);
        System.err.println("ScanImagesTest tiff: " + s);
        assertThat(s.format()).isEqualTo("tiff (OCR)");
        assertThat(s.unreadable()).isNull();
        assertThat(s.pages()).isEqualTo(3);
        assertThat(s.cells()).isEqualTo(200);
        assertThat(s.missing()).as("every page's tables read").hasSizeLessThanOrEqualTo(2);
        assertThat(s.exactShare()).isGreaterThanOrEqualTo(0.85);
        assertThat(s.silentlyWrong()).isEmpty();
        assertThat(s.falseErrors()).isEmpty();
        assertThat(s.falseWarnings()).isEmpty();
    }

    /** One page photographed or scanned to a PNG (200 dpi grey, turned 1°, a red seal): its tables are read. */
    @Test
    void aPngOfOnePageIsReadAsThatPage() throws Exception {
        ScanScore s = new ScanSweep().score(ScanSweep.generated(21, 0, false), ScanRecipes.PNG_200, work);
        System.err.println("ScanImagesTest png: " + s);
        assertThat(s.format()).isEqualTo("png (OCR)");
        assertThat(s.unreadable()).isNull();
        assertThat(s.pages()).isEqualTo(1);
        assertThat(s.cells()).as("the page holds a table").isPositive();
        // the first table's top rows; at 200 dpi grey its 现行有效件数 column may be lost, as in a PDF scan (missing)
        assertThat(s.exactShare()).isGreaterThanOrEqualTo(0.7);
        assertThat(s.silentlyWrong()).isEmpty();
        assertThat(s.falseErrors()).isEmpty();
        assertThat(s.falseWarnings()).isEmpty();
    }
}
