package org.nianbao.parse.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.nianbao.support.JsonSchemas;

/**
 * The org.json tree built from Jackson's (everit validates it) is the tree org.json builds from the text, and
 * everit finds the same problems in it, on every sample report and on variants whose numbers are written every way
 * JSON allows (trailing zeros, exponents, negative zero, beyond a long), with values of the wrong type or null.
 */
class OrgJsonTreeTest {
    private static final JsonSchemas.Compiled SCHEMA =
            JsonSchemas.load("/org/nianbao/parse/json/report.schema.json");
    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,]\\s{0,8})-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");
    private static final String[] NUMBERS = {"1.50", "100.0", "1E5", "1e-3", "-0", "-0.0", "0.0", "2147483648",
        "99999999999999999999999", "-7", "3.0e2", "12345678901234567890.000", "null", "\"5\"", "true", "[1.0]",
        "{\"x\":1.10}"};

    @Test
    void theTreeIsOrgJsonsOwnAndEveritFindsTheSameProblems() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples/rules"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        String seed = Files.readString(Path.of("samples/seed.json"));
        texts.add(seed);
        Random random = new Random(16);
        for (int i = 0; i < 60; i++) {
            Matcher m = NUMBER.matcher(seed);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(random.nextInt(4) == 0
                        ? NUMBERS[random.nextInt(NUMBERS.length)] : m.group()));
            }
            m.appendTail(out);
            texts.add(out.toString());
        }
        texts.add("[1.50, -0, {\"a\": [null, 1E5]}]");
        JsonMapper mapper = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
        int problems = 0;
        for (String text : texts) {
            OrgJsonTree.Numbers numbers = new OrgJsonTree.Numbers(mapper.getFactory().createParser(text));
            JsonNode root = mapper.readTree(numbers);
            Object built = OrgJsonTree.of(root, numbers);
            Object parsed = text.strip().startsWith("[") ? new JSONArray(text) : new JSONObject(text);
            assertThat(built.toString()).isEqualTo(parsed.toString());
            assertThat(built.getClass()).isEqualTo(parsed.getClass());
            List<JsonSchemas.Problem> expected = SCHEMA.validate(parsed);
            assertThat(SCHEMA.validate(built)).isEqualTo(expected);
            problems += expected.size();
        }
        assertThat(problems).as("the variants break the schema in many places").isGreaterThan(50);
    }
}
