package org.nianbao.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.json.JSONObject;
import org.nianbao.model.Text;
import org.nianbao.rules.kind.RuleKinds;
import org.nianbao.support.JsonSchemas;

/**
 * Loads rule files: parses YAML or JSON, validates each file against {@code rule-file.schema.json}, checks ids are
 * unique and message placeholders known, and compiles each rule with its kind. The first problem stops loading with
 * a {@link RuleFileException} naming the file, the rule and the problem.
 */
public final class RuleLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemas.Compiled SCHEMA = JsonSchemas.load("/rules/rule-file.schema.json");

    private final Map<String, RuleKind> kinds;

    public RuleLoader() {
        this(RuleKinds.all());
    }

    public RuleLoader(Map<String, RuleKind> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    /** The built-in rules. */
    public static RuleSet builtIn() throws RuleFileException {
        return new RuleLoader().load(RuleSource.builtIn());
    }

    public RuleSet load(List<RuleSource> sources) throws RuleFileException {
        List<CompiledRule> rules = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (RuleSource source : sources) {
            for (RuleDefinition def : read(source)) {
                String earlier = seen.putIfAbsent(def.id(), source.name());
                if (earlier != null) {
                    throw new RuleFileException(source.name(), def.id(), "the id is already defined in " + earlier);
                }
                rules.add(compile(def));
            }
        }
        return new RuleSet(rules);
    }

    private List<RuleDefinition> read(RuleSource source) throws RuleFileException {
        JsonNode root = parse(source);
        List<JsonSchemas.Problem> problems = SCHEMA.validate(new JSONObject(root.toString()));
        if (!problems.isEmpty()) {
            JsonSchemas.Problem p = problems.get(0);
            throw new RuleFileException(source.name(), ruleIdAt(root, p.pointer()),
                    "at " + (p.pointer().isEmpty() ? "the top" : p.pointer()) + ": " + p.message()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
        }
        Set<String> fileProfiles = strings(root.path("profiles"));
        List<RuleDefinition> out = new ArrayList<>();
        for (JsonNode r : root.path("rules")) {
            Set<String> profiles = r.has("profiles") ? strings(r.get("profiles")) : fileProfiles;
            Map<String, Text> variants = new LinkedHashMap<>();
            r.path("variants").fields().forEachRemaining(e -> variants.put(e.getKey(), text(e.getValue())));
            JsonNode params = r.has("params") ? r.get("params") : JSON.createObjectNode();
            out.add(new RuleDefinition(r.get("id").asText(), r.get("kind").asText(),
                    Severity.of(r.get("severity").asText()), text(r.get("title")), text(r.get("message")), variants,
                    text(r.get("fix")), r.get("source").asText(), text(r.get("doc")), profiles, params,
                    source.name()));
        }
        return out;
    }

    private CompiledRule compile(RuleDefinition def) throws RuleFileException {
        RuleKind kind = kinds.get(def.kind());
        if (kind == null) {
            throw new RuleFileException(def.file(), def.id(), "unknown kind '" + def.kind() + "'; known kinds: "
                    + String.join(", ", new java.util.TreeSet<>(kinds.keySet())));
        }
        try {
            Check check = kind.compile(def);
            checkPlaceholders(def, check);
            return new CompiledRule(def, check);
        } catch (InvalidRuleException e) {
            throw new RuleFileException(def.file(), def.id(), e.getMessage());
        }
    }

    // A misspelt placeholder would print as "{expcted}" in every message: refuse it when loading.
    private static void checkPlaceholders(RuleDefinition def, Check check) throws InvalidRuleException {
        if (!(check instanceof DeclaresArguments declared)) {
            return;
        }
        Set<String> used = new LinkedHashSet<>();
        List<Text> templates = new ArrayList<>(def.variants().values());
        templates.add(def.message());
        templates.add(def.fix());
        for (Text t : templates) {
            used.addAll(MessageFormatter.placeholders(t.zh()));
            if (t.en() != null) {
                used.addAll(MessageFormatter.placeholders(t.en()));
            }
        }
        used.removeAll(declared.arguments());
        if (!used.isEmpty()) {
            throw new InvalidRuleException("the message uses " + braces(used) + ", which this kind does not provide;"
                    + " it provides " + braces(declared.arguments()));
        }
    }

    private static String braces(Set<String> names) {
        return String.join(", ", names.stream().sorted().map(n -> "{" + n + "}").toList());
    }

    private static JsonNode parse(RuleSource source) throws RuleFileException {
        boolean json = source.name().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        try {
            JsonNode root = (json ? JSON : YAML).readTree(source.text());
            if (root == null || !root.isObject()) {
                throw new RuleFileException(source.name(), null, "a rule file must be a mapping with a 'rules' list");
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new RuleFileException(source.name(), null, "not valid " + (json ? "JSON" : "YAML") + where + ": "
                    + e.getOriginalMessage());
        }
    }

    private static String ruleIdAt(JsonNode root, String pointer) {
        if (!pointer.startsWith("/rules/")) {
            return null;
        }
        String index = pointer.substring(7).split("/")[0];
        JsonNode id = root.path("rules").path(Integer.parseInt(index)).path("id");
        return id.isTextual() ? id.asText() : "rules[" + index + "]";
    }

    private static Set<String> strings(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Text text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return Text.of(node.asText(), null);
        }
        return Text.of(node.path("zh").asText(), node.path("en").isMissingNode() ? null : node.path("en").asText());
    }

}
