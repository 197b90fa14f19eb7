package org.nianbao.parse.odt;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Computes the labels LibreOffice prints before numbered paragraphs, which the text does not hold: list items
 * ({@code text:list}) and headings numbered by the outline style. Fed in document order. As LibreOffice does, each
 * top-level list starts counting afresh unless it says it continues the list before it
 * ({@code text:continue-numbering}) or a named one ({@code text:continue-list}); nested lists are levels of the same
 * list; the first paragraph of an item takes the number, later ones none; a list header takes none; a deeper level
 * starts again whenever a shallower one advances. A list without a style of its own, and a paragraph whose style
 * names a list style but that sits in no list, are not numbered (LibreOffice shows a bullet or nothing).
 */
final class ListNumbering {
    private final StyleSheet styles;
    private final Counts outline = new Counts();
    private final Map<String, Counts> named = new HashMap<>();
    private final Deque<Frame> open = new ArrayDeque<>();
    private Counts lastList;

    ListNumbering(StyleSheet styles) {
        this.styles = styles;
    }

    /** One list's counts per level, shared by the lists that continue it. */
    private static final class Counts {
        final int[] value = new int[ListStyle.LEVELS + 1];
        final boolean[] set = new boolean[ListStyle.LEVELS + 1];
    }

    /** An open {@code text:list}, and the item inside it being read. */
    private static final class Frame {
        final Counts counts;
        final int level;
        final String style;
        boolean header;
        boolean numbered;
        int itemStart = -1;

        Frame(Counts counts, int level, String style) {
            this.counts = counts;
            this.level = level;
            this.style = style;
        }
    }

    void enterList(String style, boolean continueNumbering, String continueList, String id) {
        Frame outer = open.peek();
        if (outer != null) {
            open.push(new Frame(outer.counts, Math.min(outer.level + 1, ListStyle.LEVELS),
                    style != null ? style : outer.style));
            return;
        }
        Counts counts;
        if (continueList != null && named.containsKey(continueList)) {
            counts = named.get(continueList);
        } else if (continueNumbering && lastList != null) {
            counts = lastList;
        } else {
            counts = new Counts();
        }
        if (id != null) {
            named.put(id, counts);
        }
        lastList = counts;
        open.push(new Frame(counts, 1, style));
    }

    void exitList() {
        open.poll();
    }

    /** @param start the item's {@code text:start-value}, or -1 */
    void enterItem(boolean header, int start) {
        Frame f = open.peek();
        if (f != null) {
            f.header = header;
            f.numbered = false;
            f.itemStart = start;
        }
    }

    boolean inList() {
        return !open.isEmpty();
    }

    /**
     * The label of a paragraph read directly inside the current list item: the first one of a numbered item takes
     * the next number; null for later paragraphs, headers, and lists with no numbered style.
     */
    String listParagraph() {
        Frame f = open.peek();
        if (f == null || f.header || f.numbered) {
            return null;
        }
        f.numbered = true;
        ListStyle style = f.style == null ? null : styles.list(f.style);
        if (style == null) {
            return null;
        }
        return advance(f.counts, style, f.level, f.itemStart);
    }

    /**
     * The outline label of a heading at {@code level} outside any list.
     *
     * @param restart    {@code text:restart-numbering}: the count starts again, at {@code startValue} if it is
     *                   not -1, else at the level's first number
     */
    String heading(int level, boolean listHeader, boolean restart, int startValue) {
        ListStyle style = styles.outline();
        if (listHeader || style == null || level < 1 || level > ListStyle.LEVELS) {
            return null;
        }
        return advance(outline, style, level, !restart ? -1 : startValue >= 0 ? startValue : style.start(level));
    }

    private static String advance(Counts c, ListStyle style, int level, int startAt) {
        if (startAt >= 0) {
            c.value[level] = startAt;
        } else {
            c.value[level] = c.set[level] ? c.value[level] + 1 : style.start(level);
        }
        c.set[level] = true;
        for (int deeper = level + 1; deeper <= ListStyle.LEVELS; deeper++) {
            c.set[deeper] = false;
        }
        int[] shown = new int[ListStyle.LEVELS + 1];
        for (int i = 1; i <= level; i++) {
            shown[i] = c.set[i] ? c.value[i] : style.start(i);
        }
        return style.label(level, shown);
    }
}
