package org.nianbao.recognize;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Brings text written in different ways to one comparable form: NFKC (full-width to half-width), no whitespace
 * at all (labels break over lines and PDF text inserts spaces), one kind of quote removed, {@code 1、}/{@code 1．}
 * as {@code 1.}. Used only to compare; what is stored is always the text as written.
 */
public final class TextNormalizer {
    private static final Pattern LEADING_ORDINAL = Pattern.compile(
            "^(?:第[一二三四五六七八九十\\d]+(?:部分|章|节)[、.:：]?|[一二三四五六七八九十]+[、.]|\\d+[.、]|\\d{1,2}(?=[^\\d年月日号.]))");
    private static final Pattern LEADING_SUB_ORDINAL = Pattern.compile("^\\([一二三四五六七八九十\\d]+\\)");

    private TextNormalizer() {
    }

    /** The comparable form of a text; empty for null. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        // one pass instead of three regular expressions (they were most of the recognizer's time): drop whitespace
        // and quotes, unify dashes; then a digit's ordinal mark (1、 1, 1， 1．) becomes '.'
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (isSpace(ch) || isQuote(ch)) {
                continue;
            }
            out.append(ch == '—' || ch == '－' || ch == '−' ? '-' : ch);
        }
        for (int i = 0; i + 1 < out.length(); i++) {
            if (out.charAt(i) >= '0' && out.charAt(i) <= '9' && isOrdinalMark(out.charAt(i + 1))) {
                out.setCharAt(++i, '.');
            }
        }
        return out.toString();
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
        String stripped = LEADING_SUB_ORDINAL.matcher(s).replaceFirst("");
        stripped = LEADING_ORDINAL.matcher(stripped).replaceFirst("");
        return stripped;
    }

    /** True when the normalised text starts with a sub-level ordinal such as {@code (一)} or {@code (1)}. */
    public static boolean startsWithSubOrdinal(String text) {
        return LEADING_SUB_ORDINAL.matcher(normalize(text)).find();
    }

    /** Trailing punctuation a heading may carry ({@code ：}, {@code 。}) removed from a normalised text. */
    public static String trimPunctuation(String normalized) {
        return normalized.replaceAll("[:;。.,!]+$", "");
    }
}
