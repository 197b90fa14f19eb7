package org.nianbao.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The generated corpus for tests outside this package: files written, PDFs left out (saying so) without a CJK font. */
public final class GeneratedCorpus {
    private GeneratedCorpus() {
    }

    /** Writes {@code count} reports of every format into {@code dir}; returns their paths relative to it. */
    public static List<String> write(long seed, int count, Path dir) throws IOException {
        List<CorpusFormat> formats = new ArrayList<>(List.of(CorpusFormat.values()));
        if (!pdfsWritten()) {
            System.out.println("GeneratedCorpus: no CJK font (" + CjkFont.CANDIDATES + "), PDF files left out");
            formats.remove(CorpusFormat.PDF);
        }
        return new Corpus(seed, formats, true).write(count, dir).stream().map(ManifestEntry::file).toList();
    }

    /** Writes {@code count} .docx reports alone (with defects) into {@code dir}; returns their relative paths. */
    public static List<String> writeDocx(long seed, int count, Path dir) throws IOException {
        return new Corpus(seed, List.of(CorpusFormat.DOCX), true).write(count, dir).stream().map(ManifestEntry::file)
                .toList();
    }

    /** Writes {@code count} JSON reports alone (with defects) into {@code dir}; returns their relative paths. */
    public static List<String> writeJson(long seed, int count, Path dir) throws IOException {
        return new Corpus(seed, List.of(CorpusFormat.JSON), true).write(count, dir).stream().map(ManifestEntry::file)
                .toList();
    }

    /** Whether {@link #write} includes PDFs here (a CJK font to embed is installed). */
    public static boolean pdfsWritten() throws IOException {
        return CjkFont.find().isPresent();
    }
}
