package org.nianbao.parse.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Location;
import org.nianbao.model.Report;
import org.nianbao.model.SourceProblem;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;
import org.nianbao.support.JsonSchemas;

/**
 * Reads a JSON submission (the model's own JSON shape, model.md). Text that is not JSON is
 * {@link InputProblem#UNREADABLE} with line and column; JSON that breaks the schema is still read, and every
 * schema violation becomes a {@link SourceProblem} located by its JSON pointer for the {@code JSON.SCHEMA} rule.
 */
public final class JsonReportReader {
    private static final JsonSchemas.Compiled SCHEMA = JsonSchemas.load("/org/nianbao/parse/json/report.schema.json");
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern TYPES = Pattern.compile("expected(?: type)?(?: is one of|:) (.+?), found: (\\w+)");
    private static final int MAX_DEPTH = 64;

    private final ObjectMapper mapper;

    public JsonReportReader() {
        JsonMapper m = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .build();
        // a report is shallow: refuse absurd nesting before anything recurses over it
        // strings were already held to the text limit by JsonBudget, which may be set above Jackson's default
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                .maxStringLength(Integer.MAX_VALUE).build());
        this.mapper = m;
    }

    public Report read(byte[] content, ReadLimits limits) throws ReadFailure {
        JsonBudget.check(content, bomLength(content), limits, MAX_DEPTH);
        String text = decode(content);
        JsonNode root;
        OrgJsonTree.Numbers numbers;
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            numbers = new OrgJsonTree.Numbers(parser);
            root = mapper.readTree(numbers);
        } catch (JsonProcessingException e) {
            Map<String, Object> details = new LinkedHashMap<>();
            if (e.getLocation() != null) {
                details.put("line", e.getLocation().getLineNr());
                details.put("column", e.getLocation().getColumnNr());
            }
            details.put("problem", e.getOriginalMessage());
            throw new ReadFailure(InputProblem.UNREADABLE, "not JSON: " + e.getOriginalMessage(), details, e);
        } catch (IOException e) {
            throw new ReadFailure(InputProblem.UNREADABLE, "not JSON: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ReadFailure(InputProblem.EMPTY, "no JSON value");
        }
        Report report = new ModelFromJson().build(root);
        List<JsonSchemas.Problem> problems = SCHEMA.validate(OrgJsonTree.of(root, numbers));
        // a ["string","null"] type fails once per alternative: merge them into one problem per place
        Map<String, List<String>> expectedTypes = new LinkedHashMap<>();
        Map<String, String> foundTypes = new LinkedHashMap<>();
        for (JsonSchemas.Problem p : problems) {
            Matcher t = "type".equals(p.keyword()) ? TYPES.matcher(p.message()) : null;
            if (t != null && t.find()) {
                expectedTypes.computeIfAbsent(p.pointer(), k -> new ArrayList<>())
                        .addAll(List.of(t.group(1).split(",\\s*")));
                foundTypes.put(p.pointer(), t.group(2));
            }
        }
        // a string failing ["string","null"] on its pattern also fails the null alternative: that is no type problem
        java.util.Set<String> otherwiseWrong = new java.util.HashSet<>();
        problems.stream().filter(p -> !"type".equals(p.keyword())).forEach(p -> otherwiseWrong.add(p.pointer()));
        for (JsonSchemas.Problem p : problems) {
            if (!"type".equals(p.keyword()) || !expectedTypes.containsKey(p.pointer())) {
                report.addSourceProblem(problem(p, root));
            } else if (foundTypes.containsKey(p.pointer()) && !otherwiseWrong.contains(p.pointer())) {
                Map<String, Object> args = new LinkedHashMap<>(problem(p, root).args());
                args.put("expected", JsonTypeNames.describe(expectedTypes.get(p.pointer())));
                args.put("found", JsonTypeNames.describe(List.of(foundTypes.remove(p.pointer()))));
                report.addSourceProblem(new SourceProblem("json-schema", "type", args, Location.pointer(p.pointer())));
            }
        }
        return report;
    }

    private static SourceProblem problem(JsonSchemas.Problem p, JsonNode root) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("pointer", p.pointer());
        args.put("detail", p.message());
        String field = "";
        Matcher bracket = BRACKETED.matcher(p.message() == null ? "" : p.message());
        if (("required".equals(p.keyword()) || "additionalProperties".equals(p.keyword())) && bracket.find()) {
            field = bracket.group(1);
        }
        args.put("field", field);
        // an unknown field is shown by itself (its pointer and value), never as the whole object it sits in
        String at = "additionalProperties".equals(p.keyword()) && !field.isEmpty()
                ? p.pointer() + "/" + field.replace("~", "~0").replace("/", "~1") : p.pointer();
        JsonNode found = root.at(JsonPointer.compile(at));
        args.put("found", found.isMissingNode() ? "" : found.isTextual() ? found.asText() : found.toString());
        args.put("expected", p.allowed() == null ? "" : p.allowed());
        return new SourceProblem("json-schema", p.keyword() == null ? "schema" : p.keyword(), args,
                Location.pointer(at));
    }

    private static int bomLength(byte[] content) {
        return content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF ? 3 : 0;
    }

    private static String decode(byte[] content) throws ReadFailure {
        int start = bomLength(content);
        String text = new String(content, start, content.length - start, StandardCharsets.UTF_8);
        // the decoding replaces whatever is not UTF-8 with U+FFFD: without one, there was nothing to refuse
        if (text.indexOf('\uFFFD') >= 0) {
            requireUtf8(content, start);
        }
        return text;
    }

    private static void requireUtf8(byte[] content, int start) throws ReadFailure {
        // validated in slices: decoding all at once would hold the text twice over as UTF-16
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer slice = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = utf8.decode(in, slice, true);
            if (r.isError()) {
                throw new ReadFailure(InputProblem.UNREADABLE, "JSON must be UTF-8", Map.of("problem", "not UTF-8"),
                        null);
            }
            slice.clear();
            if (r.isUnderflow()) {
                break;
            }
        }
    }
}
