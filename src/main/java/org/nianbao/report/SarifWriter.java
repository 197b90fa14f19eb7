package org.nianbao.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.model.CellRef;
import org.nianbao.model.Lang;
import org.nianbao.model.Location;
import org.nianbao.parse.InputProblem;
import org.nianbao.rules.CompiledRule;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.rules.RuleSet;
import org.nianbao.rules.Severity;
import org.nianbao.rules.Suggestion;
import org.nianbao.rules.Violation;
import org.nianbao.rules.Where;
import org.nianbao.run.FileResult;
import org.nianbao.support.BuildInfo;

/**
 * SARIF 2.1.0, one run, streamed. {@code tool.driver.rules} lists every loaded rule and, after them, one descriptor
 * per {@code INPUT.*} outcome: an unreadable file is a result of its {@code INPUT.*} rule (level error), so it shows
 * in code-scanning views like any other finding. A not-assessable violation is a result of kind {@code review}
 * (level none). A suppressed violation keeps its level and carries {@code suppressions} with the reason.
 *
 * <p>Pages are not lines, so the page and the other places in the document go to the location's
 * {@code properties} ({@code page}, {@code pointer}, {@code text}), not to a {@code region}; the cell goes to
 * {@code logicalLocations} as {@code table/row/column} (kind {@code member}; a whole table or section: kind
 * {@code module}). {@code partialFingerprints["nianbao/v1"]} hashes rule, file and {@link Where#key()}.
 */
public final class SarifWriter implements ResultWriter {
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final JsonGenerator g;
    private final Lang lang;
    private final String version;
    private final RuleSet rules;
    private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();

    public SarifWriter(OutputStream out, Lang lang, String version, RuleSet rules) throws IOException {
        this.g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter();
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.lang = lang;
        this.version = version;
        this.rules = rules;
    }

    @Override
    public void start() throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "nianbao");
        g.writeStringField("version", version);
        g.writeStringField("semanticVersion", version);
        if (!BuildInfo.current().url().isEmpty()) {
            g.writeStringField("informationUri", BuildInfo.current().url());
        }
        if (BuildInfo.current().commit().isPresent()) {
            g.writeObjectFieldStart("properties");
            g.writeStringField("commit", BuildInfo.current().commit().get());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("rules");
        for (CompiledRule r : rules.all()) {
            writeRule(r.definition());
        }
        for (InputProblem p : InputProblem.values()) {
            ruleIndex.put(p.code(), ruleIndex.size());
            g.writeStartObject();
            g.writeStringField("id", p.code());
            text("shortDescription", Outcomes.message(new FileResult.Unreadable(p, null, Map.of()), lang));
            level("defaultConfiguration", "error");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("results");
    }

    private void writeRule(RuleDefinition d) throws IOException {
        if (ruleIndex.containsKey(d.id())) {
            return; // an added rule file may repeat an id; SARIF wants each once
        }
        ruleIndex.put(d.id(), ruleIndex.size());
        g.writeStartObject();
        g.writeStringField("id", d.id());
        text("shortDescription", d.title().in(lang));
        if (d.doc() != null) {
            text("fullDescription", d.doc().in(lang));
        }
        if (d.fix() != null) {
            text("help", d.fix().in(lang));
        }
        level("defaultConfiguration", level(d.severity()));
        g.writeObjectFieldStart("properties");
        g.writeStringField("kind", d.kind());
        if (d.source() != null) {
            g.writeStringField("source", d.source());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    @Override
    public void file(FileResult r) throws IOException {
        if (r.unreadable() != null) {
            String code = r.unreadable().problem().code();
            g.writeStartObject();
            ruleRef(code);
            g.writeStringField("level", "error");
            text("message", Outcomes.message(r.unreadable(), lang));
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            physical(r.file());
            g.writeEndObject();
            g.writeEndArray();
            fingerprint(code, r.file(), "file");
            g.writeEndObject();
        } else {
            Map<String, JsonValueRegions.Region> regions = fixRegions(r);
            for (Violation v : r.evaluation().violations()) {
                result(r, v, null, regions);
            }
            for (FileResult.Suppressed s : r.suppressed()) {
                result(r, s.violation(), s.reason(), regions);
            }
        }
        g.flush();
    }

    /**
     * For a JSON submission, where each cell a suggestion names is written, so the suggestion becomes a SARIF fix.
     * Other formats have no text region for a cell: their suggestion stays in the message's properties.
     */
    private static Map<String, JsonValueRegions.Region> fixRegions(FileResult r) {
        if (!"json".equals(r.inputFormat())) {
            return Map.of();
        }
        Set<String> pointers = new HashSet<>();
        for (Violation v : r.evaluation().violations()) {
            if (v.suggestion() != null) {
                v.suggestion().changes().forEach(c -> pointerOf(r, c.cell()).ifPresent(pointers::add));
            }
        }
        if (pointers.isEmpty()) {
            return Map.of();
        }
        try {
            return JsonValueRegions.find(r.file(), pointers);
        } catch (IOException | RuntimeException e) {
            return Map.of(); // the file changed or cannot be parsed again: no fix, the suggestion is still given
        }
    }

    private static Optional<String> pointerOf(FileResult r, CellRef cell) {
        return r.report().table(cell.table()).flatMap(t -> t.cell(cell.row(), cell.column()))
                .map(c -> c.source() == null ? null : c.source().pointer());
    }

    /** A fix replacing every cell of the suggestion, when each one's text is located. */
    private void fix(FileResult r, Suggestion suggestion, Map<String, JsonValueRegions.Region> regions)
            throws IOException {
        List<JsonValueRegions.Region> at = new ArrayList<>();
        for (Suggestion.Change c : suggestion.changes()) {
            JsonValueRegions.Region region = pointerOf(r, c.cell()).map(regions::get).orElse(null);
            if (region == null) {
                return;
            }
            at.add(region);
        }
        g.writeArrayFieldStart("fixes");
        g.writeStartObject();
        text("description", suggestion.text(lang));
        g.writeArrayFieldStart("artifactChanges");
        g.writeStartObject();
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(r.file()));
        g.writeEndObject();
        g.writeArrayFieldStart("replacements");
        for (int i = 0; i < at.size(); i++) {
            JsonValueRegions.Region region = at.get(i);
            g.writeStartObject();
            g.writeObjectFieldStart("deletedRegion");
            g.writeNumberField("startLine", region.line());
            g.writeNumberField("startColumn", region.column());
            g.writeNumberField("endLine", region.line());
            g.writeNumberField("endColumn", region.column() + region.charLength());
            g.writeNumberField("charOffset", region.charOffset());
            g.writeNumberField("charLength", region.charLength());
            g.writeEndObject();
            text("insertedContent", suggestion.changes().get(i).likely().toPlainString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private void result(FileResult r, Violation v, String suppressedBecause,
            Map<String, JsonValueRegions.Region> regions) throws IOException {
        Path file = r.file();
        g.writeStartObject();
        ruleRef(v.ruleId());
        if (v.assessable()) {
            g.writeStringField("level", level(v.severity()));
        } else {
            g.writeStringField("kind", "review");
            g.writeStringField("level", "none");
        }
        text("message", v.message(lang));
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        physical(file);
        Where w = v.where();
        if (w.table() != null || w.section() != null) {
            g.writeArrayFieldStart("logicalLocations");
            g.writeStartObject();
            boolean cell = w.table() != null && w.row() != null && w.column() != null;
            g.writeStringField("fullyQualifiedName", w.table() != null ? w.key() : w.section().id());
            g.writeStringField("kind", cell ? "member" : "module");
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("properties");
        Location s = w.source() == null ? Location.NONE : w.source();
        if (s.page() != null) {
            g.writeNumberField("page", s.page());
        }
        if (s.pointer() != null) {
            g.writeStringField("pointer", s.pointer());
        }
        if (s.box() != null) { // a cell read by OCR: its box on the page image, in points from the top left
            g.writeStringField("box", s.box());
        }
        g.writeStringField("text", LocationText.describe(w, lang));
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        fingerprint(v.ruleId(), file, w.key());
        g.writeObjectFieldStart("properties");
        g.writeStringField("severity", v.severity().id());
        if (v.expected() != null) {
            g.writeStringField("expected", v.expected(lang));
        }
        if (v.actual() != null) {
            g.writeStringField("actual", v.actual(lang));
        }
        if (v.suggestion() != null) {
            g.writeStringField("suggestion", v.suggestion().text(lang));
        }
        g.writeEndObject();
        if (v.suggestion() != null && v.suggestion().named()) {
            fix(r, v.suggestion(), regions);
        }
        if (suppressedBecause != null) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("justification", suppressedBecause);
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void ruleRef(String id) throws IOException {
        g.writeStringField("ruleId", id);
        Integer index = ruleIndex.get(id);
        if (index != null) {
            g.writeNumberField("ruleIndex", index);
        }
    }

    private void physical(Path file) throws IOException {
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(file));
        g.writeEndObject();
        g.writeEndObject();
    }

    private void fingerprint(String rule, Path file, String key) throws IOException {
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("nianbao/v1", hash(rule + "\n" + file.toString().replace('\\', '/') + "\n" + key));
        g.writeEndObject();
    }

    private void text(String field, String value) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", value);
        g.writeEndObject();
    }

    private void level(String field, String level) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("level", level);
        g.writeEndObject();
    }

    @Override
    public void end(Summary s) throws IOException {
        g.writeEndArray();
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", true);
        g.writeObjectFieldStart("properties");
        g.writeNumberField("files", s.files());
        g.writeNumberField("passed", s.passed());
        g.writeNumberField("failed", s.failed());
        g.writeNumberField("unreadable", s.unreadable());
        g.writeNumberField("suppressed", s.suppressed());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative path as a relative URI (non-ASCII percent-encoded), an absolute one as a file: URI. */
    static String uri(Path file) {
        if (file.isAbsolute()) {
            return file.toUri().toASCIIString();
        }
        try {
            return new URI(null, null, file.toString().replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return file.toUri().toASCIIString();
        }
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
