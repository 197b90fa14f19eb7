package org.nianbao.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import org.nianbao.model.Text;

/**
 * One rule as written in a file under {@code rules/}: everything an auditor reads about it.
 *
 * @param id       stable id, e.g. {@code T3.BALANCE}; never reused or renamed
 * @param kind     the rule kind (a Java class) that evaluates it
 * @param title    one line saying what must hold
 * @param message  the message template, with named placeholders such as {@code {expected}}
 * @param variants alternative message templates, chosen by the check (e.g. per JSON Schema keyword)
 * @param fix      how to fix a violation
 * @param source   the article of the law or the part of the format the rule comes from
 * @param doc      documentation: why the rule exists and what commonly goes wrong
 * @param profiles the profiles (format versions) the rule belongs to
 * @param params   the kind's parameters, checked by the kind when the rule is loaded
 * @param file     the file the rule was read from
 */
public record RuleDefinition(String id, String kind, Severity severity, Text title, Text message,
        Map<String, Text> variants, Text fix, String source, Text doc, Set<String> profiles, JsonNode params,
        String file) {

    public RuleDefinition {
        variants = Map.copyOf(variants);
        profiles = Set.copyOf(profiles);
    }

    /** The template for a variant, or the main message when the variant is null or not defined. */
    public Text template(String variant) {
        return variant == null ? message : variants.getOrDefault(variant, message);
    }
}
