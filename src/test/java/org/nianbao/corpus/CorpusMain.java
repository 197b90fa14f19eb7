package org.nianbao.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Command line for the generator:
 * {@code CorpusMain --count N --out DIR [--seed S] [--formats json,html,docx,pdf] [--clean]}.
 * {@code --clean} seeds no defects (for benchmarks of passing reports).
 */
public final class CorpusMain {
    private CorpusMain() {
    }

    public static void main(String[] args) throws Exception {
        int count = 100;
        Path out = Path.of("target/corpus");
        long seed = 20_240_116L;
        List<CorpusFormat> formats = List.of(CorpusFormat.values());
        boolean defects = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--formats" -> formats = parseFormats(args[++i]);
                case "--clean" -> defects = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --count N --out DIR [--seed S] [--formats json,html,docx,pdf] [--clean]");
            }
        }
        Files.createDirectories(out);
        long start = System.nanoTime();
        var entries = new Corpus(seed, formats, defects).write(count, out);
        System.out.printf("wrote %d reports (%s) to %s in %.1f s; manifest.json lists the expected violations%n",
                entries.size(), formats, out, (System.nanoTime() - start) / 1e9);
    }

    private static List<CorpusFormat> parseFormats(String list) {
        List<CorpusFormat> formats = new ArrayList<>();
        for (String f : list.split(",")) {
            formats.add(CorpusFormat.valueOf(f.trim().toUpperCase(Locale.ROOT)));
        }
        return formats;
    }
}
