package org.nianbao.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * JSON Schema (draft-07) validation with every violation reported, not just the first. Wraps everit so the rest
 * of the code does not depend on it (everit is in maintenance mode; a replacement would change only this file).
 */
public final class JsonSchemas {
    private JsonSchemas() {
    }

    /**
     * One schema violation. {@code pointer} is an RFC 6901 pointer ({@code ""} for the root); {@code allowed} is what
     * the schema allows where it is a short list or a bound (enum values, minimum, maximum), else null.
     */
    public record Problem(String pointer, String keyword, String message, String allowed) {
    }

    /** A loaded schema. */
    public static final class Compiled {
        private final Schema schema;

        private Compiled(Schema schema) {
            this.schema = schema;
        }

        /** Every violation of {@code instance} (org.json value of a parsed document), sorted by pointer. */
        public List<Problem> validate(Object instance) {
            try {
                schema.validate(instance);
                return List.of();
            } catch (ValidationException e) {
                List<Problem> out = new ArrayList<>();
                collectLeaves(e, out);
                out.sort(Comparator.comparing(Problem::pointer).thenComparing(p -> String.valueOf(p.keyword())));
                return out;
            }
        }
    }

    /** Loads a draft-07 schema from a classpath resource. */
    public static Compiled load(String resource) {
        try (InputStream in = JsonSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema not on the classpath: " + resource);
            }
            JSONObject raw = new JSONObject(new JSONTokener(in));
            return new Compiled(SchemaLoader.builder().schemaJson(raw).draftV7Support().build().load().build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String allowed(Schema violated, String keyword) {
        if (violated instanceof EnumSchema en) {
            List<String> values = new ArrayList<>();
            en.getPossibleValuesAsList().forEach(v -> values.add(v == JSONObject.NULL ? "null" : String.valueOf(v)));
            return String.join(", ", values);
        }
        if (violated instanceof NumberSchema n) {
            Number bound = "maximum".equals(keyword) ? n.getMaximum() : n.getMinimum();
            return bound == null ? null : String.valueOf(bound);
        }
        return null;
    }

    // The top-level message of a combined failure is misleading (libraries.md §5): report the leaves.
    private static void collectLeaves(ValidationException e, List<Problem> out) {
        if (e.getCausingExceptions().isEmpty()) {
            String pointer = e.getPointerToViolation();
            if (pointer == null || pointer.equals("#")) {
                pointer = "";
            } else if (pointer.startsWith("#")) {
                pointer = pointer.substring(1);
            }
            out.add(new Problem(pointer, e.getKeyword(), e.getErrorMessage(), allowed(e.getViolatedSchema(), e.getKeyword())));
            return;
        }
        for (ValidationException cause : e.getCausingExceptions()) {
            collectLeaves(cause, out);
        }
    }
}
