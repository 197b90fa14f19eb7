package org.nianbao.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;

/** A generated report in the model's JSON shape (model.md, report.schema.json), as a JSON submission holds it. */
final class JsonRendering {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonRendering() {
    }

    static String render(GeneratedReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("title", r.title);
        root.put("agency", r.agency.name());
        root.put("year", r.year);
        root.put("level", r.agency.level());
        ObjectNode period = root.putObject("period");
        period.put("start", r.periodStart.toString());
        period.put("end", r.periodEnd.toString());
        period.put("sentence", r.periodSentence);
        if (r.issued == null) {
            root.putNull("issued");
        } else {
            root.put("issued", r.issued.toString());
        }
        root.putNull("published");
        root.put("signatory", r.agency.name());
        root.put("formatVersion", r.formatVersion());
        ArrayNode sections = root.putArray("sections");
        for (GeneratedReport.Section s : r.sections) {
            ObjectNode n = sections.addObject();
            n.put("id", s.id());
            n.put("heading", s.heading());
            n.put("text", String.join("\n", s.paragraphs()));
        }
        ObjectNode tables = root.putObject("tables");
        for (var t : r.tables.entrySet()) {
            writeTable(tables.putObject(t.getKey()), t.getValue());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A row id with a dot nests: denied.stateSecret → "denied": {"stateSecret": …}. */
    private static void writeTable(ObjectNode node, Map<String, ? extends Map<String, Object>> rows) {
        for (var row : rows.entrySet()) {
            ObjectNode target = node;
            String key = row.getKey();
            int dot = key.indexOf('.');
            if (dot > 0) {
                String group = key.substring(0, dot);
                target = node.has(group) ? (ObjectNode) node.get(group) : node.putObject(group);
                key = key.substring(dot + 1);
            }
            ObjectNode cells = target.putObject(key);
            for (var c : row.getValue().entrySet()) {
                Object v = c.getValue();
                if (v == null) {
                    cells.putNull(c.getKey());
                } else if (v instanceof Long l) {
                    cells.put(c.getKey(), l);
                } else if (v instanceof BigDecimal d) {
                    cells.put(c.getKey(), d);
                } else {
                    cells.put(c.getKey(), v.toString());
                }
            }
        }
    }
}
