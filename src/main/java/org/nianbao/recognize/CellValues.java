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
    /** Whitespace and ideographic spaces at either end, compiled once (String.replaceAll compiled it per cell). */
    private static final Pattern ENDS = Pattern.compile("^[\\s\\u3000]+|[\\s\\u3000]+$");

    private CellValues() {
    }

    public static CellValue parse(String text) {
        if (text == null || onlySpaces(text)) {
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
        return CellValue.written(ENDS.matcher(text.strip()).replaceAll(""));
    }

    /**
     * Nothing but whitespace: {@link String#isBlank} (Unicode white space), or the regular expression's {@code \s}
     * (space, tab, line feed, vertical tab, form feed, return), no-break and ideographic spaces.
     */
    private static boolean onlySpaces(String text) {
        if (text.isBlank()) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && (c < '\t' || c > '\r') && c != '\u00A0' && c != '\u3000') {
                return false;
            }
        }
        return true;
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
