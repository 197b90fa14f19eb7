package org.nianbao.parse.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.model.Location;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawParagraph;

/**
 * Puts paragraphs and table fragments in reading order (page, then top) and turns them into blocks. A fragment
 * joins the table before it only when nothing but that table came in between and it
 * {@linkplain TableStitcher#continues continues} it on the next page.
 */
final class DocumentOrder {

    private DocumentOrder() {
    }

    static List<RawBlock> blocks(List<PlacedParagraph> paragraphs, List<Fragment> fragments) {
        return blocks(paragraphs, fragments, new ArrayList<>());
    }

    /** The same, adding to {@code repeats} the text of header cells repeated on a table's later pages. */
    static List<RawBlock> blocks(List<PlacedParagraph> paragraphs, List<Fragment> fragments, List<String> repeats) {
        List<Object> items = new ArrayList<>(paragraphs);
        items.addAll(fragments);
        items.sort(Comparator.comparingInt(DocumentOrder::page).thenComparingDouble(DocumentOrder::top));
        List<RawBlock> blocks = new ArrayList<>();
        List<Fragment> openTable = null;
        int tables = 0;
        int paragraphIndex = 0;
        for (Object item : items) {
            if (item instanceof Fragment f) {
                if (openTable != null && TableStitcher.continues(openTable.get(openTable.size() - 1), f)) {
                    openTable.add(f);
                    continue;
                }
                if (openTable != null) {
                    blocks.add(TableStitcher.stitch(openTable, ++tables, repeats));
                }
                openTable = new ArrayList<>(List.of(f));
            } else {
                if (openTable != null) {
                    blocks.add(TableStitcher.stitch(openTable, ++tables, repeats));
                    openTable = null;
                }
                PlacedParagraph p = (PlacedParagraph) item;
                Location where = Location.paragraph(p.page(), ++paragraphIndex).withBox(p.box().describe());
                blocks.add(new RawParagraph(p.text(), null, p.headingLevel(), p.bold(), p.fontSize(), where));
            }
        }
        if (openTable != null) {
            blocks.add(TableStitcher.stitch(openTable, ++tables, repeats));
        }
        return blocks;
    }

    private static int page(Object item) {
        return item instanceof Fragment f ? f.page() : ((PlacedParagraph) item).page();
    }

    private static float top(Object item) {
        return item instanceof Fragment f ? f.area().top() : ((PlacedParagraph) item).box().top();
    }
}
