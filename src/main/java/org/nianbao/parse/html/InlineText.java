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
        // most text nodes have no source line break: the pattern needs one, so skip it there
        String marked = source.indexOf('\n') < 0 && source.indexOf('\r') < 0 ? source
            : SOURCE_NEWLINE.matcher(source).replaceAll(String.valueOf(SEGMENT_BREAK));
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
        // the pattern needs a marked source line break; without one the text is as it was
        String joined = raw.indexOf(String.valueOf(SEGMENT_BREAK)) < 0 ? raw.toString()
            : BREAK_BETWEEN_CJK.matcher(raw).replaceAll("");
        List<String> lines = new ArrayList<>();
        for (String line : joined.split("\n", -1)) {
            // (the pattern only where the line has one of its spaces: most have none)
            String clean = (hasSpace(line) ? SPACES.matcher(line).replaceAll(" ") : line).strip();
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        return String.join("\n", lines);
    }

    /** Whether every character is one of {@link #SPACES} (a loop: this runs for every text node of the page). */
    private static boolean isAllSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether some character is one of {@link #SPACES}. */
    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isSpace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** One character of {@link #SPACES}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0000'
            || c == '\u00a0' || c == '\u3000' || c >= '\u2000' && c <= '\u200b' || c == '\ufeff';
    }
}
