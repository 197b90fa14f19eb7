package org.nianbao.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Typed access to a rule's {@code params}, with problems reported as {@link InvalidRuleException}. */
public final class Params {
    private final JsonNode node;

    public Params(RuleDefinition rule) {
        this.node = rule.params();
    }

    public JsonNode node() {
        return node;
    }

    public boolean has(String name) {
        return node.has(name);
    }

    public String string(String name) throws InvalidRuleException {
        JsonNode v = node.get(name);
        if (v == null || !v.isTextual()) {
            throw new InvalidRuleException("params." + name + " is required and must be text");
        }
        return v.asText();
    }

    public String string(String name, String fallback) {
        JsonNode v = node.get(name);
        return v == null || !v.isTextual() ? fallback : v.asText();
    }

    /** A text parameter that must be one of the given choices. */
    public String choice(String name, String... choices) throws InvalidRuleException {
        String v = string(name);
        if (!Arrays.asList(choices).contains(v)) {
            throw new InvalidRuleException("params." + name + " is '" + v + "'; expected one of "
                    + String.join(", ", choices));
        }
        return v;
    }

    public List<String> strings(String name) throws InvalidRuleException {
        JsonNode v = node.get(name);
        if (v == null) {
            return List.of();
        }
        if (v.isTextual()) {
            return List.of(v.asText());
        }
        if (!v.isArray()) {
            throw new InvalidRuleException("params." + name + " must be a list of text");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : v) {
            out.add(n.asText());
        }
        return out;
    }

    public int integer(String name, int fallback) throws InvalidRuleException {
        JsonNode v = node.get(name);
        if (v == null) {
            return fallback;
        }
        if (!v.canConvertToInt()) {
            throw new InvalidRuleException("params." + name + " must be a whole number");
        }
        return v.asInt();
    }
}
