package org.nianbao.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nianbao.recognize.DateTexts;
import org.nianbao.run.PublicationDates;

/**
 * A project's settings for {@code check}, in {@code .nianbao.yaml}, found in the working folder or the nearest one
 * above it (like ESLint's and ruff's). Options on the command line win over it; paths in it are relative to its own
 * folder.
 *
 * <pre>
 * profile: "2021"
 * level: department
 * lang: zh
 * failOn: warning
 * maxWarnings: 10
 * format: text
 * outputs: [结果.html, 结果.xlsx]
 * exclude: [草稿, "**&#47;*.htm"]
 * timeout: 60
 * ocrPageTimeout: 30                 # a scan read by OCR: seconds more a page
 * published: 2024-01-20              # every report's publication date, or:
 * publishedDates: 发布日期.csv        # a list (CSV or xlsx), or the rows themselves:
 * #  - {file: 商务局.pdf, date: 2024-01-20}
 * #  - {body: 薛城区发展和改革局, date: 2024-01-25, year: 2023}
 * suppressions:                       # as in .nianbao-suppress.yaml, or the name of such a file
 *   - {rule: T3.BALANCE, file: "商务局*.pdf", reason: 原表如此，已函告报送单位}
 * </pre>
 */
final class ProjectConfig {
    static final String NAME = ".nianbao.yaml";
    private static final List<String> KEYS = List.of("profile", "level", "lang", "failOn", "maxWarnings", "format",
            "outputs", "exclude", "timeout", "ocrPageTimeout", "published", "publishedDates", "suppressions");

    final Path file;
    String profile;
    String level;
    String lang;
    String failOn;
    Integer maxWarnings;
    final List<String> formats = new ArrayList<>();
    final List<String> outputs = new ArrayList<>();
    final List<String> exclude = new ArrayList<>();
    Double timeout;
    Double ocrPageTimeout;
    LocalDate published;
    /** A list of publication dates in a file of its own. */
    Path publishedDatesFile;
    /** Publication dates written in the config itself. */
    PublicationDates publishedDates;
    /** A suppression file named by the config, or the config itself when it lists the entries. */
    Path suppressions;

    private ProjectConfig(Path file) {
        this.file = file;
    }

    /** The config in {@code start} or the nearest folder above it. */
    static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Reads a config; a mistake in it is a {@link UserError} naming the file and the key. */
    static ProjectConfig load(Path file) {
        ProjectConfig c = new ProjectConfig(file);
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw c.error("不是有效的 YAML（" + e.getOriginalMessage() + "）", "not valid YAML (" + e.getOriginalMessage()
                    + ")");
        } catch (IOException e) {
            throw c.error("无法读取（" + e.getMessage() + "）", "cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return c; // an empty file: no settings
        }
        if (!root.isObject()) {
            throw c.error("应为“键: 值”的形式", "expected 'key: value' settings");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            c.set(canonical(e.getKey(), c), e.getValue());
        }
        return c;
    }

    private static String canonical(String key, ProjectConfig c) {
        String plain = key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
        for (String k : KEYS) {
            if (k.toLowerCase(Locale.ROOT).equals(plain)) {
                return k;
            }
        }
        List<String> close = Suggestions.closeTo(key, KEYS);
        throw c.error("不认识的设置“" + key + "”" + (close.isEmpty() ? "" : "，是否想写 " + close.get(0) + "？")
                + "可用：" + String.join("、", KEYS), "unknown setting '" + key + "'" + (close.isEmpty() ? ""
                : "; did you mean " + close.get(0) + "?") + " Known: " + String.join(", ", KEYS));
    }

    private void set(String key, JsonNode v) {
        switch (key) {
            case "profile" -> profile = scalar(key, v);
            case "level" -> level = scalar(key, v);
            case "lang" -> lang = scalar(key, v);
            case "failOn" -> failOn = scalar(key, v);
            case "maxWarnings" -> maxWarnings = (int) number(key, v);
            case "format" -> formats.addAll(list(key, v));
            case "outputs" -> list(key, v).forEach(o -> outputs.add(resolvePrefixed(o)));
            case "exclude" -> exclude.addAll(list(key, v));
            case "timeout" -> timeout = number(key, v);
            case "ocrPageTimeout" -> ocrPageTimeout = number(key, v);
            case "published" -> published = date(key, scalar(key, v));
            case "publishedDates" -> {
                if (v.isArray()) {
                    publishedDates = rows(v);
                } else {
                    publishedDatesFile = resolve(scalar(key, v));
                }
            }
            case "suppressions" -> suppressions = v.isArray() ? file : resolve(scalar(key, v));
            default -> throw new IllegalStateException(key);
        }
    }

    private PublicationDates rows(JsonNode list) {
        List<PublicationDates.Entry> rows = new ArrayList<>();
        int n = 0;
        for (JsonNode row : list) {
            n++;
            String name = row.hasNonNull("file") ? row.get("file").asText() : row.hasNonNull("body")
                    ? row.get("body").asText() : null;
            if (name == null || !row.hasNonNull("date")) {
                throw error("publishedDates 第 " + n + " 项应写明 file（或 body）和 date", "publishedDates entry " + n
                        + " needs file (or body) and date");
            }
            Integer year = row.hasNonNull("year") ? (int) number("publishedDates/year", row.get("year")) : null;
            rows.add(new PublicationDates.Entry(n, name, date("publishedDates", row.get("date").asText()), year));
        }
        return PublicationDates.of(file.toString(), rows);
    }

    private LocalDate date(String key, String text) {
        LocalDate d = DateTexts.wholeDate(text);
        if (d == null) {
            throw error(key + "：“" + text + "”不是日期，应写作 YYYY-MM-DD", key + ": '" + text
                    + "' is not a date; write YYYY-MM-DD");
        }
        return d;
    }

    private String scalar(String key, JsonNode v) {
        if (!v.isValueNode() || v.isNull()) {
            throw error(key + " 应为单个值", key + " should be a single value");
        }
        return v.asText();
    }

    private double number(String key, JsonNode v) {
        if (!v.isNumber()) {
            throw error(key + " 应为数字", key + " should be a number");
        }
        return v.asDouble();
    }

    private List<String> list(String key, JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> out.add(scalar(key, x)));
        } else {
            out.add(scalar(key, v));
        }
        return out;
    }

    private Path resolve(String name) {
        return file.toAbsolutePath().getParent().resolve(name).normalize();
    }

    /** An output relative to the config's folder, keeping a {@code FORMAT:} prefix. */
    private String resolvePrefixed(String output) {
        String name = OutputPlan.withoutFormat(output);
        String prefix = output.substring(0, output.length() - name.length());
        return prefix + resolve(name);
    }

    private UserError error(String zh, String en) {
        return new UserError("配置文件 " + file + "：" + zh, "config file " + file + ": " + en);
    }
}
