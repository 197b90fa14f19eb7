package org.nianbao.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations that keep the container well-formed, so the input gets past the format library into nianbao's own code:
 * JSON edited as a tree (values of the wrong type or size, fields dropped, elements repeated), a .docx body and an
 * .odt's content edited as elements (a cell, row, list item or paragraph dropped or repeated, a span, merge, repeat
 * or numbering attribute set to an extreme).
 */
final class StructuralMutator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] JSON_VALUES = {"null", "-1", "0", "1e308", "-1e308", "99999999999999999999",
        "1.5", "\"\"", "\"文本\"", "\"—\"", "\"2023-13-45\"", "[]", "{}", "true", "[1,2,3]", "{\"id\":null}",
        "\"overview\"", "2147483648"};
    private static final Pattern VAL = Pattern.compile("w:val=\"[^\"]*\"");
    private static final Pattern ELEMENT = Pattern.compile("<w:(tc|tr|p)[ >].*?</w:\\1>", Pattern.DOTALL);
    private static final Pattern CELL_PROPERTIES = Pattern.compile("<w:tcPr>|<w:tc>");
    private static final String[] VALUES = {"0", "-1", "99999", "2147483647", "restart", "continue", "", "x"};
    private static final String[] CELL_INSERTS = {"<w:gridSpan w:val=\"%s\"/>", "<w:vMerge w:val=\"%s\"/>",
        "<w:vMerge/>", "<w:hMerge w:val=\"%s\"/>", "<w:gridBefore w:val=\"%s\"/>"};

    private static final Pattern ODF_VALUE = Pattern.compile("(?:table:number-(?:columns|rows)-(?:spanned|repeated)"
            + "|text:(?:outline-level|start-value|c|level|display-levels)|style:num-format|text:continue-numbering)"
            + "=\"[^\"]*\"");
    private static final Pattern ODF_ELEMENT = Pattern.compile(
            "<(table:table-cell|table:table-row|text:p|text:h|text:list-item|text:list)[ >].*?</\\1>", Pattern.DOTALL);
    private static final Pattern ODF_CELL = Pattern.compile("<table:table-cell|<table:table-row|<text:list-item");
    private static final String[] ODF_INSERTS = {" table:number-columns-spanned=\"%s\"",
        " table:number-rows-spanned=\"%s\"", " table:number-columns-repeated=\"%s\"",
        " table:number-rows-repeated=\"%s\"", " text:start-value=\"%s\""};

    private final Random random;

    StructuralMutator(Random random) {
        this.random = random;
    }

    byte[] json(byte[] in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            return in;
        }
        if (!(root instanceof ContainerNode<?>)) {
            return in;
        }
        List<ContainerNode<?>> containers = new ArrayList<>();
        collect(root, containers);
        ContainerNode<?> c = containers.get(random.nextInt(containers.size()));
        try {
            JsonNode value = JSON.readTree(JSON_VALUES[random.nextInt(JSON_VALUES.length)]);
            if (c instanceof ObjectNode o && o.size() > 0) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                String name = names.get(random.nextInt(names.size()));
                switch (random.nextInt(3)) {
                    case 0 -> o.remove(name);
                    case 1 -> o.set(name, value);
                    default -> o.set(name + (random.nextBoolean() ? "" : "X"), o.get(name).deepCopy());
                }
            } else if (c instanceof ArrayNode a && a.size() > 0) {
                int i = random.nextInt(a.size());
                switch (random.nextInt(3)) {
                    case 0 -> a.remove(i);
                    case 1 -> a.set(i, value);
                    default -> a.insert(i, a.get(i).deepCopy());
                }
            }
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            return in;
        }
    }

    private static void collect(JsonNode node, List<ContainerNode<?>> out) {
        if (node instanceof ContainerNode<?> c) {
            out.add(c);
            node.forEach(child -> collect(child, out));
        }
    }

    /** The .docx with its body (or, one time in four, its numbering or styles) edited as elements. */
    byte[] docx(byte[] in) {
        List<Mutator.Entry> entries = Mutator.entries(in);
        String part = random.nextInt(4) > 0 ? "word/document.xml"
                : random.nextBoolean() ? "word/numbering.xml" : "word/styles.xml";
        for (int k = 0; k < entries.size(); k++) {
            Mutator.Entry e = entries.get(k);
            if (e.name().equals(part)) {
                String xml = body(new String(e.data(), StandardCharsets.UTF_8));
                entries.set(k, new Mutator.Entry(e.name(), xml.getBytes(StandardCharsets.UTF_8)));
                return Mutator.zip(entries);
            }
        }
        return in;
    }

    /** The .odt with its content (or, one time in four, its styles) edited as elements and attributes. */
    byte[] odt(byte[] in) {
        List<Mutator.Entry> entries = Mutator.entries(in);
        String part = random.nextInt(4) > 0 ? "content.xml" : "styles.xml";
        for (int k = 0; k < entries.size(); k++) {
            Mutator.Entry e = entries.get(k);
            if (e.name().equals(part)) {
                String xml = odf(new String(e.data(), StandardCharsets.UTF_8));
                entries.set(k, new Mutator.Entry(e.name(), xml.getBytes(StandardCharsets.UTF_8)));
                return Mutator.zip(entries);
            }
        }
        return in;
    }

    private String odf(String xml) {
        switch (random.nextInt(3)) {
            case 0 -> {
                Matcher m = pick(ODF_VALUE, xml);
                if (m == null) {
                    return xml;
                }
                String name = m.group().substring(0, m.group().indexOf('='));
                return splice(xml, m, name + "=\"" + VALUES[random.nextInt(VALUES.length)] + "\"");
            }
            case 1 -> {
                Matcher m = pick(ODF_ELEMENT, xml);
                if (m == null) {
                    return xml;
                }
                return splice(xml, m, random.nextBoolean() ? "" : m.group().repeat(2 + random.nextInt(3)));
            }
            default -> {
                Matcher m = pick(ODF_CELL, xml);
                if (m == null) {
                    return xml;
                }
                return splice(xml, m, m.group() + String.format(ODF_INSERTS[random.nextInt(ODF_INSERTS.length)],
                        VALUES[random.nextInt(VALUES.length)]));
            }
        }
    }

    private String body(String xml) {
        switch (random.nextInt(3)) {
            case 0 -> {
                Matcher m = pick(VAL, xml);
                return m == null ? xml : splice(xml, m, "w:val=\"" + VALUES[random.nextInt(VALUES.length)] + "\"");
            }
            case 1 -> {
                Matcher m = pick(ELEMENT, xml);
                if (m == null) {
                    return xml;
                }
                return splice(xml, m, random.nextBoolean() ? "" : m.group().repeat(2 + random.nextInt(3)));
            }
            default -> {
                Matcher m = pick(CELL_PROPERTIES, xml);
                if (m == null) {
                    return xml;
                }
                String insert = String.format(CELL_INSERTS[random.nextInt(CELL_INSERTS.length)],
                        VALUES[random.nextInt(VALUES.length)]);
                return m.group().equals("<w:tc>") ? splice(xml, m, "<w:tc><w:tcPr>" + insert + "</w:tcPr>")
                        : splice(xml, m, m.group() + insert);
            }
        }
    }

    /** A random match of the pattern, or null. */
    private Matcher pick(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        if (count == 0) {
            return null;
        }
        int target = random.nextInt(count);
        m.reset();
        for (int i = 0; i <= target; i++) {
            m.find();
        }
        return m;
    }

    private static String splice(String text, Matcher m, String replacement) {
        return text.substring(0, m.start()) + replacement + text.substring(m.end());
    }
}
