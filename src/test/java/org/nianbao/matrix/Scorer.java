package org.nianbao.matrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.nianbao.model.Cell;
import org.nianbao.model.CellValue;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleFileException;
import org.nianbao.rules.RuleLoader;
import org.nianbao.rules.Severity;
import org.nianbao.rules.Violation;
import org.nianbao.rules.Where;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.Checker;
import org.nianbao.run.FileResult;
import org.nianbao.run.Readers;

/**
 * Reads a rendering the way {@code check} does (format told by content, the real reader, the recognizer, the
 * rules) and compares it with its source's truth, read the same way from its JSON.
 */
final class Scorer {
    /** The truth of a source: its model and its error-severity findings ({@code RULE@where}). */
    record Truth(Report report, Set<String> errors) {
    }

    private final Checker checker;

    Scorer() throws RuleFileException {
        checker = new Checker(new RuleEngine(RuleLoader.builtIn()), CheckOptions.DEFAULT, Readers.parsers(),
                Readers.recognizer());
    }

    /** The truth of a source, from its JSON written into {@code dir}; a truth that does not read is a test bug. */
    Truth truth(Source source, Path dir) throws IOException {
        Path json = dir.resolve(source.name() + ".truth.json");
        Files.createDirectories(dir);
        Files.writeString(json, source.truthJson(), StandardCharsets.UTF_8);
        FileResult result = checker.check(json);
        if (result.unreadable() != null) {
            throw new IllegalStateException("the truth of " + source.name() + " does not read: "
                    + result.unreadable().detail());
        }
        return new Truth(result.report(), errors(result));
    }

    DocumentScore score(Rendering rendering, Truth truth) {
        String source = rendering.source().name();
        String producer = rendering.producer().id();
        if (rendering.failure() != null) {
            return DocumentScore.notMade(source, producer, rendering.failure());
        }
        FileResult result = checker.check(rendering.file());
        if (result.unreadable() != null) {
            return unread(rendering, truth, result.unreadable().problem() + ": " + result.unreadable().detail());
        }
        return compare(source, producer, truth, result.report(), errors(result), null);
    }

    /** A rendering the reader gave no report for: every cell and section of the truth is missing. */
    DocumentScore unread(Rendering rendering, Truth truth, String why) {
        return compare(rendering.source().name(), rendering.producer().id(), truth, null, Set.of(), why);
    }

    private static DocumentScore compare(String source, String producer, Truth truth, Report read,
            Set<String> readErrors, String unreadable) {
        int cells = 0;
        int exact = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (TableId id : TableId.values()) {
            Optional<Table> expected = truth.report().table(id);
            Optional<Table> actual = read == null ? Optional.empty() : read.table(id);
            for (String row : expected.map(Table::rowIds).orElse(List.of())) {
                for (Map.Entry<String, Cell> c : expected.get().row(row).entrySet()) {
                    cells++;
                    String where = id.id() + "/" + row + "/" + c.getKey();
                    Optional<Cell> got = actual.flatMap(t -> t.cell(row, c.getKey()));
                    if (got.isEmpty()) {
                        missing.add(where);
                    } else if (same(c.getValue().value(), got.get().value())) {
                        exact++;
                    } else {
                        wrong.add(where + ": " + show(c.getValue().value()) + " → " + show(got.get().value()));
                    }
                }
            }
            for (String row : actual.map(Table::rowIds).orElse(List.of())) {
                for (String column : actual.get().row(row).keySet()) {
                    if (expected.flatMap(t -> t.cell(row, column)).isEmpty()) {
                        extra.add(id.id() + "/" + row + "/" + column);
                    }
                }
            }
        }
        Set<String> truthSections = sections(truth.report());
        Set<String> readSections = read == null ? Set.of() : sections(read);
        List<String> sectionsMissing = truthSections.stream().filter(s -> !readSections.contains(s)).toList();
        List<String> sectionsExtra = readSections.stream().filter(s -> !truthSections.contains(s)).toList();
        List<String> metadata = read == null ? List.of() : metadata(truth.report(), read);
        List<String> falseErrors = readErrors.stream().filter(e -> !truth.errors().contains(e)).sorted().toList();
        List<String> missedErrors = read == null ? List.of()
                : truth.errors().stream().filter(e -> !readErrors.contains(e)).sorted().toList();
        return new DocumentScore(source, producer, cells, exact, wrong, missing, extra, sectionsMissing,
                sectionsExtra, metadata, falseErrors, missedErrors, unreadable, null);
    }

    /**
     * The facts the rules judge a report by, where the reading differs from the truth: title (line breaks and
     * spaces aside), body, year, level, statistics period, signature date and format.
     */
    private static List<String> metadata(Report truth, Report read) {
        Map<String, Function<Report, Object>> facts = new LinkedHashMap<>();
        facts.put("title", r -> r.title() == null ? null : r.title().replaceAll("\\s+", ""));
        facts.put("agency", Report::agency);
        facts.put("year", Report::year);
        facts.put("level", Report::level);
        facts.put("period", r -> r.period() == null ? null : r.period().start() + "/" + r.period().end());
        facts.put("issued", Report::issued);
        facts.put("format", Report::formatVersion);
        List<String> out = new ArrayList<>();
        facts.forEach((name, fact) -> {
            Object expected = fact.apply(truth);
            Object actual = fact.apply(read);
            if (!Objects.equals(expected, actual)) {
                out.add(name + ": " + (expected == null ? "absent" : expected) + " → "
                        + (actual == null ? "absent" : actual));
            }
        });
        return out;
    }

    /** The same value exactly: a blank only as a blank, a number by its value, text as written. */
    private static boolean same(CellValue truth, CellValue read) {
        if (truth instanceof CellValue.Number t && read instanceof CellValue.Number r) {
            return t.value().compareTo(r.value()) == 0;
        }
        return truth.getClass() == read.getClass() && Objects.equals(truth.display(), read.display());
    }

    private static String show(CellValue v) {
        return v instanceof CellValue.Blank ? "blank" : v instanceof CellValue.Written w ? "«" + w.text() + "»"
                : v.display();
    }

    private static Set<String> sections(Report r) {
        Set<String> ids = new LinkedHashSet<>();
        for (Section s : r.sections()) {
            if (s.id() != null) {
                ids.add(s.id().id());
            }
        }
        return ids;
    }

    private static Set<String> errors(FileResult result) {
        Set<String> out = new TreeSet<>();
        for (Violation v : result.evaluation().violations()) {
            if (v.assessable() && v.severity() == Severity.ERROR) {
                out.add(v.ruleId() + "@" + place(v.where()));
            }
        }
        return out;
    }

    /**
     * Where a finding is in model terms only — table, row and column, or section, or the report — so that the
     * truth's findings (located by JSON pointer) and a document's (by page and paragraph) compare.
     */
    private static String place(Where where) {
        if (where.table() != null || where.section() != null) {
            return where.key();
        }
        return "report";
    }
}
