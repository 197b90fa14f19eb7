package org.nianbao.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.nianbao.corpus.GeneratedPdfs;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleFileException;
import org.nianbao.rules.RuleLoader;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.Checker;
import org.nianbao.run.FileResult;
import org.nianbao.run.Readers;

/**
 * Scans printed reports by recipe and reads the scans back through {@code check}'s own readers, each against its
 * truth: the same PDF read through its text layer (the PDF reader reads these cell for cell; for a generated
 * report that is its JSON truth, which CorpusTest holds it to).
 */
final class ScanSweep {
    /** A printed report: its name and its PDF (with a text layer). */
    record Source(String name, byte[] pdf) {
    }

    static final Path REPORTS = Path.of("src/test/resources/reports");

    private final Checker checker;

    ScanSweep() throws RuleFileException {
        checker = new Checker(new RuleEngine(RuleLoader.builtIn()), CheckOptions.DEFAULT, Readers.parsers(),
                Readers.recognizer());
    }

    static Source seed() throws IOException {
        return new Source("seed", Files.readAllBytes(REPORTS.resolve("samples/seed.pdf")));
    }

    static Source hongze() throws IOException {
        return new Source("hongze", Files.readAllBytes(REPORTS.resolve("real/huaian-hongze-district-gov_2024.pdf")));
    }

    static Source huaian() throws IOException {
        return new Source("huaian", Files.readAllBytes(REPORTS.resolve("real/huaian-city-gov_2024.pdf")));
    }

    static Source generated(long seed, int i, boolean balance) throws IOException {
        GeneratedPdfs.Generated g = GeneratedPdfs.make(seed, i, balance);
        return new Source(g.name(), g.pdf());
    }

    ScanScore score(Source source, ScanRecipe recipe, Path work) throws IOException {
        Path original = work.resolve(source.name() + ".pdf");
        Files.write(original, source.pdf());
        FileResult truth = checker.check(original);
        byte[] printed = source.pdf();
        if (recipe.container().onePage()) { // an image of one page is held to that page's own truth
            int page = firstTablePage(truth);
            printed = page(source.pdf(), page);
            original = work.resolve(source.name() + ".page" + page + ".pdf");
            Files.write(original, printed);
            truth = checker.check(original);
        }
        if (truth.unreadable() != null) {
            throw new IllegalStateException(source.name() + " does not read through its text layer: "
                    + truth.unreadable().detail());
        }
        Scanner.Scan scan = Scanner.scan(printed, recipe);
        Path file = work.resolve(source.name() + "." + recipe.id() + "."
                + recipe.container().name().toLowerCase(Locale.ROOT));
        Files.write(file, scan.content());
        long start = System.nanoTime();
        FileResult read = checker.check(file);
        double seconds = (System.nanoTime() - start) / 1e9;
        return ScanScore.of(source.name(), recipe, scan.pages(), seconds, truth.report(), ScanScore.errors(truth),
                ScanScore.warnings(truth), read);
    }

    /** The page the report's first table starts on (1 when it has none): what an image of one page shows. */
    private static int firstTablePage(FileResult truth) {
        return truth.report() == null ? 1 : truth.report().tables().values().stream()
                .map(t -> t.source() == null ? null : t.source().page()).filter(java.util.Objects::nonNull)
                .min(Integer::compare).orElse(1);
    }

    /** One page (from 1) of a PDF, alone. */
    static byte[] page(byte[] pdf, int page) throws IOException {
        try (PDDocument in = PDDocument.load(pdf); PDDocument out = new PDDocument();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            out.importPage(in.getPage(page - 1));
            out.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** The table of a sweep, one row per scan, then the totals. */
    static String table(List<ScanScore> scores, List<ScanRecipe> recipes, String load) {
        StringBuilder sb = new StringBuilder();
        sb.append("| report | scan | pages | s/page | cells | exact | unsure | silently wrong | missing | settled by"
                + " balances | false errors | missed errors | errors not judged | false warnings |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|\n");
        int cells = 0;
        int exact = 0;
        int unsure = 0;
        int wrong = 0;
        int pages = 0;
        double seconds = 0;
        for (ScanScore s : scores) {
            ScanRecipe r = recipes.stream().filter(x -> x.id().equals(s.recipe())).findFirst().orElseThrow();
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %d | %d (%.2f%%) | %d | %d | %d | %d | %s | %s | %s | %s |%n",
                    s.source(), r.describe(), s.pages(), s.seconds() / Math.max(1, s.pages()), s.cells(), s.exact(),
                    100 * s.exactShare(), s.unsure(), s.silentlyWrong().size(), s.missing().size(), s.settled(),
                    s.unreadable() != null ? "unreadable: " + s.unreadable() : s.falseErrors().isEmpty() ? "0"
                            : String.join(", ", s.falseErrors()),
                    s.missedErrors().isEmpty() ? "0" : String.join(", ", s.missedErrors()),
                    s.unjudgedErrors().isEmpty() ? "0" : String.join(", ", s.unjudgedErrors()),
                    s.falseWarnings().isEmpty() ? "0" : String.join(", ", s.falseWarnings())));
            cells += s.cells();
            exact += s.exact();
            unsure += s.unsure();
            wrong += s.silentlyWrong().size();
            pages += s.pages();
            seconds += s.seconds();
        }
        sb.append(String.format(Locale.ROOT, "| **all** | %d scans | %d | %.1f | %d | %d (%.2f%%) | %d | %d | | | | | | |%n",
                scores.size(), pages, seconds / Math.max(1, pages), cells, exact, cells == 0 ? 0 : 100.0 * exact / cells,
                unsure, wrong));
        sb.append("\n").append(load).append('\n');
        List<String> notes = new ArrayList<>();
        for (ScanScore s : scores) {
            if (!s.silentlyWrong().isEmpty()) {
                notes.add("- " + s.source() + " " + s.recipe() + " silently wrong: " + s.silentlyWrong());
            }
            if (!s.missing().isEmpty()) {
                notes.add("- " + s.source() + " " + s.recipe() + " missing: " + s.missing().size() + " "
                        + s.missing().subList(0, Math.min(6, s.missing().size())));
            }
        }
        notes.forEach(n -> sb.append(n).append('\n'));
        return sb.toString();
    }
}
