package org.nianbao.parse.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * The org.json tree everit validates, built from the tree Jackson already parsed, so the text is parsed once. It is
 * the tree {@code new JSONObject(text)} would build, value for value: numbers come from their text as written
 * (Jackson's tree keeps decimals without their trailing zeros, org.json keeps them, and everit's messages show
 * them), which {@link Numbers} records while Jackson parses; objects keep their keys in document order.
 */
final class OrgJsonTree {
    private OrgJsonTree() {
    }

    /** Jackson's parser, recording the text of every number token in document order while the tree is read. */
    static final class Numbers extends JsonParserDelegate {
        private final List<String> texts = new ArrayList<>();

        Numbers(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = super.nextToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                texts.add(getText());
            }
            return t;
        }
    }

    /**
     * The org.json value of a root read through {@code numbers}: a JSONObject or JSONArray; a root that is neither is
     * passed on as Jackson writes it (as the reader always did).
     */
    static Object of(JsonNode root, Numbers numbers) {
        if (!root.isContainerNode()) {
            return root.toString();
        }
        return value(root, numbers.texts.iterator());
    }

    private static Object value(JsonNode node, Iterator<String> numbers) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                JSONObject object = new JSONObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    object.put(field.getKey(), value(field.getValue(), numbers));
                }
                return object;
            }
            case ARRAY -> {
                JSONArray array = new JSONArray();
                for (JsonNode element : node) {
                    array.put(value(element, numbers));
                }
                return array;
            }
            case NUMBER -> {
                return JSONObject.stringToValue(numbers.next());
            }
            case BOOLEAN -> {
                return node.booleanValue();
            }
            case NULL -> {
                return JSONObject.NULL;
            }
            default -> {
                return node.asText();
            }
        }
    }
}
