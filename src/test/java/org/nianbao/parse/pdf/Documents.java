package org.nianbao.parse.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/** Test access to the shared samples and to parsed documents' tables and paragraphs. */
final class Documents {
    static final Path SAMPLES = Path.of("../shared/samples");
    static final Path REAL = Path.of("../shared/real-reports");

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

    static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }
}
