package org.nianbao.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where in a JSON submission the values at some JSON pointers are written: line, column and character offset, so a
 * SARIF fix can replace exactly that text. Only JSON has such regions; a Word or PDF cell has none.
 */
final class JsonValueRegions {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** A value's text: 1-based line and column of its first character, its 0-based offset and length in chars. */
    record Region(int line, int column, long charOffset, int charLength) {
    }

    private JsonValueRegions() {
    }

    /** The region of each wanted pointer that holds a scalar value; pointers not found are absent. */
    static Map<String, Region> find(Path file, Collection<String> pointers) throws IOException {
        Set<String> wanted = Set.copyOf(pointers);
        Map<String, Region> found = new HashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser p = FACTORY.createParser(in)) {
            Deque<Object> path = new ArrayDeque<>(); // field names and array indexes, innermost first
            JsonToken t;
            while ((t = p.nextToken()) != null && found.size() < wanted.size()) {
                switch (t) {
                    case FIELD_NAME -> {
                        path.pop();
                        path.push(p.currentName());
                    }
                    case START_OBJECT, START_ARRAY -> {
                        advanceIndex(path);
                        path.push(t == JsonToken.START_ARRAY ? -1 : "");
                    }
                    case END_OBJECT, END_ARRAY -> path.pop();
                    default -> {
                        advanceIndex(path);
                        String pointer = pointer(path);
                        if (wanted.contains(pointer)) {
                            found.put(pointer, region(p, t));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Inside an array, each value moves the index on. */
    private static void advanceIndex(Deque<Object> path) {
        if (!path.isEmpty() && path.peek() instanceof Integer i) {
            path.pop();
            path.push(i + 1);
        }
    }

    private static Region region(JsonParser p, JsonToken t) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        int length;
        if (t == JsonToken.VALUE_STRING) {
            // the parser has just consumed the closing quote; escapes make the raw text longer than the value
            length = (int) (p.currentLocation().getCharOffset() - start.getCharOffset());
        } else {
            length = p.getText().length(); // numbers, true, false, null: their text as written
        }
        return new Region(start.getLineNr(), start.getColumnNr(), start.getCharOffset(), length);
    }

    private static String pointer(Deque<Object> path) {
        StringBuilder sb = new StringBuilder();
        var it = path.descendingIterator();
        while (it.hasNext()) {
            String step = String.valueOf(it.next());
            sb.append('/').append(step.replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }
}
