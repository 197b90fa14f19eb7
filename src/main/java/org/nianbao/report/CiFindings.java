package org.nianbao.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.nianbao.model.Lang;
import org.nianbao.rules.Severity;
import org.nianbao.rules.Violation;
import org.nianbao.run.FileResult;

/**
 * One file's findings flattened for a CI system's annotations (GitHub workflow commands, GitLab Code Quality): each
 * with a kind, the rule, a one-line title, the full text, the file as given and, in a JSON submission, the line of
 * the value it is about. Suppressed violations are left out (they are not counted); a file that could not be read is
 * one finding of its {@code INPUT.*} outcome.
 */
final class CiFindings {
    /** How much a finding counts. */
    enum Kind { UNREADABLE, ERROR, WARNING, INFO, NOT_ASSESSABLE }

    /**
     * One finding.
     *
     * @param line 1-based line in the file, or 0 when it has no line (pages are not lines)
     * @param key  the place, stable between runs (for fingerprints)
     */
    record Finding(Kind kind, String rule, String title, String text, String path, int line, String key) {
    }

    private CiFindings() {
    }

    static List<Finding> of(FileResult r, Lang lang) {
        String path = path(r);
        boolean zh = lang == Lang.ZH;
        List<Finding> out = new ArrayList<>();
        if (r.unreadable() != null) {
            String code = r.unreadable().problem().code();
            out.add(new Finding(Kind.UNREADABLE, code, code, Outcomes.message(r.unreadable(), lang), path, 0, "file"));
            return out;
        }
        Map<String, Integer> lines = lines(r);
        for (Violation v : r.evaluation().violations()) {
            String where = LocationText.describe(v.where(), lang);
            StringBuilder text = new StringBuilder(where).append(zh ? "：" : ": ").append(v.message(lang));
            String values = ValueText.line(v, lang);
            if (v.assessable() && values != null) {
                text.append('\n').append(values);
            }
            if (v.assessable() && v.suggestion() != null) {
                text.append('\n').append(zh ? "可能的错误：" : "likely wrong: ").append(v.suggestion().text(lang));
            }
            OcrCells.lines(v, r.report(), lang, true).forEach(l -> text.append('\n').append(l));
            if (v.assessable()) {
                text.append('\n').append(zh ? "修改建议：" : "fix: ").append(v.fix(lang));
            }
            String pointer = v.where().source() == null ? null : v.where().source().pointer();
            int line = pointer == null ? 0 : lines.getOrDefault(pointer, 0);
            Kind kind = !v.assessable() ? Kind.NOT_ASSESSABLE : v.severity() == Severity.ERROR ? Kind.ERROR
                    : v.severity() == Severity.WARNING ? Kind.WARNING : Kind.INFO;
            out.add(new Finding(kind, v.ruleId(), v.ruleId() + " " + v.rule().title().in(lang), text.toString(), path,
                    line, v.where().key()));
        }
        return out;
    }

    /**
     * The file relative to the working folder (the checkout, in CI) when it is inside it, with forward slashes and
     * without a leading "./", as CI systems name files.
     */
    static String path(FileResult r) {
        Path file = r.file();
        Path here = Path.of("").toAbsolutePath();
        if (file.isAbsolute() && file.normalize().startsWith(here)) {
            file = here.relativize(file.normalize());
        }
        String p = file.toString().replace('\\', '/');
        return p.startsWith("./") ? p.substring(2) : p;
    }

    /** A short stable hash (SHA-256, 32 hex digits). */
    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** In a JSON submission, the line of each pointer the violations name (where the value is written). */
    private static Map<String, Integer> lines(FileResult r) {
        if (!"json".equals(r.inputFormat())) {
            return Map.of();
        }
        Set<String> pointers = r.evaluation().violations().stream()
                .map(v -> v.where().source() == null ? null : v.where().source().pointer())
                .filter(p -> p != null && !p.isEmpty()).collect(Collectors.toSet());
        if (pointers.isEmpty()) {
            return Map.of();
        }
        try {
            Map<String, Integer> out = new HashMap<>();
            JsonValueRegions.find(r.file(), pointers).forEach((p, region) -> out.put(p, region.line()));
            return out;
        } catch (IOException | RuntimeException e) {
            return Map.of(); // the file changed or is not where it is shown (unzipped, standard input): no lines
        }
    }
}
