package org.nianbao.parse.scan;

/**
 * OCR text as a document would hold it: the engine puts spaces between Chinese characters (and between them and
 * digits) that print does not have; those go, spaces between Latin words and numbers stay.
 */
final class CjkText {
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
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == ' ' && i > 0 && i + 1 < line.length()
                        && (wide(line.charAt(i - 1)) || wide(line.charAt(i + 1)))) {
                    continue;
                }
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** A Chinese character or full-width punctuation. */
    static boolean wide(char ch) {
        return Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN || ch >= 0x3000 && ch <= 0x303F
                || ch >= 0xFF00 && ch <= 0xFFEF || ch == '“' || ch == '”' || ch == '‘' || ch == '’';
    }
}
