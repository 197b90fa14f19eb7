package org.nianbao.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** What an HTML element is for text extraction: block or inline, bold, hidden; and a table's own rows and cells. */
final class HtmlElements {
    /** Elements that start a new line: paragraphs end at their edges. */
    static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
        "dt", "dd", "blockquote", "section", "article", "main", "center", "pre", "address", "table", "tr", "td",
        "th", "tbody", "thead", "tfoot", "caption", "figure", "figcaption", "hr", "form", "fieldset", "header",
        "footer", "nav", "aside", "details", "summary", "body");
    /** Deeper nesting than this is refused rather than read partly. */
    static final int MAX_DEPTH = 400;

    private HtmlElements() {
    }

    static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    /** 1–6 for h1–h6, else 0. */
    static int headingLevel(Element e) {
        String name = e.normalName();
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
            return name.charAt(1) - '0';
        }
        return 0;
    }

    /** Whether text inside this element is bold, given whether its parent's is. */
    static boolean bold(Element e, boolean parentBold) {
        String name = e.normalName();
        if (name.equals("b") || name.equals("strong")) {
            return true;
        }
        String weight = styleValue(e, "font-weight");
        if (weight == null) {
            return parentBold;
        }
        return weight.startsWith("bold") || weight.matches("[6-9]00");
    }

    /** Hidden by attribute or inline style: a browser does not show it. */
    static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String display = styleValue(e, "display");
        String visibility = styleValue(e, "visibility");
        return "none".equals(display) || "hidden".equals(visibility);
    }

    /** The rows of this table, not those of tables nested in its cells (jsoup adds tbody itself). */
    static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> {
                    for (Element tr : child.children()) {
                        if (tr.normalName().equals("tr")) {
                            rows.add(tr);
                        }
                    }
                }
                default -> {
                    // caption, colgroup: not rows
                }
            }
        }
        return rows;
    }

    /** The td/th cells of a row. */
    static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Element child : row.children()) {
            if (child.normalName().equals("td") || child.normalName().equals("th")) {
                cells.add(child);
            }
        }
        return cells;
    }

    private static String styleValue(Element e, String property) {
        String style = e.attr("style");
        if (style.isEmpty()) {
            return null;
        }
        String value = null;
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0 && declaration.substring(0, colon).strip().equalsIgnoreCase(property)) {
                value = declaration.substring(colon + 1).replace("!important", "").strip().toLowerCase(Locale.ROOT);
            }
        }
        return value;
    }
}
