package org.nianbao.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;
import org.nianbao.model.Cell;
import org.nianbao.model.CellValue;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;

/** The model as JSON in model.md's shape: what {@code extract} prints and what {@code check} accepts back. */
public final class ModelJsonWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelJsonWriter() {
    }

    public static String write(Report r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("title", r.title());
        root.put("agency", r.agency());
        if (r.year() == null) {
            root.putNull("year");
        } else {
            root.put("year", r.year());
        }
        root.put("level", r.level() == null ? null : r.level().id());
        if (r.levelReason() != null) {
            root.put("levelBasis", r.levelBasis());
            root.put("levelReason", r.levelReason().zh());
        }
        if (r.period() == null) {
            root.putNull("period");
        } else {
            ObjectNode p = root.putObject("period");
            p.put("start", date(r.period().start()));
            p.put("end", date(r.period().end()));
            p.put("sentence", r.period().sentence());
        }
        root.put("issued", date(r.issued()));
        root.put("published", date(r.published()));
        root.put("signatory", r.signatory());
        root.put("formatVersion", r.formatVersion() == null ? null : r.formatVersion().id());
        root.put("inputFormat", r.inputFormat());
        ArrayNode sections = root.putArray("sections");
        for (Section s : r.sections()) {
            ObjectNode n = sections.addObject();
            n.put("id", s.id().id());
            n.put("heading", s.heading());
            n.put("text", s.text());
        }
        ObjectNode tables = root.putObject("tables");
        for (TableId id : TableId.values()) {
            r.table(id).ifPresent(t -> writeTable(tables.putObject(id.id()), t));
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeTable(ObjectNode node, Table t) {
        for (String row : t.rowIds()) {
            ObjectNode target = node;
            String key = row;
            int dot = row.indexOf('.');
            if (dot > 0) {
                String group = row.substring(0, dot);
                target = node.has(group) ? (ObjectNode) node.get(group) : node.putObject(group);
                key = row.substring(dot + 1);
            }
            ObjectNode cells = target.putObject(key);
            for (Map.Entry<String, Cell> c : t.row(row).entrySet()) {
                CellValue v = c.getValue().value();
                if (v instanceof CellValue.Number n) {
                    cells.put(c.getKey(), n.value());
                } else if (v instanceof CellValue.Written w) {
                    cells.put(c.getKey(), w.text());
                } else {
                    cells.putNull(c.getKey());
                }
            }
        }
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
