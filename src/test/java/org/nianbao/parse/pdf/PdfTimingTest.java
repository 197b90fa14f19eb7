package org.nianbao.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadLimits;

/** Prints (does not assert) parse times: the first call, then the median of warm calls, per document and page. */
class PdfTimingTest {
    private static final int WARM_UP = 5;
    private static final int RUNS = 15;

    @Test
    void printTimes() throws Exception {
        PdfParser parser = new PdfParser();
        List<Path> files = List.of(Documents.SAMPLES.resolve("seed.pdf"),
                Documents.SAMPLES.resolve("seed-truetype.pdf"), Documents.SAMPLES.resolve("seed-repeat-header.pdf"),
                Documents.REAL.resolve("huaian-city-gov_2024.pdf"));
        for (Path file : files) {
            byte[] content = Documents.bytes(file);
            long start = System.nanoTime();
            RawDocument doc = parser.parse(content, ReadLimits.DEFAULT);
            double first = (System.nanoTime() - start) / 1e6;
            for (int i = 0; i < WARM_UP; i++) {
                parser.parse(content, ReadLimits.DEFAULT);
            }
            double[] times = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                parser.parse(content, ReadLimits.DEFAULT);
                times[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(times);
            int pages = pages(doc);
            double median = times[RUNS / 2];
            System.out.printf(Locale.ROOT,
                    "PDF timing %s: first %.0f ms, warm median %.1f ms/doc, %.1f ms/page (%d pages)%n",
                    file.getFileName(), first, median, median / pages, pages);
            assertThat(doc.blocks()).isNotEmpty();
        }
    }

    private static int pages(RawDocument doc) {
        int max = 1;
        for (RawBlock b : doc.blocks()) {
            Integer page = b instanceof RawParagraph p ? p.source().page() : ((RawTable) b).source().page();
            if (page != null) {
                max = Math.max(max, page);
            }
        }
        return max;
    }
}
