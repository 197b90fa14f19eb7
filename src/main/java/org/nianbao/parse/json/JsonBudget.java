package org.nianbao.parse.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import org.nianbao.parse.Limit;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * A streaming pass over the raw bytes before anything is built from them: the text in all strings against
 * {@link ReadLimits#maxTextChars()} (one string over it stops the pass at once, without holding it) and the values
 * (a table's cells are values here, and a report holds few others) against {@link ReadLimits#maxTableCells()}.
 * Bad syntax is left for the real parse, which reports it with line and column.
 */
final class JsonBudget {
    /** The factory of the last limits checked against (building one per report was a tenth of reading it). */
    private static volatile Factory last;

    private record Factory(int maxDepth, int maxTextChars, JsonFactory factory) {
    }

    private JsonBudget() {
    }

    static void check(byte[] content, int offset, ReadLimits limits, int maxDepth) throws ReadFailure {
        JsonFactory factory = factory(maxDepth, limits.maxTextChars());
        long chars = 0;
        long cells = 0;
        try (JsonParser p = factory.createParser(content, offset, content.length - offset)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                    chars += p.getTextLength();
                    if (chars > limits.maxTextChars()) {
                        throw Limit.TEXT.exceeded(limits.maxTextChars());
                    }
                }
                if (t.isScalarValue() && ++cells > limits.maxTableCells()) {
                    throw Limit.CELLS.exceeded(limits.maxTableCells(), "values");
                }
            }
        } catch (StreamConstraintsException e) {
            if (e.getMessage() != null && e.getMessage().contains("String value length")) {
                throw Limit.TEXT.exceeded(limits.maxTextChars(), "one string");
            }
            // too deep: the real parse refuses it with its position
        } catch (IOException e) {
            // not JSON, or not UTF-8: the real parse and decode say where
        }
    }

    /** A parser factory (thread-safe) that refuses nesting deeper than maxDepth and any string over the text limit. */
    private static JsonFactory factory(int maxDepth, int maxTextChars) {
        Factory f = last;
        if (f == null || f.maxDepth() != maxDepth || f.maxTextChars() != maxTextChars) {
            f = new Factory(maxDepth, maxTextChars, JsonFactory.builder().streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(maxDepth).maxStringLength(maxTextChars + 1).build())
                    .build());
            last = f;
        }
        return f.factory();
    }
}
