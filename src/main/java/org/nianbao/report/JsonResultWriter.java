package org.nianbao.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.nianbao.model.Lang;
import org.nianbao.model.Location;
import org.nianbao.model.Report;
import org.nianbao.rules.Violation;
import org.nianbao.rules.Where;
import org.nianbao.run.FileResult;
import org.nianbao.support.BuildInfo;

/**
 * Machine-readable results: {@code {"tool", "reports": [...], "summary"}}, streamed file by file. The field names
 * are a contract for publishers' CI; add fields, never rename them.
 */
public final class JsonResultWriter implements ResultWriter {
    private final JsonGenerator g;
    private final Lang lang;
    private final String version;

    public JsonResultWriter(OutputStream out, Lang lang, String version) throws IOException {
        this.g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter();
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.lang = lang;
        this.version = version;
    }

    @Override
    public void start() throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", "nianbao");
        g.writeStringField("version", version);
        if (BuildInfo.current().commit().isPresent()) {
            g.writeStringField("commit", BuildInfo.current().commit().get());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("reports");
    }

    @Override
    public void file(FileResult r) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", r.file().toString());
        g.writeStringField("status", r.status().id());
        g.writeStringField("format", r.inputFormat());
        g.writeNumberField("millis", r.millis());
        if (r.report() != null) {
            writeReport(r.report(), r.evaluation().profile());
            g.writeArrayFieldStart("violations");
            for (Violation v : r.evaluation().violations()) {
                if (v.assessable()) {
                    writeViolation(v, null, r.report());
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("notAssessable");
            for (Violation v : r.evaluation().violations()) {
                if (!v.assessable()) {
                    writeViolation(v, null, r.report());
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("suppressed");
            for (FileResult.Suppressed s : r.suppressed()) {
                writeViolation(s.violation(), s.reason(), r.report());
            }
            g.writeEndArray();
        } else {
            g.writeObjectFieldStart("unreadable");
            g.writeStringField("cause", r.unreadable().problem().code());
            g.writeStringField("message", Outcomes.message(r.unreadable(), lang));
            for (Map.Entry<String, Object> e : new java.util.TreeMap<>(r.unreadable().details()).entrySet()) {
                g.writeStringField(e.getKey(), String.valueOf(e.getValue()));
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.flush();
    }

    private void writeReport(Report report, String profile) throws IOException {
        g.writeObjectFieldStart("report");
        g.writeStringField("agency", report.agency());
        if (report.year() == null) {
            g.writeNullField("year");
        } else {
            g.writeNumberField("year", report.year());
        }
        g.writeStringField("level", report.level() == null ? null : report.level().id());
        if (report.levelReason() != null) {
            g.writeStringField("levelBasis", report.levelBasis());
            g.writeStringField("levelReason", report.levelReason().in(lang));
        }
        g.writeStringField("formatVersion", report.formatVersion() == null ? null : report.formatVersion().id());
        g.writeStringField("title", report.title());
        g.writeStringField("profile", profile);
        g.writeEndObject();
    }

    private void writeViolation(Violation v, String suppressedBecause, Report report) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", v.ruleId());
        g.writeStringField("title", v.rule().title().in(lang));
        g.writeStringField("severity", v.severity().id());
        g.writeStringField("message", v.message(lang));
        g.writeStringField("fix", v.fix(lang));
        writeLocation(v.where());
        g.writeStringField("expected", v.expected(lang));
        g.writeStringField("actual", v.actual(lang));
        if (!v.cells().isEmpty()) {
            g.writeArrayFieldStart("cells");
            for (var c : v.cells()) {
                g.writeString(c.toString());
            }
            g.writeEndArray();
        }
        if (suppressedBecause != null) {
            g.writeStringField("reason", suppressedBecause);
        }
        SuggestionJson.write(g, v.suggestion(), lang);
        writeScanned(OcrCells.of(v, report));
        g.writeEndObject();
    }

    /**
     * The scanned cells a person should look at to confirm the finding (those the HTML report shows the image of):
     * the cell, what OCR read, whether it is unsure or the balances settled it, and where it is on the scan.
     */
    private void writeScanned(java.util.List<OcrCells.Scanned> cells) throws IOException {
        if (cells.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("scannedCells");
        for (OcrCells.Scanned s : cells) {
            Location at = s.cell().source() == null ? Location.NONE : s.cell().source();
            g.writeStartObject();
            g.writeStringField("cell", s.ref().toString());
            g.writeStringField("seen", s.cell().ocr().seen());
            g.writeBooleanField("unsure", s.cell().ocr().unsure());
            if (s.cell().ocr().settled() != null) {
                g.writeStringField("settled", s.cell().ocr().settled());
            }
            writeInt("page", at.page());
            g.writeStringField("box", at.box());
            g.writeStringField("text", LocationText.scanPlace(at, lang));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void writeLocation(Where w) throws IOException {
        Location s = w.source() == null ? Location.NONE : w.source();
        g.writeObjectFieldStart("location");
        g.writeStringField("section", w.section() == null ? null : w.section().id());
        g.writeStringField("table", w.table() == null ? null : w.table().id());
        g.writeStringField("row", w.row());
        g.writeStringField("column", w.column());
        writeInt("page", s.page());
        g.writeStringField("pointer", s.pointer());
        writeInt("tableIndex", s.tableIndex());
        writeInt("printedRow", s.printedRow());
        writeInt("printedColumn", s.printedColumn());
        writeInt("paragraph", s.paragraph());
        writeInt("charStart", s.charStart());
        writeInt("charEnd", s.charEnd());
        if (s.box() != null) {
            g.writeStringField("box", s.box());
        }
        g.writeStringField("text", LocationText.describe(w, lang));
        g.writeEndObject();
    }

    private void writeInt(String name, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    @Override
    public void end(Summary s) throws IOException {
        g.writeEndArray();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", s.files());
        g.writeNumberField("passed", s.passed());
        g.writeNumberField("failed", s.failed());
        g.writeNumberField("errors", s.errors());
        g.writeNumberField("warnings", s.warnings());
        g.writeNumberField("infos", s.infos());
        g.writeNumberField("unreadable", s.unreadable());
        g.writeObjectFieldStart("byRule");
        for (Map.Entry<String, Integer> e : s.byRule().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("suppressed", s.suppressed());
        if (s.wallMillis() >= 0) {
            g.writeNumberField("wallMillis", s.wallMillis());
            g.writeNumberField("peakHeapMB", s.peakHeapBytes() >> 20);
        }
        g.writeObjectFieldStart("errorsByRule");
        for (Map.Entry<String, Integer> e : s.errorsByRule().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("warningsByRule");
        for (Map.Entry<String, Integer> e : s.warningsByRule().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("staleSuppressions");
        for (org.nianbao.run.Suppressions.Entry e : s.stale()) {
            g.writeStartObject();
            g.writeNumberField("entry", e.number());
            g.writeStringField("rule", e.rule());
            g.writeStringField("file", e.file());
            g.writeStringField("location", e.location());
            g.writeStringField("reason", e.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("skipped");
        for (Map.Entry<org.nianbao.run.Inputs.Skip, Integer> e : s.skipped().entrySet()) {
            g.writeNumberField(Skipped.id(e.getKey()), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("unusedPublicationDates");
        for (org.nianbao.run.PublicationDates.Entry e : s.unusedDates()) {
            g.writeStartObject();
            g.writeNumberField("line", e.line());
            g.writeStringField("name", e.name());
            g.writeStringField("date", e.date().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }
}
