package org.nianbao.support;

/**
 * A text with all whitespace removed (PDF and Word text breaks lines inside words: 答\n复 3050 件), remembering
 * where each kept character was, so a match in the compact text gives its span in the original.
 */
public final class CompactText {
    private final String text;
    private final int[] origin;

    public CompactText(String original) {
        String s = original == null ? "" : original;
        char[] kept = s.toCharArray(); // compacted in place: the kept part never overtakes the reading
        int[] map = new int[s.length() + 1];
        int n = 0;
        for (int i = 0; i < kept.length; i++) {
            char c = kept[i];
            // above U+3000 nothing is whitespace: most of a Chinese text is decided by the first test
            if (c > '\u3000' || !Character.isWhitespace(c) && c != '\u3000') {
                map[n] = i;
                kept[n++] = c;
            }
        }
        map[n] = s.length();
        this.text = n == s.length() ? s : new String(kept, 0, n);
        this.origin = n == s.length() ? map : java.util.Arrays.copyOf(map, n + 1);
    }

    public String text() {
        return text;
    }

    /** The offset in the original text of the compact offset (the end offset maps to the original's end). */
    public int originalStart(int compactOffset) {
        return origin[compactOffset];
    }

    /** The exclusive end in the original text of a span ending (exclusively) at this compact offset. */
    public int originalEnd(int compactEnd) {
        return compactEnd == 0 ? 0 : origin[compactEnd - 1] + 1;
    }
}
