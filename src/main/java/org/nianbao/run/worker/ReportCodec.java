package org.nianbao.run.worker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.model.Cell;
import org.nianbao.model.CellValue;
import org.nianbao.model.FormatVersion;
import org.nianbao.model.LabelNote;
import org.nianbao.model.Level;
import org.nianbao.model.LevelInference;
import org.nianbao.model.Location;
import org.nianbao.model.OcrReading;
import org.nianbao.model.Period;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionId;
import org.nianbao.model.SourceProblem;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.model.Text;

/**
 * A {@link Report} as JSON and back, whole: every field a reader fills, with the sources of cells, sections and
 * notes, so a report read in a worker process is checked and written exactly as one read in-process. It is a
 * transport between our own processes and between the two passes of a batch ({@link org.nianbao.run.BatchCheck}), not
 * the model's public JSON ({@code extract} writes that).
 */
public final class ReportCodec {
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /**
     * The fields of {@link Report} and {@link Table} carried (a report's {@code previous} is set again by the
     * caller). A test holds the model's fields to these lists, so a field added to the model is added here too.
     */
    static final Set<String> REPORT_FIELDS = Set.of("inputFormat", "title", "agency", "year", "level",
            "levelSource", "levelBasis", "levelReason", "period", "issued", "published", "publishedSource",
            "signatory", "formatVersion", "declaredFormatVersion", "sections", "tables", "sourceProblems",
            "previous");
    static final Set<String> TABLE_FIELDS = Set.of("id", "source", "rows", "writtenRowLabels", "labelNotes",
            "unrecognizedRows", "version");

    private ReportCodec() {
    }

    /** The report as UTF-8 JSON. */
    public static byte[] toBytes(Report r) throws IOException {
        return JSON.writeValueAsBytes(encode(r));
    }

    /** The report {@link #toBytes} wrote. */
    public static Report fromBytes(byte[] json) throws IOException {
        return decode(JSON.readTree(json));
    }

    static ObjectNode encode(Report r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("inputFormat", r.inputFormat()).put("title", r.title()).put("agency", r.agency())
                .put("signatory", r.signatory()).put("levelSource", r.levelSource())
                .put("publishedSource", r.publishedSource());
        if (r.year() != null) {
            o.put("year", r.year());
        }
        o.put("level", r.level() == null ? null : r.level().name()).put("levelBasis", r.levelBasis());
        if (r.levelReason() != null) {
            o.putObject("levelReason").put("zh", r.levelReason().zh()).put("en", r.levelReason().en());
        }
        o.put("formatVersion", r.formatVersion() == null ? null : r.formatVersion().name());
        o.put("declaredFormatVersion", r.declaredFormatVersion() == null ? null : r.declaredFormatVersion().name());
        o.put("issued", date(r.issued())).put("published", date(r.published()));
        if (r.period() != null) {
            Period p = r.period();
            o.putObject("period").put("start", date(p.start())).put("end", date(p.end())).put("sentence", p.sentence())
                    .set("source", location(p.source()));
        }
        ArrayNode sections = o.putArray("sections");
        for (Section s : r.sections()) {
            sections.addObject().put("id", s.id() == null ? null : s.id().name()).put("heading", s.heading())
                    .put("text", s.text()).set("source", location(s.source()));
        }
        ObjectNode tables = o.putObject("tables");
        r.tables().forEach((id, t) -> tables.set(id.name(), table(t)));
        ArrayNode problems = o.putArray("sourceProblems");
        for (SourceProblem p : r.sourceProblems()) {
            problems.addObject().put("kind", p.kind()).put("code", p.code())
                    .<ObjectNode>set("args", args(p.args())).set("source", location(p.source()));
        }
        return o;
    }

    static Report decode(JsonNode o) throws IOException {
        Report r = new Report().inputFormat(text(o, "inputFormat")).title(text(o, "title"))
                .agency(text(o, "agency")).signatory(text(o, "signatory"))
                .year(o.hasNonNull("year") ? o.get("year").asInt() : null)
                .issued(localDate(o.get("issued")))
                .formatVersion(o.hasNonNull("formatVersion") ? FormatVersion.valueOf(text(o, "formatVersion")) : null)
                .declaredFormatVersion(o.hasNonNull("declaredFormatVersion")
                        ? FormatVersion.valueOf(text(o, "declaredFormatVersion")) : null);
        if (o.hasNonNull("level") && o.hasNonNull("levelBasis")) {
            JsonNode why = o.path("levelReason");
            r.level(new LevelInference.Decision(Level.valueOf(text(o, "level")), text(o, "levelBasis"),
                    why.isObject() ? Text.of(why.get("zh").asText(), text(why, "en")) : null), text(o, "levelSource"));
        } else if (o.hasNonNull("level")) {
            r.level(Level.valueOf(text(o, "level")), text(o, "levelSource"));
        }
        if (o.hasNonNull("published")) {
            r.published(localDate(o.get("published")), text(o, "publishedSource"));
        }
        JsonNode p = o.get("period");
        if (p != null && !p.isNull()) {
            r.period(new Period(localDate(p.get("start")), localDate(p.get("end")), text(p, "sentence"),
                    location(p.get("source"))));
        }
        for (JsonNode s : o.path("sections")) {
            r.addSection(new Section(s.hasNonNull("id") ? SectionId.valueOf(text(s, "id")) : null, text(s, "heading"),
                    text(s, "text"), location(s.get("source"))));
        }
        var tables = o.path("tables").fields();
        while (tables.hasNext()) {
            var e = tables.next();
            r.putTable(table(TableId.valueOf(e.getKey()), e.getValue()));
        }
        for (JsonNode s : o.path("sourceProblems")) {
            r.addSourceProblem(new SourceProblem(text(s, "kind"), text(s, "code"), args(s.get("args")),
                    location(s.get("source"))));
        }
        return r;
    }

    /** A message's named values: text in both languages kept as such, the rest as plain JSON values. */
    private static ObjectNode args(Map<String, Object> args) {
        ObjectNode o = JSON.createObjectNode();
        args.forEach((k, v) -> o.set(k, v instanceof Text t ? JSON.createObjectNode().put("zh", t.zh()).put("en", t.en())
                : JSON.valueToTree(v)));
        return o;
    }

    private static Map<String, Object> args(JsonNode o) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        var fields = o.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            JsonNode v = f.getValue();
            out.put(f.getKey(), v.isObject() && v.has("zh") ? Text.of(v.get("zh").asText(), text(v, "en"))
                    : JSON.treeToValue(v, Object.class));
        }
        return out;
    }

    private static ObjectNode table(Table t) {
        ObjectNode o = JSON.createObjectNode();
        o.set("source", location(t.source()));
        o.put("version", t.version() == null ? null : t.version().name());
        ObjectNode rows = o.putObject("rows");
        ObjectNode labels = o.putObject("writtenRowLabels");
        for (String row : t.rowIds()) {
            ObjectNode cells = rows.putObject(row);
            t.row(row).forEach((column, cell) -> cells.set(column, cell(cell)));
            t.writtenRowLabel(row).ifPresent(l -> labels.put(row, l));
        }
        ArrayNode notes = o.putArray("labelNotes");
        for (LabelNote n : t.labelNotes()) {
            notes.addObject().put("row", n.row()).put("column", n.column()).put("written", n.written())
                    .put("standard", n.standard()).set("source", location(n.source()));
        }
        ArrayNode unrecognized = o.putArray("unrecognizedRows");
        t.unrecognizedRows().forEach(unrecognized::add);
        return o;
    }

    private static Table table(TableId id, JsonNode o) throws IOException {
        Table t = new Table(id, location(o.get("source")));
        if (o.hasNonNull("version")) {
            t.setVersion(FormatVersion.valueOf(text(o, "version")));
        }
        var rows = o.path("rows").fields();
        while (rows.hasNext()) {
            var row = rows.next();
            t.addRow(row.getKey());
            var cells = row.getValue().fields();
            while (cells.hasNext()) {
                var c = cells.next();
                t.put(row.getKey(), c.getKey(), cell(c.getValue()));
            }
        }
        var labels = o.path("writtenRowLabels").fields();
        while (labels.hasNext()) {
            var l = labels.next();
            t.setWrittenRowLabel(l.getKey(), l.getValue().asText());
        }
        for (JsonNode n : o.path("labelNotes")) {
            t.addLabelNote(new LabelNote(text(n, "row"), text(n, "column"), text(n, "written"), text(n, "standard"),
                    location(n.get("source"))));
        }
        for (JsonNode u : o.path("unrecognizedRows")) {
            t.addUnrecognizedRow(u.asText());
        }
        return t;
    }

    private static ObjectNode cell(Cell c) {
        ObjectNode o = JSON.createObjectNode();
        if (c.value() instanceof CellValue.Number n) {
            o.put("number", n.value().toString());
        } else if (c.value() instanceof CellValue.Written w) {
            o.put("written", w.text());
        }
        if (!c.source().isEmpty()) {
            o.set("source", location(c.source()));
        }
        if (c.ocr() != null) { // a scanned cell: unsure or not, and what OCR saw, must reach the rules
            OcrReading r = c.ocr();
            ObjectNode ocr = o.putObject("ocr").put("seen", r.seen()).put("confidence", r.confidence())
                    .put("unsure", r.unsure()).put("settled", r.settled()).put("crop", r.crop());
            r.alternatives().forEach(ocr.putArray("alternatives")::add);
        }
        return o;
    }

    private static Cell cell(JsonNode o) throws IOException {
        CellValue v = o.has("number") ? CellValue.number(new BigDecimal(o.get("number").asText()))
                : o.has("written") ? CellValue.written(o.get("written").asText()) : CellValue.blank();
        JsonNode ocr = o.get("ocr");
        if (ocr == null || ocr.isNull()) {
            return new Cell(v, location(o.get("source")));
        }
        List<String> alternatives = new ArrayList<>();
        ocr.path("alternatives").forEach(a -> alternatives.add(a.asText()));
        return new Cell(v, location(o.get("source")), new OcrReading(text(ocr, "seen"), ocr.path("confidence").asInt(),
                alternatives, ocr.path("unsure").asBoolean(), text(ocr, "settled"),
                ocr.hasNonNull("crop") ? ocr.get("crop").binaryValue() : null));
    }

    private static JsonNode location(Location l) {
        if (l == null) {
            return JSON.nullNode();
        }
        ArrayNode a = JSON.createArrayNode();
        a.add(integer(l.page())).add(integer(l.tableIndex())).add(integer(l.printedRow()))
                .add(integer(l.printedColumn())).add(l.pointer()).add(integer(l.paragraph()))
                .add(integer(l.charStart())).add(integer(l.charEnd())).add(l.box());
        return a;
    }

    private static Location location(JsonNode a) {
        if (a == null || a.isNull()) {
            return a == null ? Location.NONE : null;
        }
        return new Location(integer(a.get(0)), integer(a.get(1)), integer(a.get(2)), integer(a.get(3)),
                a.get(4).isNull() ? null : a.get(4).asText(), integer(a.get(5)), integer(a.get(6)),
                integer(a.get(7)), a.get(8).isNull() ? null : a.get(8).asText());
    }

    private static JsonNode integer(Integer i) {
        return i == null ? JSON.nullNode() : JSON.getNodeFactory().numberNode(i);
    }

    private static Integer integer(JsonNode n) {
        return n == null || n.isNull() ? null : n.asInt();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate localDate(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
