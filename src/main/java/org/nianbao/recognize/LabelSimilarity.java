package org.nianbao.recognize;

/**
 * How alike a written label is to a standard one, for placing a label by its position
 * ({@link SequenceAlignment}): the longest run of characters both have in the same order (not necessarily
 * adjacent), over the longer of the two, compared without spaces, width, quotes and the leading ordinal.
 * {@code 2.其他法律行政止公开} against {@code 2.其他法律行政法规禁止公开} is 9 of 12, 0.75.
 */
final class LabelSimilarity {
    /** The least likeness that, with the position, places a label: half its words or more are the standard's. */
    static final double ENOUGH = 0.5;
    /** And at least this many characters in common: one shared character (合计, 小计) is no likeness. */
    private static final int MIN_COMMON = 2;

    private LabelSimilarity() {
    }

    static double of(String written, String standard) {
        String a = TextNormalizer.trimPunctuation(TextNormalizer.withoutOrdinal(written));
        String b = TextNormalizer.trimPunctuation(TextNormalizer.withoutOrdinal(standard));
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = commonSubsequence(a, b);
        return common < MIN_COMMON ? 0 : (double) common / Math.max(a.length(), b.length());
    }

    private static int commonSubsequence(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                current[j] = a.charAt(i - 1) == b.charAt(j - 1) ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
