package org.nianbao.parse.pdf;

import java.util.regex.Pattern;

/**
 * Removes the spaces PDF text extraction puts next to Chinese characters ({@code 2023 年 1 月} → {@code 2023年1月}),
 * keeping those between two Latin or digit tokens, and joins hard-wrapped lines.
 */
final class CjkSpacing {
    /** Ideographs, CJK punctuation, full-width forms and the curly quotes Chinese text uses. */
    private static final String CJK = "\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018-\\u201D\\u2026\\u2014";
    private static final Pattern SPACE_NEXT_TO_CJK = Pattern.compile(
            "(?<=[" + CJK + "])[ \\t\\u00A0]+|[ \\t\\u00A0]+(?=[" + CJK + "])");

    private CjkSpacing() {
    }

    static String clean(String line) {
        return SPACE_NEXT_TO_CJK.matcher(line).replaceAll("").strip();
    }

    /** Appends a wrapped line: a space only between two Latin letters, as a wrap never splits a CJK word. */
    static void join(StringBuilder paragraph, String line) {
        if (paragraph.length() > 0 && isLatinLetter(paragraph.charAt(paragraph.length() - 1))
                && !line.isEmpty() && isLatinLetter(line.charAt(0))) {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    private static boolean isLatinLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
