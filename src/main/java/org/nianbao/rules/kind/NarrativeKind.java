package org.nianbao.rules.kind;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.nianbao.model.CellRef;
import org.nianbao.model.Level;
import org.nianbao.model.SectionId;
import org.nianbao.model.Text;
import org.nianbao.rules.Check;
import org.nianbao.rules.InvalidRuleException;
import org.nianbao.rules.Params;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.rules.RuleKind;
import org.nianbao.support.ChineseNumerals;

/**
 * Kind {@code narrative}: the narrative against the tables. Two tests, all patterns being data:
 * <ul>
 * <li>{@code numbers}: each of {@code params.matchers} ({@code id}, {@code label}, a regular expression
 * (or a list of them) {@code pattern} where {@code {n}} stands for the number and {@code {approx}} for an optional 余/多, the
 * {@code cells} whose sum the number states, and {@code alsoExplainedBy}: other sums of cells, each with
 * {@code label} and {@code cells}, that explain it) is
 * looked for in the whitespace-free text of {@code params.sections} (default all); see {@link NarrativeNumbersCheck}.
 * {@code params.scopeWords.government} / {@code .department}: words that make a sentence speak of another scope than
 * a report of that level (本机关 in a government's report; 全市 in a department's).</li>
 * <li>{@code claims}: each of {@code params.claims} ({@code label}, {@code phrases}, {@code whenPositive}: cells)
 * is a claim contradicted when one of the cells is above 0; see {@link NarrativeClaimsCheck}.</li>
 * </ul>
 */
public final class NarrativeKind implements RuleKind {

    /** A number pattern compiled from a matcher entry. */
    record Matcher(String id, Text label, List<NumberPattern> patterns, List<CellRef> cells,
            List<Alternative> alsoExplainedBy) {
    }

    /** One of a matcher's expressions, with where its matches can start and whether it has {@code {approx}}. */
    record NumberPattern(StartChars search, boolean approx) {
    }

    /** Another sum of cells that explains a stated number (e.g. new plus carried-over applications). */
    record Alternative(Text label, List<CellRef> cells) {
    }

    /** A claim compiled from a claims entry. */
    record Claim(Text label, List<String> phrases, List<CellRef> whenPositive) {
    }

    @Override
    public String name() {
        return "narrative";
    }

    @Override
    public Check compile(RuleDefinition rule) throws InvalidRuleException {
        Params p = new Params(rule);
        String test = p.choice("test", "numbers", "claims");
        List<SectionId> sections = new ArrayList<>();
        for (String id : p.strings("sections")) {
            sections.add(SectionId.byId(id).orElseThrow(() -> new InvalidRuleException("unknown section '" + id + "'")));
        }
        if (test.equals("claims")) {
            List<Claim> claims = new ArrayList<>();
            for (JsonNode c : array(p.node(), "claims")) {
                claims.add(new Claim(text(c, "label"), strings(c, "phrases"), cells(c.path("whenPositive"))));
            }
            return new NarrativeClaimsCheck(sections, claims);
        }
        List<Matcher> matchers = new ArrayList<>();
        for (JsonNode m : array(p.node(), "matchers")) {
            List<String> texts = m.path("pattern").isArray() ? strings(m, "pattern")
                    : List.of(m.path("pattern").asText(""));
            List<Alternative> also = new ArrayList<>();
            for (JsonNode alt : m.path("alsoExplainedBy")) {
                also.add(new Alternative(text(alt, "label"), cells(alt.path("cells"))));
            }
            List<NumberPattern> patterns = new ArrayList<>();
            for (String pattern : texts) {
                Pattern regex = compile(m.path("id").asText(), pattern);
                patterns.add(new NumberPattern(StartChars.of(regex), regex.pattern().contains("(?<approx>")));
            }
            matchers.add(new Matcher(m.path("id").asText(), text(m, "label"), patterns, cells(m.path("cells")), also));
        }
        JsonNode scope = p.node().path("scopeWords");
        return new NarrativeNumbersCheck(sections, matchers, strings(scope, Level.GOVERNMENT.id()),
                strings(scope, Level.DEPARTMENT.id()));
    }

    /** {@code {n}} becomes the number, {@code {approx}} an optional 余/多. */
    private static Pattern compile(String id, String pattern) throws InvalidRuleException {
        if (!pattern.contains("{n}")) {
            throw new InvalidRuleException("matcher '" + id + "': the pattern needs {n}");
        }
        String regex = pattern.replace("{n}", "(?<n>" + ChineseNumerals.PATTERN + ")")
                .replace("{approx}", "(?<approx>余|多)?");
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new InvalidRuleException("matcher '" + id + "': bad pattern: " + e.getDescription());
        }
    }

    private static List<JsonNode> array(JsonNode node, String name) throws InvalidRuleException {
        JsonNode v = node.get(name);
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw new InvalidRuleException("params." + name + " must be a non-empty list");
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    private static Text text(JsonNode node, String name) throws InvalidRuleException {
        JsonNode v = node.path(name);
        if (!v.path("zh").isTextual()) {
            throw new InvalidRuleException(name + " needs zh (and en) text");
        }
        return Text.of(v.path("zh").asText(), v.path("en").asText(""));
    }

    private static List<String> strings(JsonNode node, String name) {
        List<String> out = new ArrayList<>();
        node.path(name).forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<CellRef> cells(JsonNode list) throws InvalidRuleException {
        List<CellRef> out = new ArrayList<>();
        for (JsonNode n : list) {
            try {
                out.add(CellRef.parse(n.asText()));
            } catch (IllegalArgumentException e) {
                throw new InvalidRuleException(e.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw new InvalidRuleException("a matcher or claim needs at least one cell");
        }
        return out;
    }
}
