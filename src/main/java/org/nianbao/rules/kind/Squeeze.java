package org.nianbao.rules.kind;

/**
 * Text with spaces (and marks) taken out, as the rules compare it: the loops equal to {@code replaceAll("\\s+", "")}
 * and {@code replaceAll("[\\s\\p{P}\\p{S}]", "")} (a regular expression per section and rule was a tenth of the
 * rules' time). {@code \s} is the ASCII whitespace of regular expressions: space, tab, line feed, vertical tab,
 * form feed, carriage return.
 */
final class Squeeze {
    private Squeeze() {
    }

    /** Without ASCII whitespace; "" for null. */
    static String spaces(String s) {
        if (s == null) {
            return "";
        }
        int i = 0;
        while (i < s.length() && !space(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!space(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Without ASCII whitespace, punctuation ({@code \p{P}}) or symbols ({@code \p{S}}); null as soon as more than
     * {@code limit} characters would be left (for a test that only needs short results).
     */
    static String spacesAndMarks(String s, int limit) {
        StringBuilder sb = new StringBuilder();
        String t = s == null ? "" : s;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128 && space((char) cp) || mark(cp)) {
                continue;
            }
            sb.appendCodePoint(cp);
            if (sb.length() > limit) {
                return null;
            }
        }
        return sb.toString();
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean mark(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
