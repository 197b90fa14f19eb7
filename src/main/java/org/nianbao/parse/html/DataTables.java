package org.nianbao.parse.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Which tables of one page are data tables ({@link HtmlTableReader#isDataTable}), each judged once: finding the
 * report ({@link ContentLocator}) and walking it ({@link BlockWalker}) ask about the same tables.
 */
final class DataTables {
    private final Map<Element, Boolean> judged = new IdentityHashMap<>();

    boolean isDataTable(Element table) {
        return judged.computeIfAbsent(table, HtmlTableReader::isDataTable);
    }
}
