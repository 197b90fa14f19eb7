package org.nianbao.parse.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import org.nianbao.model.Cell;
import org.nianbao.model.CellValue;
import org.nianbao.model.FormatDetection;
import org.nianbao.model.FormatVersion;
import org.nianbao.model.Level;
import org.nianbao.model.LevelInference;
import org.nianbao.model.Location;
import org.nianbao.model.Period;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionId;
import org.nianbao.model.StandardLayouts;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.model.Text;
import org.nianbao.support.PlausibleNumbers;

/**
 * Builds the model from a JSON tree, leniently: what has the right shape is taken, what does not is left out (the
 * schema problems say why). Never guesses a value.
 */
final class ModelFromJson {
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    Report build(JsonNode root) {
        Report r = new Report().inputFormat("json");
        if (!root.isObject()) {
            return r;
        }
        r.title(text(root.get("title")));
        r.agency(text(root.get("agency")));
        JsonNode year = root.path("year");
        // 2147483648 would wrap to a negative int no date can hold: a year out of 1–9999 is left unread (the
        // schema reports it)
        if (year.isIntegralNumber() && year.canConvertToInt() && year.asInt() >= 1 && year.asInt() <= 9999) {
            r.year(year.asInt());
        }

        JsonNode period = root.get("period");
        if (period != null && period.isObject()) {
            r.period(new Period(date(period.get("start")), date(period.get("end")), text(period.get("sentence")),
                    Location.pointer("/period")));
        }
        r.issued(date(root.get("issued")));
        r.published(date(root.get("published")), "submission");
        r.signatory(text(root.get("signatory")));
        r.declaredFormatVersion(FormatVersion.byId(root.path("formatVersion").asText("")).orElse(null));
        JsonNode sections = root.path("sections");
        for (int i = 0; i < sections.size(); i++) {
            JsonNode s = sections.get(i);
            int index = i;
            SectionId.byId(s.path("id").asText("")).ifPresent(id -> r.addSection(new Section(id,
                    text(s.get("heading")), text(s.get("text")) == null ? "" : text(s.get("text")),
                    Location.pointer("/sections/" + index))));
        }
        Level declared = Level.byId(root.path("level").asText("")).orElse(null);
        if (declared != null) {
            r.level(new LevelInference.Decision(declared, "declared", Text.of("提交的 JSON 中写明",
                    "declared in the submitted JSON")), "declared");
        } else if (r.agency() != null || r.signatory() != null) {
            r.level(LevelInference.infer(r.agency(), r.signatory(), r::fullText), "inferred");
        }
        JsonNode tables = root.path("tables");
        for (TableId id : TableId.values()) {
            JsonNode t = tables.get(id.id());
            if (t != null && t.isObject()) {
                r.putTable(table(id, t));
            }
        }
        FormatDetection.apply(r);
        return r;
    }

    private static Table table(TableId id, JsonNode node) {
        String base = "/tables/" + id.id();
        Table table = new Table(id, Location.pointer(base));
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isObject()) {
                continue;
            }
            String row = e.getKey();
            if (isRow(id, row) && hasCellKeys(id, e.getValue())) {
                readRow(table, row, e.getValue(), base + "/" + row);
            }
            for (Iterator<Map.Entry<String, JsonNode>> sub = e.getValue().fields(); sub.hasNext(); ) {
                Map.Entry<String, JsonNode> s = sub.next();
                String subRow = row + "." + s.getKey();
                if (s.getValue().isObject() && isRow(id, subRow)) {
                    readRow(table, subRow, s.getValue(), base + "/" + row + "/" + s.getKey());
                }
            }
            if (isRow(id, row) && !hasCellKeys(id, e.getValue()) && e.getValue().isEmpty()) {
                table.addRow(row);
            }
        }
        return table;
    }

    private static void readRow(Table table, String row, JsonNode node, String pointer) {
        table.addRow(row);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> c = it.next();
            CellValue value = value(c.getValue());
            if (value != null && isColumn(table.id(), c.getKey())) {
                table.put(row, c.getKey(), new Cell(value, Location.pointer(pointer + "/" + c.getKey())));
            }
        }
    }

    private static CellValue value(JsonNode v) {
        if (v.isNull()) {
            return CellValue.blank();
        }
        if (v.isNumber()) {
            // 1e999999 is valid JSON but no count: kept as written, so no rule does arithmetic on it
            BigDecimal n = v.decimalValue();
            return PlausibleNumbers.plausible(n) ? CellValue.number(n) : CellValue.written(v.asText());
        }
        if (v.isTextual()) {
            String s = v.asText().strip();
            if (s.isEmpty()) {
                return CellValue.blank();
            }
            if (PlausibleNumbers.plausibleText(s) && NUMBER.matcher(s).matches()) {
                BigDecimal n = new BigDecimal(s);
                return PlausibleNumbers.plausible(n) ? CellValue.number(n) : CellValue.written(v.asText());
            }
            return CellValue.written(v.asText());
        }
        return null;
    }

    private static boolean isRow(TableId table, String row) {
        return StandardLayouts.of(table, FormatVersion.V2021).row(row).isPresent()
                || StandardLayouts.of(table, FormatVersion.V2019).row(row).isPresent();
    }

    private static boolean isColumn(TableId table, String column) {
        return StandardLayouts.of(table, FormatVersion.V2021).column(column).isPresent()
                || StandardLayouts.of(table, FormatVersion.V2019).column(column).isPresent();
    }

    private static boolean hasCellKeys(TableId table, JsonNode row) {
        for (Iterator<String> it = row.fieldNames(); it.hasNext(); ) {
            if (isColumn(table, it.next())) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode n) {
        return n == null || !n.isTextual() ? null : n.asText();
    }

    private static LocalDate date(JsonNode n) {
        if (n == null || !n.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(n.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
