package org.nianbao.parse.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/** Test access to the shared samples and to parsed documents' tables and paragraphs. */
final class Documents {
    static final Path SAMPLES = Path.of("src/test/resources/reports/samples");
    static final Path REAL = Path.of("src/test/resources/reports/real");

    private Documents() {
    }

    static byte[] bytes(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    static RawDocument parse(Path file) throws IOException, ReadFailure {
        return new PdfParser().parse(bytes(file), ReadLimits.DEFAULT);
    }

    static List<RawTable> tables(RawDocument d) {
        List<RawTable> result = new ArrayList<>();
        for (RawBlock b : d.blocks()) {
            if (b instanceof RawTable t) {
                result.add(t);
            }
        }
        return result;
    }

    static List<RawParagraph> paragraphs(RawDocument d) {
        List<RawParagraph> result = new ArrayList<>();
        for (RawBlock b : d.blocks()) {
            if (b instanceof RawParagraph p) {
                result.add(p);
            }
        }
        return result;
    }

    /** How many cells cover each grid slot; a well-formed grid has exactly one everywhere. */
    static int[][] coverage(RawTable t) {
        int[][] counts = new int[t.rowCount()][t.columnCount()];
        for (RawCell c : t.cells()) {
            for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                for (int col = c.col(); col < c.col() + c.colSpan(); col++) {
                    counts[r][col]++;
                }
            }
        }
        return counts;
    }

    static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }
}
