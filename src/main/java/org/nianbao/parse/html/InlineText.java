package org.nianbao.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds the text of one paragraph or table cell from the text nodes and breaks inside it, the way a browser shows
 * it: {@code &nbsp;} is a space, runs of spaces collapse to one, each line is trimmed and empty lines vanish.
 * A source line break between two Chinese characters disappears instead of becoming a space (the CSS segment-break
 * rule), because editors and Word's HTML export wrap long Chinese lines anywhere.
 */
final class InlineText {
    /** Stands for a source line break until its neighbours are known; NUL never survives HTML parsing. */
    private static final char SEGMENT_BREAK = '\u0000';
    private static final Pattern SOURCE_NEWLINE = Pattern.compile("[ \\t\\f]*[\\r\\n][\\s]*");
    private static final String CJK = "[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]";
    private static final Pattern BREAK_BETWEEN_CJK = Pattern.compile(
        "(?<=" + CJK + ")[ \\u0000]*\\u0000[ \\u0000]*(?=" + CJK + ")");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u0000\\u00a0\\u3000\\u2000-\\u200b\\ufeff]+");

    private final StringBuilder raw = new StringBuilder();
    private boolean anyText;
    private boolean allBold = true;
    private int headingLevel;

    /** Appends a text node's content as written in the source. */
    void text(String source, boolean bold, int heading) {
        String marked = SOURCE_NEWLINE.matcher(source).replaceAll(String.valueOf(SEGMENT_BREAK));
        raw.append(marked);
        if (!isAllSpace(marked)) {
            anyText = true;
            allBold &= bold;
            headingLevel = Math.max(headingLevel, heading);
        }
    }

    /** A {@code <br>} or the edge of a block element. */
    void lineBreak() {
        raw.append('\n');
    }

    /** True when nothing visible was appended. */
    boolean isEmpty() {
        return !anyText;
    }

    /** Every visible piece of text was bold, and there was some. */
    boolean allBold() {
        return anyText && allBold;
    }

    /** The h1–h6 level of the text, 0 when none was inside a heading. */
    int headingLevel() {
        return headingLevel;
    }

    /** The text: lines trimmed and collapsed, empty lines dropped, joined with {@code \n}. */
    String build() {
        String joined = BREAK_BETWEEN_CJK.matcher(raw).replaceAll("");
        List<String> lines = new ArrayList<>();
        for (String line : joined.split("\n", -1)) {
            String clean = SPACES.matcher(line).replaceAll(" ").strip();
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        return String.join("\n", lines);
    }

    private static boolean isAllSpace(String s) {
        return SPACES.matcher(s).replaceAll("").isEmpty();
    }
}
