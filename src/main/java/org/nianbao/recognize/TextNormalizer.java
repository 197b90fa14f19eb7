package org.nianbao.recognize;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Brings text written in different ways to one comparable form: NFKC (full-width to half-width), no whitespace
 * at all (labels break over lines and PDF text inserts spaces), one kind of quote removed, {@code 1、}/{@code 1．}
 * as {@code 1.}. Used only to compare; what is stored is always the text as written.
 */
public final class TextNormalizer {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");
    private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』]");
    private static final Pattern DIGIT_ORDINAL = Pattern.compile("(\\d)[、,，.．]");
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
        s = SPACE.matcher(s).replaceAll("");
        s = QUOTES.matcher(s).replaceAll("");
        s = s.replace('—', '-').replace('－', '-').replace('−', '-');
        return DIGIT_ORDINAL.matcher(s).replaceAll("$1.");
    }

    /** The normalised text without its leading ordinal ({@code 二、}, {@code 2.}, {@code 第二部分}, {@code (二)}). */
    public static String withoutOrdinal(String text) {
        String s = normalize(text);
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
