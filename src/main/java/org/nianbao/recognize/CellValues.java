package org.nianbao.recognize;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.nianbao.model.CellValue;
import org.nianbao.support.PlausibleNumbers;

/**
 * Reads a data cell's text into a {@link CellValue}: a number when the text is exactly a number (full-width
 * digits, thousands separators, spaces inside, any minus sign, decimals), blank when there is no text, and
 * otherwise the text as written, trimmed. Never guesses a number from text that has anything else in it.
 */
public final class CellValues {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    /** Spaces {@link String#strip} leaves at the ends; matters only before a final U+0085 (a line end to "$"). */
    private static final Pattern OUTER_SPACES = Pattern.compile("^[\\s\\u3000]+|[\\s\\u3000]+$");

    private CellValues() {
    }

    public static CellValue parse(String text) {
        if (text == null || text.isBlank() || onlySpaces(text)) {
            return CellValue.blank();
        }
        String s = digitsOnly(text);
        // a number too long to be a count stays text (see PlausibleNumbers)
        if (PlausibleNumbers.plausibleText(s.replace(",", ""))) {
            if (NUMBER.matcher(s).matches()) {
                return plausible(new BigDecimal(s), text);
            }
            if (GROUPED.matcher(s).matches()) {
                return plausible(new BigDecimal(s.replace(",", "")), text);
            }
        }
        return CellValue.written(trimmed(text));
    }

    /** Whether every character is {@code [\\s\\u00A0\\u3000]} (a loop: this runs for every cell of every table). */
    private static boolean onlySpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean space = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r'
                    || ch == '\u00A0' || ch == '\u3000';
            if (!space) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text stripped. {@link String#strip} already removes every {@code [\\s\\u3000]} at both ends; only a
     * final U+0085, which strip keeps and "$" treats as a line end, leaves spaces before it for the pattern.
     */
    private static String trimmed(String text) {
        String s = text.strip();
        return s.endsWith("\u0085") ? OUTER_SPACES.matcher(s).replaceAll("") : s;
    }

    private static CellValue plausible(BigDecimal n, String text) {
        return PlausibleNumbers.plausible(n) ? CellValue.number(n) : CellValue.written(text.strip());
    }

    /** Full-width digits and signs to ASCII, every kind of minus to '-', and all whitespace removed. */
    private static String digitsOnly(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u00A0' || ch == '\u3000') {
                continue;
            }
            if (ch >= '０' && ch <= '９') {
                sb.append((char) (ch - '０' + '0'));
            } else if (ch == '－' || ch == '−' || ch == '–' || ch == '﹣') {
                sb.append('-');
            } else if (ch == '，' || ch == '﹐') {
                sb.append(',');
            } else if (ch == '．') {
                sb.append('.');
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
