package org.nianbao.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.Violation;

/**
 * Accepted violations from a suppression file ({@code .nianbao-suppress.yaml}): entries with a rule id, a file glob,
 * an optional location glob over {@link org.nianbao.rules.Where#key()} and a required reason. A suppressed violation
 * moves from the evaluation to {@link FileResult#suppressed()}: not counted, still shown. Entries that matched
 * nothing in a batch are {@link #stale()}.
 *
 * <pre>
 * suppressions:
 *   - rule: T3.BALANCE
 *     file: "2023/**&#47;商务局*.pdf"
 *     location: "applications/*&#47;total"
 *     reason: 原件如此，已函告整改
 * </pre>
 *
 * <p>Not thread-safe: apply results one at a time (the batch's sink does).
 */
public final class Suppressions {
    /** One entry, as written, with how many violations it matched. */
    public static final class Entry {
        private final int number;
        private final String rule;
        private final String file;
        private final String location;
        private final String reason;
        private final Glob fileGlob;
        private final Glob locationGlob;
        private int matched;

        Entry(int number, String rule, String file, String location, String reason) {
            this.number = number;
            this.rule = rule;
            this.file = file;
            this.location = location;
            this.reason = reason;
            this.fileGlob = new Glob(file);
            this.locationGlob = location == null ? null : new Glob(location);
        }

        /** 1-based position in the file. */
        public int number() {
            return number;
        }

        public String rule() {
            return rule;
        }

        public String file() {
            return file;
        }

        public String location() {
            return location;
        }

        public String reason() {
            return reason;
        }

        public int matched() {
            return matched;
        }

        boolean matches(Path path, Violation v) {
            String p = path.toString().replace('\\', '/');
            boolean fileOk = fileGlob.matches(p) || fileGlob.matches(path.getFileName().toString())
                    || fileGlob.matches(p.startsWith("./") ? p.substring(2) : "./" + p);
            return fileOk && rule.equalsIgnoreCase(v.ruleId())
                    && (locationGlob == null || locationGlob.matches(v.where().key()));
        }
    }

    /** A suppression file that cannot be used; the message names the entry. */
    public static final class InvalidException extends Exception {
        public InvalidException(String message) {
            super(message);
        }
    }

    public static final Suppressions NONE = new Suppressions(List.of());

    private final List<Entry> entries;

    private Suppressions(List<Entry> entries) {
        this.entries = entries;
    }

    /** The suppression file looked for in the current directory when none is named. */
    public static final String DEFAULT_FILE = ".nianbao-suppress.yaml";

    /**
     * The suppression file of the current directory, when there is one and it is not among what is being checked:
     * a file inside a folder being checked came with the submissions, and whoever sent them does not decide what is
     * accepted.
     */
    public static Optional<Path> defaultFile(List<Path> checked) throws IOException {
        Path file = Path.of(DEFAULT_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Path real = file.toRealPath();
        for (Path p : checked) {
            if (Files.isDirectory(p) && real.startsWith(p.toRealPath())) {
                return Optional.empty();
            }
        }
        return Optional.of(file);
    }

    public static Suppressions load(Path file) throws IOException, InvalidException {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidException(file + ": not YAML / 不是有效的 YAML: " + e.getOriginalMessage());
        }
        JsonNode list = root != null && root.isObject() ? root.get("suppressions") : root;
        if (list == null || list.isNull()) {
            return NONE;
        }
        if (!list.isArray()) {
            throw new InvalidException(file + ": expected a list under 'suppressions' / 'suppressions' 应为列表");
        }
        List<Entry> out = new ArrayList<>();
        int n = 0;
        for (JsonNode e : list) {
            n++;
            String rule = text(e, "rule");
            String glob = text(e, "file");
            String reason = text(e, "reason");
            String where = file + " #" + n + (rule == null ? "" : " (" + rule + ")");
            if (rule == null) {
                throw new InvalidException(where + ": 缺少 rule / missing 'rule'");
            }
            if (reason == null || reason.isBlank()) {
                throw new InvalidException(where + ": 缺少 reason（每条豁免都须说明理由）/ missing 'reason' (every"
                        + " suppression needs one)");
            }
            try {
                out.add(new Entry(n, rule, glob == null ? "**" : glob, text(e, "location"), reason));
            } catch (IllegalArgumentException tooLong) {
                throw new InvalidException(where + ": 模式过长 / pattern too long: " + tooLong.getMessage());
            }
        }
        return new Suppressions(out);
    }

    private static String text(JsonNode e, String field) {
        JsonNode v = e == null ? null : e.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The result with matching violations moved to {@link FileResult#suppressed()}. */
    public FileResult apply(FileResult r) {
        if (entries.isEmpty() || r.evaluation() == null) {
            return r;
        }
        List<Violation> kept = new ArrayList<>();
        List<FileResult.Suppressed> suppressed = new ArrayList<>(r.suppressed());
        for (Violation v : r.evaluation().violations()) {
            Entry hit = null;
            for (Entry e : entries) {
                if (e.matches(r.file(), v)) {
                    hit = e;
                    break;
                }
            }
            if (hit == null) {
                kept.add(v);
            } else {
                hit.matched++;
                suppressed.add(new FileResult.Suppressed(v, hit.reason()));
            }
        }
        if (suppressed.size() == r.suppressed().size()) {
            return r;
        }
        return new FileResult(r.file(), r.inputFormat(), r.report(),
                new RuleEngine.Evaluation(r.evaluation().profile(), kept), r.unreadable(), r.millis(), suppressed);
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Entries that matched no violation so far. */
    public List<Entry> stale() {
        return entries.stream().filter(e -> e.matched == 0).toList();
    }
}
