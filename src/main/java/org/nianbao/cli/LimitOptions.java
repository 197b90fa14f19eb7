package org.nianbao.cli;

import java.time.Duration;
import org.nianbao.parse.ReadLimits;
import org.nianbao.run.TimeLimit;
import picocli.CommandLine.Option;

/** How much of one file {@code check} reads, and for how long, before giving it up. */
public final class LimitOptions {
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "单个文件的处理时限；扫描件另按页加时（见 --ocr-page-timeout） / time limit per file; a scan"
                    + " gets more a page (see --ocr-page-timeout) (default: ${DEFAULT-VALUE})")
    double timeout;

    @Option(names = "--ocr-page-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "扫描件每页另加的文字识别时限：N 页的扫描件时限为 --timeout + N × 此值 / time added to a"
                    + " scan's limit for each page read by OCR: an N-page scan gets --timeout + N × this"
                    + " (default: ${DEFAULT-VALUE})")
    double ocrPageTimeout;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "52428800",
            description = "单个文件大小上限 / largest file read (default: ${DEFAULT-VALUE})")
    long maxSize;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "500",
            description = "PDF 页数上限 / most PDF pages read (default: ${DEFAULT-VALUE})")
    int maxPages;

    @Option(names = "--max-cells", paramLabel = "N", defaultValue = "200000",
            description = "表格单元格总数上限 / most table cells read per file (default: ${DEFAULT-VALUE})")
    int maxCells;

    @Option(names = "--max-text", paramLabel = "CHARS", defaultValue = "5000000",
            description = "文字字符数上限 / most characters of text read per file (default: ${DEFAULT-VALUE})")
    int maxText;

    /** The time a file may take, and a scan a page more; call after {@link #limits()} has checked them. */
    TimeLimit timeLimit() {
        return new TimeLimit(Duration.ofMillis((long) (timeout * 1000)),
                Duration.ofMillis((long) (ocrPageTimeout * 1000)));
    }

    /** The limits, or a {@link UserError} naming the one that is not above 0. */
    ReadLimits limits() {
        if (!(timeout > 0)) {
            throw new UserError("--timeout 须大于 0", "--timeout must be above 0");
        }
        if (!(ocrPageTimeout >= 0)) {
            throw new UserError("--ocr-page-timeout 不能小于 0", "--ocr-page-timeout must not be below 0");
        }
        if (maxSize < 1 || maxPages < 1 || maxCells < 1 || maxText < 1) {
            throw new UserError("--max-size、--max-pages、--max-cells、--max-text 须大于 0",
                    "--max-size, --max-pages, --max-cells and --max-text must be above 0");
        }
        return new ReadLimits(maxSize, maxPages, maxCells, maxText);
    }
}
