package org.nianbao.parse.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the report among what is left of a page after {@link PageChrome}, in three steps.
 * <ol>
 *   <li>Anchors: the report's first section heading (a short block reading {@code 一、总体情况}) and, after it, the
 *   report's statistics tables (data tables of at least 3 rows and 3 columns). Without that heading, every such
 *   table is an anchor.</li>
 *   <li>Title: the last short block before the first anchor that names a 年度报告 and is not a link (so breadcrumbs
 *   and related-link lists do not count).</li>
 *   <li>The content is the smallest element holding the title and all anchors (widened to a container when that is
 *   a single block), read from the title on. Without anchors, the whole page body is read.</li>
 * </ol>
 *
 * @param root       the element to read
 * @param start      the first element to read inside root (the title), or null to read root from its beginning
 * @param dataTables the page's tables judged so far, for the walk to ask again
 */
record ContentLocator(Element root, Element start, DataTables dataTables) {
    private static final Pattern FIRST_SECTION = Pattern.compile("^(?:一|1)[、.．]?总体情况.{0,10}$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");
    private static final int MAX_TITLE = 100;
    private static final int MIN_REPORT_TABLE_SIDE = 3;

    static ContentLocator locate(Element body) {
        DataTables dataTables = new DataTables();
        List<Element> all = body.getAllElements();
        Element firstSection = null;
        for (Element e : all) {
            if (isLeafBlock(e) && FIRST_SECTION.matcher(compact(e.text())).matches()) {
                firstSection = e;
                break;
            }
        }
        List<Element> anchors = new ArrayList<>();
        if (firstSection != null) {
            anchors.add(firstSection);
        }
        boolean afterSection = firstSection == null;
        for (Element e : all) {
            afterSection |= e == firstSection;
            if (afterSection && e.normalName().equals("table") && isReportTable(e, dataTables)) {
                anchors.add(e);
            }
        }
        if (anchors.isEmpty()) {
            return new ContentLocator(body, null, dataTables);
        }
        Element title = title(all, anchors.get(0));
        List<Element> held = new ArrayList<>(anchors);
        if (title != null) {
            held.add(title);
        }
        Element root = commonAncestor(held);
        while (root != body && !hasBlockDescendant(root) && root.parent() != null) {
            root = root.parent();
        }
        return new ContentLocator(root, title, dataTables);
    }

    private static boolean isReportTable(Element table, DataTables dataTables) {
        return dataTables.isDataTable(table) && HtmlElements.rows(table).size() >= MIN_REPORT_TABLE_SIDE
            && HtmlTableReader.widestRow(table) >= MIN_REPORT_TABLE_SIDE;
    }

    private static Element title(List<Element> all, Element firstAnchor) {
        Element title = null;
        for (Element e : all) {
            if (e == firstAnchor) {
                break;
            }
            if (isLeafBlock(e) && e.closest("a") == null && e.select("a").isEmpty()) {
                String text = compact(e.text());
                // a sentence (本年度报告中所列数据的统计期限……。) is the preamble, not the title
                if (text.contains("年度报告") && text.length() <= MAX_TITLE && !text.contains("。")) {
                    title = e;
                }
            }
        }
        return title;
    }

    private static Element commonAncestor(List<Element> elements) {
        List<Element> common = lineage(elements.get(0));
        for (Element e : elements.subList(1, elements.size())) {
            List<Element> other = lineage(e);
            int n = 0;
            while (n < common.size() && n < other.size() && common.get(n) == other.get(n)) {
                n++;
            }
            common = common.subList(0, n);
        }
        return common.get(common.size() - 1);
    }

    /** The element and its ancestors, outermost first. */
    private static List<Element> lineage(Element e) {
        List<Element> chain = new ArrayList<>(e.parents());
        Collections.reverse(chain);
        chain.add(e);
        return chain;
    }

    /** A block element with no block elements inside: one line or paragraph of the page. */
    static boolean isLeafBlock(Element e) {
        return HtmlElements.isBlock(e) && !e.normalName().equals("table") && !hasBlockDescendant(e);
    }

    private static boolean hasBlockDescendant(Element e) {
        for (Element child : e.children()) {
            if (HtmlElements.isBlock(child) || hasBlockDescendant(child)) {
                return true;
            }
        }
        return false;
    }

    private static String compact(String s) {
        return SPACES.matcher(s).replaceAll("");
    }
}
