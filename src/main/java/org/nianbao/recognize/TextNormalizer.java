package org.nianbao.recognize;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Brings text written in different ways to one comparable form: NFKC (full-width to half-width), no whitespace
 * at all (labels break over lines and PDF text inserts spaces), one kind of quote removed, {@code 1、}/{@code 1．}
 * as {@code 1.}. Used only to compare; what is stored is always the text as written.
 */
public final class TextNormalizer {
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[:;。.,!]+$");
    /** The last characters of a text that pattern can change: its punctuation, and a line end "$" matches before. */
    private static final String ENDINGS = ":;。.,!\n\r\u0085\u2028\u2029";

    private TextNormalizer() {
    }

    /** The comparable form of a text; empty for null. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = nfkc(text);
        // one pass instead of three regular expressions (they were most of the recognizer's time): drop whitespace
        // and quotes, unify dashes; then a digit's ordinal mark (1、 1, 1， 1．) becomes '.'. A text that is already
        // normalised (labels are normalised again and again on their way through the matchers) comes back as is.
        char[] out = new char[s.length()];
        int n = 0;
        boolean changed = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (isSpace(ch) || isQuote(ch)) {
                changed = true;
                continue;
            }
            char kept = ch == '—' || ch == '－' || ch == '−' ? '-' : ch;
            changed |= kept != ch;
            out[n++] = kept;
        }
        for (int i = 0; i + 1 < n; i++) {
            if (out[i] >= '0' && out[i] <= '9' && isOrdinalMark(out[i + 1])) {
                changed |= out[++i] != '.';
                out[i] = '.';
            }
        }
        return changed ? new String(out, 0, n) : s;
    }

    /**
     * NFKC, without the JDK's normaliser for the text labels are mostly made of: ASCII, CJK ideographs, 、 and 。
     * are their own NFKC and never compose with a neighbour; a full-width form U+FF01…U+FF5E is its ASCII
     * character, U+3000 a space. Any other character goes to {@link Normalizer} (TextNormalizerEquivalenceTest).
     */
    private static String nfkc(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x80 || ch >= 0x4E00 && ch <= 0x9FFF || ch == '、' || ch == '。') {
                continue;
            }
            char mapped;
            if (ch >= 0xFF01 && ch <= 0xFF5E) {
                mapped = (char) (ch - 0xFEE0);
            } else if (ch == '\u3000') {
                mapped = ' ';
            } else {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
            if (out == null) {
                out = text.toCharArray();
            }
            out[i] = mapped;
        }
        return out == null ? text : new String(out);
    }

    /** {@code \s} (ASCII whitespace), no-break space, ideographic space, zero-width space, BOM. */
    private static boolean isSpace(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r' || ch == '\u00A0'
                || ch == '\u3000' || ch == '\u200B' || ch == '\uFEFF';
    }

    private static boolean isQuote(char ch) {
        return ch == '"' || ch == '\'' || ch == '“' || ch == '”' || ch == '‘' || ch == '’' || ch == '「' || ch == '」'
                || ch == '『' || ch == '』';
    }

    private static boolean isOrdinalMark(char ch) {
        return ch == '、' || ch == ',' || ch == '，' || ch == '.' || ch == '．';
    }

    /** The normalised text without its leading ordinal ({@code 二、}, {@code 2.}, {@code 第二部分}, {@code (二)}). */
    public static String withoutOrdinal(String text) {
        return stripOrdinal(normalize(text));
    }

    /** {@link #withoutOrdinal} of a text already {@link #normalize normalised}. */
    static String stripOrdinal(String s) {
        int sub = subOrdinalLength(s);
        int end = sub + ordinalLength(s, sub);
        return end == 0 ? s : s.substring(end);
    }

    /**
     * The length of the sub-level ordinal the text starts with, {@code ^\\([一二三四五六七八九十\\d]+\\)}, or 0. The
     * ordinals are matched by hand, not by patterns: every label compared goes through here.
     */
    private static int subOrdinalLength(String s) {
        if (s.isEmpty() || s.charAt(0) != '(') {
            return 0;
        }
        int j = 1;
        while (j < s.length() && (isChineseNumeral(s.charAt(j)) || isDigit(s.charAt(j)))) {
            j++;
        }
        return j > 1 && j < s.length() && s.charAt(j) == ')' ? j + 1 : 0;
    }

    /**
     * The length of the ordinal at {@code from}, or 0: the first of {@code 第[一…十\\d]+(?:部分|章|节)[、.:：]?},
     * {@code [一…十]+[、.]}, {@code \\d+[.、]} and {@code \\d{1,2}(?=[^\\d年月日号.])} that matches there.
     */
    private static int ordinalLength(String s, int from) {
        int n = s.length();
        if (from >= n) {
            return 0;
        }
        if (s.charAt(from) == '第') {
            int j = from + 1;
            while (j < n && (isChineseNumeral(s.charAt(j)) || isDigit(s.charAt(j)))) {
                j++;
            }
            int k = j == from + 1 ? -1 : s.startsWith("部分", j) ? j + 2
                    : j < n && (s.charAt(j) == '章' || s.charAt(j) == '节') ? j + 1 : -1;
            if (k >= 0) {
                return (k < n && "、.:：".indexOf(s.charAt(k)) >= 0 ? k + 1 : k) - from;
            }
        }
        int j = from;
        while (j < n && isChineseNumeral(s.charAt(j))) {
            j++;
        }
        if (j > from && j < n && (s.charAt(j) == '、' || s.charAt(j) == '.')) {
            return j + 1 - from;
        }
        j = from;
        while (j < n && isDigit(s.charAt(j))) {
            j++;
        }
        if (j > from && j < n && (s.charAt(j) == '.' || s.charAt(j) == '、')) {
            return j + 1 - from;
        }
        int digits = j - from;
        return (digits == 1 || digits == 2) && j < n && "年月日号.".indexOf(s.charAt(j)) < 0 ? digits : 0;
    }

    private static boolean isChineseNumeral(char ch) {
        return "一二三四五六七八九十".indexOf(ch) >= 0;
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /** True when the normalised text starts with a sub-level ordinal such as {@code (一)} or {@code (1)}. */
    public static boolean startsWithSubOrdinal(String text) {
        return subOrdinalLength(normalize(text)) > 0;
    }

    /** Trailing punctuation a heading may carry ({@code ：}, {@code 。}) removed from a normalised text. */
    public static String trimPunctuation(String normalized) {
        if (normalized.isEmpty() || ENDINGS.indexOf(normalized.charAt(normalized.length() - 1)) < 0) {
            return normalized;
        }
        return TRAILING_PUNCTUATION.matcher(normalized).replaceAll("");
    }
}
