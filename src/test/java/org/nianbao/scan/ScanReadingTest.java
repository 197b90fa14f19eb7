package org.nianbao.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.corpus.GeneratedPdfs;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.scan.ScanReader;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleLoader;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.Checker;
import org.nianbao.run.FileResult;
import org.nianbao.run.Readers;

/**
 * Scans made here from the seed and from generated reports, read back by OCR through {@code check}'s readers and
 * held to their text-layer truth. A few scans only (OCR is slow on two cores): the full sweep of reports × recipes
 * is {@code bench/ocr.sh}, its figures in {@code bench/OCR-ACCURACY.md}.
 */
class ScanReadingTest {
    @TempDir
    static Path work;

    @BeforeAll
    static void needsTesseract() {
        String missing = new ScanReader().missing();
        if (missing != null) {
            System.err.println("ScanReadingTest skipped: OCR is not installed here (" + missing
                    + " is missing; .ci/run installs tesseract-ocr and tesseract-ocr-chi-sim)");
        }
        Assumptions.assumeTrue(missing == null, () -> "OCR is not installed here: " + missing + " is missing");
    }

    private static void needsFont() {
        boolean font = GeneratedPdfs.fontInstalled();
        if (!font) {
            System.err.println("ScanReadingTest: generated reports skipped, no CJK TrueType font to draw them");
        }
        Assumptions.assumeTrue(font, "no CJK TrueType font to draw generated reports");
    }

    /**
     * The seed printed, scanned grey at 200 dpi, turned 1.5°, JPEG, a red seal: no cell silently wrong, 99% exact
     * or better, and no error or warning (the seed has none).
     */
    @Test
    void theSeedScannedAt200DpiHasNoCellSilentlyWrong() throws Exception {
        ScanScore s = new ScanSweep().score(ScanSweep.seed(), ScanRecipes.GREY_200, work);
        System.err.println("ScanReadingTest seed 200g: " + s);
        assertThat(s.format()).isEqualTo("pdf (OCR)");
        assertThat(s.silentlyWrong()).isEmpty();
        assertThat(s.missedErrors()).isEmpty();
        assertThat(s.exact() + s.unsure() + s.missing().size()).isEqualTo(s.cells());
        assertThat(s.exactShare()).isGreaterThanOrEqualTo(0.99);
        assertThat(s.falseErrors()).as("the seed is clean: its scan gets no error").isEmpty();
        assertThat(s.falseWarnings()).as("nor a warning its text layer does not have (a misread narrative number"
                + " or date is not assessable on a scan)").isEmpty();
    }

    /**
     * A generated report with a seeded balance error, scanned: T3.BALANCE is found, and no error of the truth is
     * passed over as balanced (one whose cells stay unsure is reported as not assessable).
     */
    @Test
    void aSeededBalanceErrorIsFoundInTheScan() throws Exception {
        needsFont();
        ScanScore s = new ScanSweep().score(ScanSweep.generated(21, 1, true), ScanRecipes.GREY_200, work);
        System.err.println("ScanReadingTest generated balance 200g: " + s);
        assertThat(s.silentlyWrong()).isEmpty();
        assertThat(s.missedErrors()).isEmpty();
        assertThat(s.foundErrors()).as("T3.BALANCE found on the scan").anyMatch(e -> e.startsWith("T3.BALANCE@"));
    }

    /** With OCR turned off a scan is INPUT.NO_TEXT, as before OCR. */
    @Test
    void withoutOcrAScanHasNoText() throws Exception {
        Path scan = work.resolve("seed-no-ocr.pdf");
        Files.write(scan, Scanner.scan(Files.readAllBytes(ScanSweep.REPORTS.resolve("samples/seed.pdf")),
                ScanRecipes.BW_200).content());
        FileResult r = new Checker(new RuleEngine(RuleLoader.builtIn()), CheckOptions.DEFAULT, Readers.parsers(false),
                Readers.recognizer()).check(scan);
        assertThat(r.unreadable()).isNotNull();
        assertThat(r.unreadable().problem()).isEqualTo(InputProblem.NO_TEXT);
    }
}
