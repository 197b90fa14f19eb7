package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.parse.scan.ScanReader;
import org.nianbao.scan.Scans;

/**
 * {@code --timeout} stays meaningful for scans: a scan read by OCR gets {@code --ocr-page-timeout} more for each of
 * its pages. OCR takes 2–5 s a page on an idle core: a limit well under that gives a 20-page scan an honest
 * INPUT.TIMEOUT saying how the limit was made, here and in a worker process; the seed's 5-page scan, past a file
 * limit that alone would time it out, is read once its pages are given their time.
 */
class OcrTimeLimitTest {
    @TempDir
    static Path work;
    private static Path scan;

    @BeforeAll
    static void scan() throws Exception {
        String missing = new ScanReader().missing();
        Assumptions.assumeTrue(missing == null, () -> "OCR is not installed here: " + missing + " is missing");
        scan = work.resolve("扫描件.pdf");
        Files.write(scan, Scans.seed());
    }

    @Test
    void aScanOverItsLimitTimesOutSayingHowTheLimitWasMade() throws Exception {
        // 20 s to open the file (a worker's JVM starting on a busy machine included) and 20 × 0.1 s for its pages:
        // far from the 40 s or more that 20 pages of OCR take on any machine
        Path longScan = work.resolve("长扫描件.pdf");
        Files.write(longScan, Scans.seedTimes(4));
        for (boolean isolate : new boolean[] {false, true}) {
            CliRun.Result r = isolate
                    ? CliRun.run("check", "--timeout", "20", "--ocr-page-timeout", "0.1", "--isolate",
                            longScan.toString())
                    : CliRun.run("check", "--timeout", "20", "--ocr-page-timeout", "0.1", longScan.toString());
            assertThat(r.code()).as(r.out() + r.err()).isEqualTo(3);
            assertThat(r.out()).as(isolate ? "in a worker" : "in this process").contains("INPUT.TIMEOUT")
                    .contains("时限共 22 秒：每个文件 20 秒，另加扫描件 20 页 × 每页 0.1 秒");
        }
    }

    @Test
    void aScanIsGivenItsPagesTime() throws Exception {
        // 10 s a file: a worker starts and opens the scan well within it, and its 5 pages of OCR take longer
        CliRun.Result r = CliRun.run("check", "--timeout", "10", "--ocr-page-timeout", "300", "--isolate",
                "--format", "json", scan.toString());
        assertThat(r.out()).as(r.err()).doesNotContain("INPUT.TIMEOUT").contains("\"format\" : \"pdf (OCR)\"");
        assertThat(r.code()).as("read, and the seed is clean").isEqualTo(0);
        long millis = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).at("/reports/0/millis")
                .asLong();
        System.err.println("OcrTimeLimitTest: the 5-page scan read in a worker in " + millis + " ms (file limit 10 s)");
        assertThat(millis).as("it outlived the file's own limit: its pages' time let it").isGreaterThan(10_000);
        assertThat(CliRun.run("check", "--help").out()).contains("--ocr-page-timeout");
    }
}
