package org.nianbao.parse.html;

import org.jsoup.nodes.Element;

/**
 * Removes what a web page wraps around its content and what a reader never sees: scripts, styles, embedded
 * objects, form controls, hidden elements, and the page's navigation, sidebars, header and footer. A header or
 * footer inside an {@code article} or {@code main} element belongs to that content and stays. {@code form} elements
 * stay because ASP.NET portals wrap the whole page in one.
 */
final class PageChrome {
    private static final String NEVER_SHOWN = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
        + "link, meta, map, input, select, textarea, button";
    private static final String NAVIGATION = "nav, aside, [role=navigation], [role=search]";

    private PageChrome() {
    }

    static void remove(Element body) {
        body.select(NEVER_SHOWN).remove();
        for (Element e : body.select("*")) {
            if (e != body && HtmlElements.hidden(e)) {
                e.remove();
            }
        }
        body.select(NAVIGATION).remove();
        for (Element e : body.select("header, footer")) {
            if (e.closest("article, main") == null) {
                e.remove();
            }
        }
    }
}
