package org.nianbao.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Cell;
import org.nianbao.model.Report;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.parse.pdf.GlyphLedger;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleLoader;
import org.nianbao.rules.Severity;
import org.nianbao.rules.Violation;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.Checker;
import org.nianbao.run.FileResult;
import org.nianbao.run.Readers;

/**
 * A generated corpus is a test: every seeded defect is found (its rule ids among the file's violations), nothing
 * else is reported as an error, and each docx, HTML and PDF file reads into the same model as its JSON rendering.
 * Prints recall and precision per format. Without a CJK font the PDFs are left out, with a message.
 */
class CorpusTest {
    /** Modest by default to keep the suite fast; -Dcorpus.count=N -Dcorpus.seed=S for a deeper sweep. */
    private static final int COUNT = Integer.getInteger("corpus.count", 40);
    private static final long SEED = Long.getLong("corpus.seed", 8);

    private Checker checker;

    @Test
    void findsEverySeededDefectAndNothingElse(@TempDir Path tmp) throws Exception {
        checker = new Checker(new RuleEngine(RuleLoader.builtIn()), CheckOptions.DEFAULT, Readers.parsers(),
                Readers.recognizer());
        List<CorpusFormat> formats = new ArrayList<>(List.of(CorpusFormat.values()));
        if (CjkFont.find().isEmpty()) {
            System.out.println("CorpusTest: no CJK font (" + CjkFont.CANDIDATES + "), PDF files left out");
            formats.remove(CorpusFormat.PDF);
        }
        Corpus corpus = new Corpus(SEED, formats, true);
        List<ManifestEntry> entries = corpus.write(COUNT, tmp);
        Map<String, int[]> tally = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> misreads = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ManifestEntry e = entries.get(i);
            Path file = tmp.resolve(e.file());
            FileResult result = checker.check(file);
            assertThat(result.unreadable()).as(e.file()).isNull();
            Set<String> errors = ids(result, Severity.ERROR);
            Set<String> all = ids(result, null);
            int[] t = tally.computeIfAbsent(e.format(), k -> new int[4]);
            for (String rule : concat(e.expectedErrors(), e.expectedWarnings())) {
                t[0]++;
                if (all.contains(rule)) {
                    t[1]++;
                } else {
                    misses.add(e.file() + " " + e.defects() + ": " + rule + " not reported");
                }
            }
            for (String rule : errors) {
                t[2]++;
                if (e.expectedErrors().contains(rule)) {
                    t[3]++;
                } else {
                    misses.add(e.file() + " " + e.defects() + ": unexpected error " + rule);
                }
            }
            if (!e.format().equals("json")) {
                misreads.addAll(compareWithJson(corpus.report(i), file, tmp));
            }
            if (e.format().equals("pdf")) {
                // nothing on a page is lost: every glyph in a cell or the narrative (GlyphConservationTest)
                GlyphLedger.Difference glyphs = GlyphLedger.of(Files.readAllBytes(file));
                if (glyphs == null || !glyphs.none()) {
                    misreads.add(e.file() + " glyphs: " + (glyphs == null ? "unreadable"
                            : "lost " + glyphs.lost() + ", gained " + glyphs.gained()));
                }
            }
        }
        tally.forEach((format, t) -> System.out.printf("CorpusTest %-4s recall %d/%d = %.3f  precision %d/%d = %.3f%n",
                format, t[1], t[0], t[0] == 0 ? 1.0 : (double) t[1] / t[0], t[3], t[2],
                t[2] == 0 ? 1.0 : (double) t[3] / t[2]));
        assertThat(misses).isEmpty();
        assertThat(misreads).isEmpty();
    }

    /** What the reader took from a document, field by field, against the same report submitted as JSON. */
    private List<String> compareWithJson(GeneratedReport generated, Path file, Path tmp) throws IOException {
        Path json = tmp.resolve("rendering.json");
        Files.writeString(json, JsonRendering.render(generated), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        try {
            Report expected = checker.read(json);
            Report actual = checker.read(file);
            // the cheap read that pairs a batch's years must name the same body and year as the full read
            Report opening = checker.identifyQuietly(file).orElse(null);
            if (opening == null || !(actual.agency() + actual.year()).equals(opening.agency() + opening.year())) {
                out.add(file.getFileName() + " opening read: " + (opening == null ? "unreadable"
                        : opening.agency() + " " + opening.year()) + ", full read: " + actual.agency() + " "
                        + actual.year());
            }
            Map<String, String> e = fields(expected);
            Map<String, String> a = fields(actual);
            for (String key : e.keySet()) {
                if (!e.get(key).equals(a.getOrDefault(key, "<absent>"))) {
                    out.add(file.getFileName() + " " + key + ": expected «" + e.get(key) + "» read «"
                            + a.getOrDefault(key, "<absent>") + "»");
                }
            }
        } catch (org.nianbao.parse.ReadFailure ex) {
            out.add(file.getFileName() + ": " + ex.getMessage());
        }
        return out;
    }

    private static Map<String, String> fields(Report r) {
        Map<String, String> f = new TreeMap<>();
        f.put("title", compact(r.title()));
        f.put("agency", String.valueOf(r.agency()));
        f.put("year", String.valueOf(r.year()));
        f.put("level", String.valueOf(r.level()));
        f.put("period", r.period() == null ? "null" : r.period().start() + "/" + r.period().end());
        f.put("issued", String.valueOf(r.issued()));
        f.put("signatory", String.valueOf(r.signatory()));
        f.put("formatVersion", String.valueOf(r.formatVersion()));
        f.put("sections", r.sections().stream().map(s -> s.id().id() + " " + compact(s.heading()))
                .collect(Collectors.joining(" | ")));
        r.sections().forEach(s -> f.put("text " + s.id().id(), compact(s.text())));
        for (TableId id : TableId.values()) {
            Table t = r.table(id).orElse(null);
            if (t == null) {
                f.put("table " + id.id(), "missing");
                continue;
            }
            for (String row : t.rowIds()) {
                for (Map.Entry<String, Cell> c : t.row(row).entrySet()) {
                    f.put(id.id() + "/" + row + "/" + c.getKey(), c.getValue().value().display());
                }
            }
        }
        return f;
    }

    private static Set<String> ids(FileResult result, Severity severity) {
        return result.evaluation().violations().stream().filter(v -> v.assessable() && (severity == null || v.severity() == severity))
                .map(Violation::ruleId).collect(Collectors.toSet());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String compact(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }
}
