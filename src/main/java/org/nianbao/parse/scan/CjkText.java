package org.nianbao.parse.scan;

/**
 * OCR text as a document would hold it: the engine puts spaces between Chinese characters (and between them and
 * digits) that print does not have; those go, spaces between Latin words and numbers stay. A line's leading
 * ordinal in brackets, （七）, whose one bracket OCR took for another bracket-like glyph (《七)总计) gets its
 * bracket back: the ordinal is most of what a short label (（七）总计) says.
 */
final class CjkText {
    /** What OCR makes of a bracket: other brackets, angle quotes, braces. */
    private static final String OPENING = "《〈<{[【〔［｛「";
    private static final String CLOSING = "》〉>}]】〕］｝」";

    private CjkText() {
    }

    static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                out.append('\n');
            }
            String line = lines[l].strip();
            StringBuilder kept = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == ' ' && i > 0 && i + 1 < line.length()
                        && (wide(line.charAt(i - 1)) || wide(line.charAt(i + 1)))) {
                    continue;
                }
                kept.append(ch);
            }
            out.append(ordinalBrackets(kept.toString()));
        }
        return out.toString();
    }

    /** The line with a misread bracket of its leading （一）…（十） put right; otherwise the line itself. */
    private static String ordinalBrackets(String line) {
        int close = 1;
        while (close < line.length() && "一二三四五六七八九十".indexOf(line.charAt(close)) >= 0) {
            close++;
        }
        if (close == 1 || close >= line.length()) {
            return line;
        }
        char open = line.charAt(0);
        char shut = line.charAt(close);
        boolean openRight = open == '(' || open == '（';
        boolean shutRight = shut == ')' || shut == '）';
        // one bracket right and the other a bracket-like glyph: never two guesses at once
        if (openRight == shutRight || !(openRight || OPENING.indexOf(open) >= 0)
                || !(shutRight || CLOSING.indexOf(shut) >= 0)) {
            return line;
        }
        return (openRight ? open : '（') + line.substring(1, close) + (shutRight ? shut : '）')
                + line.substring(close + 1);
    }

    /** A Chinese character or full-width punctuation. */
    static boolean wide(char ch) {
        return Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN || ch >= 0x3000 && ch <= 0x303F
                || ch >= 0xFF00 && ch <= 0xFFEF || ch == '“' || ch == '”' || ch == '‘' || ch == '’';
    }
}
