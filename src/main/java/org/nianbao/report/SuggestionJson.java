package org.nianbao.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.nianbao.model.Lang;
import org.nianbao.rules.Suggestion;

/**
 * Writes a violation's {@code suggestion}: {@code {"text", "alternatives", "changes": [{"cell", "found", "likely",
 * "slip"}]}}; {@code changes} is empty when several sets of cells explain the failures equally.
 */
final class SuggestionJson {
    private SuggestionJson() {
    }

    static void write(JsonGenerator g, Suggestion s, Lang lang) throws IOException {
        if (s == null) {
            return;
        }
        g.writeObjectFieldStart("suggestion");
        g.writeStringField("text", s.text(lang));
        g.writeNumberField("alternatives", s.alternatives());
        g.writeArrayFieldStart("changes");
        for (Suggestion.Change c : s.changes()) {
            g.writeStartObject();
            g.writeStringField("cell", c.cell().toString());
            g.writeNumberField("found", c.found());
            g.writeNumberField("likely", c.likely());
            g.writeStringField("slip", c.slip() == null ? null : c.slip().id());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
