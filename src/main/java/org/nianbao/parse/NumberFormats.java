package org.nianbao.parse;

import java.util.Locale;

/**
 * Renders a numbering counter as a word processor prints it: in a Word number format ({@code w:numFmt}), and the
 * Chinese, Roman and circled numerals other formats' readers render with.
 */
public final class NumberFormats {
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String LEGAL = "零壹贰叁肆伍陆柒捌玖";
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    private NumberFormats() {
    }

    /** The counter as Word would print it, or null for a format this reader does not render. */
    public static String render(int n, String format) {
        return switch (format) {
            case "decimal" -> Integer.toString(n);
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
                    "japaneseCounting" -> chinese(n, DIGITS);
            case "chineseLegalSimplified" -> legal(n);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(HEAVENLY_STEMS.charAt(n - 1)) : null;
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    n >= 1 && n <= 20 ? String.valueOf(CIRCLED.charAt(n - 1)) : null;
            case "upperLetter" -> letters(n).toUpperCase(Locale.ROOT);
            case "lowerLetter" -> letters(n);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "none" -> "";
            default -> null;
        };
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百〇五. */
    public static String chinese(int n, String digits) {
        if (n <= 0 || n >= 1000) {
            return Integer.toString(n);
        }
        StringBuilder sb = new StringBuilder();
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        if (hundreds > 0) {
            sb.append(digits.charAt(hundreds)).append('百');
            if (tens == 0 && ones > 0) {
                sb.append(digits.charAt(0));
            }
        }
        if (tens > 0) {
            if (tens > 1 || hundreds > 0) {
                sb.append(digits.charAt(tens));
            }
            sb.append('十');
        }
        if (ones > 0) {
            sb.append(digits.charAt(ones));
        }
        return sb.toString();
    }

    /** Financial numerals write the leading one of the tens: 11 → 壹拾壹. */
    public static String legal(int n) {
        String s = chinese(n, LEGAL).replace('十', '拾').replace('百', '佰');
        return s.startsWith("拾") ? "壹" + s : s;
    }

    private static String fullWidth(String ascii) {
        StringBuilder sb = new StringBuilder();
        for (char ch : ascii.toCharArray()) {
            sb.append((char) (ch - '0' + '０'));
        }
        return sb.toString();
    }

    private static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        // Word repeats the letter: 27 → aa
        char ch = (char) ('a' + (n - 1) % 26);
        return String.valueOf(ch).repeat((n - 1) / 26 + 1);
    }

    public static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                sb.append(symbols[i]);
                rest -= values[i];
            }
        }
        return sb.toString();
    }
}
