package org.nianbao.cli;

import org.nianbao.parse.ReadLimits;
import picocli.CommandLine.Option;

/** How much of one file {@code check} reads, and for how long, before giving it up. */
public final class LimitOptions {
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "单个文件的处理时限 / time limit per file (default: ${DEFAULT-VALUE})")
    double timeout;

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

    /** The limits, or a {@link UserError} naming the one that is not above 0. */
    ReadLimits limits() {
        if (!(timeout > 0)) {
            throw new UserError("--timeout 须大于 0", "--timeout must be above 0");
        }
        if (maxSize < 1 || maxPages < 1 || maxCells < 1 || maxText < 1) {
            throw new UserError("--max-size、--max-pages、--max-cells、--max-text 须大于 0",
                    "--max-size, --max-pages, --max-cells and --max-text must be above 0");
        }
        return new ReadLimits(maxSize, maxPages, maxCells, maxText);
    }
}
