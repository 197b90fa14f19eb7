package org.nianbao.parse.odt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The styles of a document, as far as the reader uses them: per paragraph and text style its parent, name, outline
 * level, weight and size; the list styles and the outline style. Properties are inherited along the parent chain
 * (at most {@value #MAX_CHAIN} steps, so a cycle ends), then from the family's default style.
 */
final class StyleSheet {
    private static final int MAX_CHAIN = 10;
    private static final Pattern ESCAPE = Pattern.compile("_([0-9a-fA-F]{1,4})_");
    private static final Pattern HEADING_NAME = Pattern.compile("(?i)^\\s*(?:heading|标题)\\s*([1-9]|10)\\s*$");

    /**
     * One {@code style:style} or {@code style:default-style}; null fields are not set by it.
     *
     * @param outlineLevel {@code style:default-outline-level}, 0 when not set
     * @param listStyle    {@code style:list-style-name}, null when not set; set, even empty, the style takes its
     *                     paragraphs out of the outline numbering
     * @param weight       {@code fo:font-weight}; {@code weightAsian} is {@code style:font-weight-asian}
     * @param size         {@code fo:font-size}; {@code sizeAsian} is {@code style:font-size-asian}
     */
    record Style(String name, String displayName, String parent, int outlineLevel, String listStyle, String weight,
            String weightAsian, String size, String sizeAsian) {
    }

    private final Map<String, Style> paragraphStyles = new HashMap<>();
    private final Map<String, Style> textStyles = new HashMap<>();
    private final Map<String, ListStyle> lists = new HashMap<>();
    private Style defaultParagraph;
    private Style defaultText;
    private ListStyle outline;

    void add(String family, Style style) {
        if ("paragraph".equals(family)) {
            paragraphStyles.put(style.name(), style);
        } else if ("text".equals(family)) {
            textStyles.put(style.name(), style);
        }
    }

    void addDefault(String family, Style style) {
        if ("paragraph".equals(family)) {
            defaultParagraph = style;
        } else if ("text".equals(family)) {
            defaultText = style;
        }
    }

    void addList(String name, ListStyle style) {
        lists.put(name, style);
    }

    void outline(ListStyle style) {
        outline = style;
    }

    ListStyle list(String name) {
        return lists.get(name);
    }

    ListStyle outline() {
        return outline;
    }

    /** A paragraph style's outline level (LibreOffice numbers such paragraphs as headings), 0 for none. */
    int outlineLevel(String paragraphStyle) {
        for (Style s : chain(paragraphStyles, paragraphStyle, null)) {
            if (s.outlineLevel() > 0) {
                return s.outlineLevel();
            }
        }
        return 0;
    }

    /**
     * Whether paragraphs of this style are numbered by the outline style: not when the style, or the nearest
     * style above it that says, names a list style, even an empty one, as LibreOffice writes for Word's headings
     * that are not numbered.
     */
    boolean outlineNumbered(String paragraphStyle) {
        for (Style s : chain(paragraphStyles, paragraphStyle, null)) {
            if (s.listStyle() != null) {
                return false;
            }
        }
        return true;
    }

    /** A heading level from the style's outline level or its name ({@code Heading 2}, {@code 标题 1}); else 0. */
    int headingLevel(String paragraphStyle) {
        for (Style s : chain(paragraphStyles, paragraphStyle, null)) {
            if (s.outlineLevel() > 0) {
                return s.outlineLevel();
            }
            Matcher m = HEADING_NAME.matcher(s.displayName() != null ? s.displayName() : decode(s.name()));
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return 0;
    }

    /**
     * The properties text takes from its spans (innermost first) and its paragraph's style: the innermost style
     * that sets a property wins; an Asian-script property wins for CJK text when any style in the chain sets one.
     */
    Run run(List<String> spans, String paragraphStyle) {
        List<Style> chain = new ArrayList<>();
        for (int i = spans.size() - 1; i >= 0; i--) {
            chain.addAll(chain(textStyles, spans.get(i), null));
        }
        chain.addAll(chain(paragraphStyles, paragraphStyle, defaultParagraph));
        if (defaultText != null) {
            chain.add(defaultText);
        }
        return new Run(bold(chain, false), bold(chain, true), size(chain, false), size(chain, true));
    }

    /** How a stretch of text is printed: bold and size in points (0 when unknown), for Western and CJK text. */
    record Run(boolean bold, boolean boldAsian, float size, float sizeAsian) {
        static final Run PLAIN = new Run(false, false, 0f, 0f);
    }

    private static boolean bold(List<Style> chain, boolean asian) {
        String weight = null;
        if (asian) {
            weight = first(chain, Style::weightAsian);
        }
        if (weight == null) {
            weight = first(chain, Style::weight);
        }
        if (weight == null) {
            return false;
        }
        String w = weight.strip();
        if (w.equals("bold")) {
            return true;
        }
        try {
            return Integer.parseInt(w) >= 600;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String first(List<Style> chain, Function<Style, String> get) {
        for (Style s : chain) {
            String v = get.apply(s);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The first absolute size along the chain, scaled by the percentages met before it; 0 when none. */
    private static float size(List<Style> chain, boolean asian) {
        boolean anyAsian = asian && chain.stream().anyMatch(s -> s.sizeAsian() != null);
        double factor = 1;
        for (Style s : chain) {
            String v = anyAsian ? s.sizeAsian() : s.size();
            if (v == null) {
                continue;
            }
            v = v.strip();
            if (v.endsWith("%")) {
                Double pct = number(v.substring(0, v.length() - 1));
                if (pct == null) {
                    return 0f;
                }
                factor *= pct / 100;
                continue;
            }
            Double points = points(v);
            return points == null ? 0f : (float) (points * factor);
        }
        return 0f;
    }

    private static Double points(String length) {
        String[][] units = {{"pt", "1"}, {"cm", "28.3464567"}, {"mm", "2.83464567"}, {"in", "72"}, {"pc", "12"},
            {"px", "0.75"}};
        for (String[] u : units) {
            if (length.endsWith(u[0])) {
                Double n = number(length.substring(0, length.length() - u[0].length()));
                return n == null ? null : n * Double.parseDouble(u[1]);
            }
        }
        return null;
    }

    private static Double number(String s) {
        try {
            double d = Double.parseDouble(s.strip());
            return Double.isFinite(d) && d >= 0 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<Style> chain(Map<String, Style> family, String name, Style fallback) {
        List<Style> out = new ArrayList<>();
        Style s = name == null ? null : family.get(name);
        for (int i = 0; s != null && i < MAX_CHAIN; i++) {
            out.add(s);
            s = s.parent() == null ? null : family.get(s.parent());
        }
        if (fallback != null) {
            out.add(fallback);
        }
        return out;
    }

    /** Style names escape characters as {@code _xx_} in hex: {@code Heading_20_1} is "Heading 1". */
    static String decode(String name) {
        Matcher m = ESCAPE.matcher(name);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(sb).toString();
    }
}
