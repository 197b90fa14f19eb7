package org.nianbao.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.corpus.GeneratedPdfs;
import org.nianbao.model.LabelNote;
import org.nianbao.model.Report;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.parse.scan.ScanReader;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleLoader;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.Checker;
import org.nianbao.run.FileResult;
import org.nianbao.run.Readers;

/**
 * A scanned table whose column label OCR cannot read keeps that column where the grid forces its place: the
 * column group has exactly the standard's columns and every other one is read, each in its own place, so the one
 * left is the standard's one left, at an end of the table too. Real scans of real pages (the test scanner): the
 * seed's review table at 300 dpi colour, whose 总计 printed over two lines OCR reads as "/DA", and 洪泽's
 * applications table (pages 3 and 4) at 200 dpi grey, whose 总计 heading OCR reads as "3.". The cells so placed
 * are the truth's (or unsure), the placement is told (a label note: TBL.LABEL's scan variant), and nothing becomes
 * an error.
 */
class UnreadLabelsTest {
    @TempDir
    static Path work;

    private static Checker checker;

    @BeforeAll
    static void needsTesseract() throws Exception {
        String missing = new ScanReader().missing();
        if (missing != null) {
            System.err.println("UnreadLabelsTest skipped: OCR is not installed here (" + missing + " is missing)");
        }
        Assumptions.assumeTrue(missing == null, () -> "OCR is not installed here: " + missing + " is missing");
        checker = new Checker(new RuleEngine(RuleLoader.builtIn()), CheckOptions.DEFAULT, Readers.parsers(),
                Readers.recognizer());
    }

    @Test
    void theReviewTotalPrintedOverTwoLinesIsPlacedByItsGroupsColumns() throws Exception {
        Read r = read("seed-p4", pages(ScanSweep.seed().pdf(), 3, 4), ScanRecipes.COLOUR_300);
        Table truth = r.truth.table(TableId.REVIEW_LITIGATION).orElseThrow();
        Table scan = r.scan.table(TableId.REVIEW_LITIGATION).orElseThrow();
        for (String row : List.of("review", "litigationDirect", "litigationAfterReview")) {
            for (String column : List.of("upheld", "corrected", "other", "pending", "total")) {
                assertThat(scan.cell(row, column)).as(row + "/" + column).isPresent();
                assertThat(scan.cell(row, column).orElseThrow().value()).as(row + "/" + column)
                        .isEqualTo(truth.cell(row, column).orElseThrow().value());
            }
        }
        assertThat(scan.labelNotes()).extracting(LabelNote::column).contains("total");
        assertThat(r.falseErrors()).isEmpty();
    }

    @Test
    void theApplicationsTotalColumnAtTheTablesEndIsPlacedByTheGrid() throws Exception {
        // 200 dpi grey as the sweep's, without its seal: on these two pages alone the scanner would stamp it over
        // this table's corner (in the whole report it lies on page 2, over the first table)
        ScanRecipe grey = new ScanRecipe("200g", 200, ScanRecipe.Colour.GREY, 1.5, 60, false,
                ScanRecipe.Container.PDF);
        Read r = read("hongze-p3", pages(ScanSweep.hongze().pdf(), 2, 4), grey);
        Table truth = r.truth.table(TableId.APPLICATIONS).orElseThrow();
        Table scan = r.scan.table(TableId.APPLICATIONS).orElseThrow();
        int placed = 0;
        for (String row : truth.rowIds()) {
            if (truth.cell(row, "total").isEmpty() || scan.cell(row, "total").isEmpty()) {
                continue;
            }
            var got = scan.cell(row, "total").orElseThrow();
            if (got.ocr() == null || !got.ocr().unsure()) { // sure: the truth's value, never another
                assertThat(got.value()).as(row).isEqualTo(truth.cell(row, "total").orElseThrow().value());
            }
            placed++;
        }
        assertThat(placed).as("the total column read on the scan").isGreaterThanOrEqualTo(20);
        assertThat(scan.labelNotes()).filteredOn(n -> "total".equals(n.column())).singleElement()
                .satisfies(n -> assertThat(n.written()).doesNotContain("总计"));
        assertThat(r.falseErrors()).isEmpty();
    }

    @Test
    void aHeadingOcrReadAsANumberLeavesItsRowAHeader() throws Exception {
        Assumptions.assumeTrue(GeneratedPdfs.fontInstalled(), "no CJK TrueType font to draw generated reports");
        // a generated report's page 3 at 200 dpi black and white: the 总计 over 未经复议直接起诉 reads as "3", and
        // the header row, ended there, lost both litigation groups
        Read r = read("gen-21-01-p3", pages(ScanSweep.generated(21, 1, true).pdf(), 2, 3), ScanRecipes.BW_200);
        Table truth = r.truth.table(TableId.REVIEW_LITIGATION).orElseThrow();
        Table scan = r.scan.table(TableId.REVIEW_LITIGATION).orElseThrow();
        for (String row : List.of("litigationDirect", "litigationAfterReview")) {
            for (String column : List.of("upheld", "corrected", "other", "pending", "total")) {
                assertThat(scan.cell(row, column)).as(row + "/" + column).isPresent();
                assertThat(scan.cell(row, column).orElseThrow().value()).as(row + "/" + column)
                        .isEqualTo(truth.cell(row, column).orElseThrow().value());
            }
        }
        assertThat(r.falseErrors()).isEmpty();
    }

    /** The pages {@code [from, to)} of a PDF as a PDF of their own. */
    private static byte[] pages(byte[] pdf, int from, int to) throws IOException {
        try (PDDocument in = PDDocument.load(pdf); PDDocument out = new PDDocument()) {
            for (int i = from; i < to; i++) {
                out.importPage(in.getPage(i));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.save(bytes);
            return bytes.toByteArray();
        }
    }

    private record Read(Report truth, Report scan, List<String> errorsOfScan, List<String> errorsOfTruth) {
        /** Error findings the scan has and the same pages read through their text layer do not. */
        List<String> falseErrors() {
            return errorsOfScan.stream().filter(e -> !errorsOfTruth.contains(e)).toList();
        }
    }

    private static Read read(String name, byte[] pdf, ScanRecipe recipe) throws Exception {
        Path original = work.resolve(name + ".pdf");
        Files.write(original, pdf);
        Path scanned = work.resolve(name + "." + recipe.id() + ".pdf");
        Files.write(scanned, Scanner.scan(pdf, recipe).content());
        FileResult truth = checker.check(original);
        FileResult scan = checker.check(scanned);
        return new Read(truth.report(), scan.report(), List.copyOf(ScanScore.errors(scan)),
                List.copyOf(ScanScore.errors(truth)));
    }
}
