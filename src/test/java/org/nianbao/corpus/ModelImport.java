package org.nianbao.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real report made into a {@link GeneratedReport}, so every renderer can print it: its metadata and tables from
 * the model's JSON (model.md; rows in printed order, {@code null} for a blank cell) and its words — preamble,
 * sections, labels printed other than the standard — from a second JSON transcribed from the document.
 */
final class ModelImport {
    private ModelImport() {
    }

    static GeneratedReport read(JsonNode model, JsonNode words) {
        JsonNode tables = model.path("tables");
        boolean format2019 = tables.path("proactive").has("otherServices")
                || tables.path("proactive").path("regulations").has("newlyMade");
        boolean government = model.path("level").asText().equals("government");
        Agency agency = new Agency(model.path("agency").asText(), government, words.path("place").asText());
        GeneratedReport r = new GeneratedReport(agency, model.path("year").asInt(), format2019);
        r.declaredFormat = model.path("formatVersion").asText(null);
        r.title = model.path("title").asText();
        r.titleOnTwoLines = words.path("titleOnTwoLines").asBoolean(false);
        r.preamble = words.path("preamble").asText();
        r.periodSentence = words.path("periodSentence").asText();
        r.periodStart = LocalDate.parse(model.path("period").path("start").asText());
        r.periodEnd = LocalDate.parse(model.path("period").path("end").asText());
        if (model.hasNonNull("issued")) {
            r.issued = LocalDate.parse(model.path("issued").asText());
            r.issuedText = words.path("issuedText").asText(r.issued.getYear() + "年" + r.issued.getMonthValue()
                    + "月" + r.issued.getDayOfMonth() + "日");
        }
        words.path("printedLabels").fields().forEachRemaining(e -> r.printedLabels.put(e.getKey(),
                e.getValue().asText()));
        for (JsonNode s : words.path("sections")) {
            List<String> paragraphs = new ArrayList<>();
            s.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
            r.sections.add(new GeneratedReport.Section(s.path("id").asText(), s.path("heading").asText(),
                    paragraphs));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = tables.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> table = it.next();
            LinkedHashMap<String, LinkedHashMap<String, Object>> rows = new LinkedHashMap<>();
            flatten("", table.getValue(), rows);
            r.tables.put(table.getKey(), rows);
        }
        return r;
    }

    /** A row is an object of values; an object of objects is a group whose rows get dotted ids (denied.stateSecret). */
    private static void flatten(String prefix, JsonNode node, Map<String, LinkedHashMap<String, Object>> rows) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            boolean group = e.getValue().elements().hasNext() && e.getValue().elements().next().isObject();
            if (group) {
                flatten(prefix + e.getKey() + ".", e.getValue(), rows);
                continue;
            }
            LinkedHashMap<String, Object> cells = new LinkedHashMap<>();
            e.getValue().fields().forEachRemaining(c -> cells.put(c.getKey(), value(c.getValue())));
            rows.put(prefix + e.getKey(), cells);
        }
    }

    private static Object value(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.longValue();
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        return v.asText();
    }
}
