package org.nianbao.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes N generated reports into a folder, one subfolder per format (formats taken in turn), and manifest.json
 * beside them. Report i is made from its own Random seeded from (seed, i), so a corpus is the same on every run and
 * any one file can be made again alone.
 */
final class Corpus {
    private final long seed;
    private final List<CorpusFormat> formats;
    private final boolean defects;
    private PdfRendering pdf;

    Corpus(long seed, List<CorpusFormat> formats, boolean defects) {
        this.seed = seed;
        this.formats = List.copyOf(formats);
        this.defects = defects;
    }

    List<ManifestEntry> write(int count, Path out) throws IOException {
        List<ManifestEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CorpusFormat format = format(i);
            Random random = new Random(mix(seed, i));
            GeneratedReport r = report(random);
            Path dir = Files.createDirectories(out.resolve(format.id()));
            Path file = dir.resolve(String.format("%05d.%s", i, format.extension));
            Files.write(file, render(r, format, random));
            entries.add(new ManifestEntry(out.relativize(file).toString(), format.id(), r.year, r.agency.level(),
                    r.formatVersion(), r.agency.name(), r.defects, List.copyOf(r.expectedErrors),
                    List.copyOf(r.expectedWarnings)));
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.resolve("manifest.json").toFile(), Map.of("seed", seed, "files", entries));
        return entries;
    }

    CorpusFormat format(int i) {
        return formats.get(i % formats.size());
    }

    /** Report i of this corpus, made again exactly as {@link #write} made it. */
    GeneratedReport report(int i) {
        return report(new Random(mix(seed, i)));
    }

    private GeneratedReport report(Random random) {
        ReportGenerator generator = new ReportGenerator(random);
        return generator.generate(defects ? generator.pickDefects() : EnumSet.noneOf(Defect.class));
    }

    /** SplitMix64 of (seed, i): Randoms from neighbouring seeds start out alike, so spread them first. */
    static long mix(long seed, int i) {
        long z = seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private byte[] render(GeneratedReport r, CorpusFormat format, Random random) throws IOException {
        return switch (format) {
            case JSON -> JsonRendering.render(r).getBytes(StandardCharsets.UTF_8);
            case HTML -> HtmlRendering.render(r, random);
            case DOCX -> DocxRendering.render(r);
            case PDF -> pdf().render(r);
        };
    }

    /** The PDF renderer loads the CJK font once, on first use, and fails with a clear message without it. */
    private PdfRendering pdf() throws IOException {
        if (pdf == null) {
            pdf = new PdfRendering(CjkFont.find().orElseThrow(() -> new IllegalStateException(
                    "no CJK TrueType font for the PDF files: install fonts-wqy-zenhei (" + CjkFont.CANDIDATES
                            + ") or leave pdf out with --formats json,html,docx")));
        }
        return pdf;
    }

}
