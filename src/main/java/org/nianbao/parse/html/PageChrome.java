package org.nianbao.parse.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Removes what a web page wraps around its content and what a reader never sees: scripts, styles, embedded
 * objects, form controls, hidden elements, and the page's navigation, sidebars, header and footer. A header or
 * footer inside an {@code article} or {@code main} element belongs to that content and stays. {@code form} elements
 * stay because ASP.NET portals wrap the whole page in one.
 *
 * <p>One walk over the page finds them all: whether an element goes depends only on itself and its ancestors, which
 * removing other elements never changes, so this removes what one selector query after another removed.
 */
final class PageChrome {
    private static final Evaluator NEVER_SHOWN = QueryParser.parse("script, style, noscript, template, iframe, object,"
        + " embed, svg, canvas, link, meta, map, input, select, textarea, button");
    private static final Evaluator NAVIGATION = QueryParser.parse("nav, aside, [role=navigation], [role=search]");
    private static final Evaluator HEADER_OR_FOOTER = QueryParser.parse("header, footer");

    private PageChrome() {
    }

    static void remove(Element body) {
        List<Element> chrome = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (e == body) {
                    // the body itself can only be navigation (role=navigation); what it holds is still walked
                    if (NAVIGATION.matches(body, e)) {
                        chrome.add(e);
                    }
                    return FilterResult.CONTINUE;
                }
                if (isChrome(body, e)) {
                    chrome.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        chrome.forEach(Element::remove);
    }

    private static boolean isChrome(Element body, Element e) {
        return NEVER_SHOWN.matches(body, e) || HtmlElements.hidden(e) || NAVIGATION.matches(body, e)
            || HEADER_OR_FOOTER.matches(body, e) && e.closest("article, main") == null;
    }
}
