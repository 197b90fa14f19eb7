package org.nianbao.parse.odt;

import java.util.Locale;
import org.nianbao.parse.NumberFormats;

/**
 * Renders a list counter in an OpenDocument number format ({@code style:num-format}) as LibreOffice prints it: the
 * one-letter formats of the standard and LibreOffice's Chinese formats, which are named by their first numbers
 * ({@code 一, 二, 三, ...}). Where LibreOffice runs out of symbols (甲 to 癸, ① to ㊿) it prints the number itself.
 */
final class OdfNumbers {
    private static final String DIGITS = "零一二三四五六七八九";
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private OdfNumbers() {
    }

    /** The counter as printed, {@code ""} for the empty format (no number), or null for a format not rendered. */
    static String render(int n, String format, boolean letterSync) {
        return switch (format) {
            case "" -> "";
            case "1", "1, 2, 3, ..." -> Integer.toString(n);
            case "01, 02, 03, ..." -> n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
            case "a" -> letters(n, letterSync);
            case "A" -> letters(n, letterSync).toUpperCase(Locale.ROOT);
            case "i" -> NumberFormats.roman(n).toLowerCase(Locale.ROOT);
            case "I" -> NumberFormats.roman(n);
            case "一, 二, 三, ..." -> NumberFormats.chinese(n, DIGITS);
            case "壹, 贰, 叁, ..." -> NumberFormats.legal(n);
            case "甲, 乙, 丙, ..." -> symbol(n, HEAVENLY_STEMS);
            case "子, 丑, 寅, ..." -> symbol(n, EARTHLY_BRANCHES);
            case "①, ②, ③, ..." -> circled(n);
            default -> null;
        };
    }

    /** a … z, then aa, ab … (bijective, LibreOffice's default) or aa, bb … with letter synchronisation. */
    private static String letters(int n, boolean sync) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        if (sync) {
            return String.valueOf((char) ('a' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
        }
        StringBuilder sb = new StringBuilder();
        for (int rest = n; rest > 0; rest = (rest - 1) / 26) {
            sb.append((char) ('a' + (rest - 1) % 26));
        }
        return sb.reverse().toString();
    }

    private static String symbol(int n, String symbols) {
        return n >= 1 && n <= symbols.length() ? String.valueOf(symbols.charAt(n - 1)) : Integer.toString(n);
    }

    /** ① … ⑳, ㉑ … ㉟, ㊱ … ㊿: three runs of Unicode. */
    private static String circled(int n) {
        if (n >= 1 && n <= 20) {
            return String.valueOf((char) (0x2460 + n - 1));
        } else if (n >= 21 && n <= 35) {
            return String.valueOf((char) (0x3251 + n - 21));
        } else if (n >= 36 && n <= 50) {
            return String.valueOf((char) (0x32B1 + n - 36));
        }
        return Integer.toString(n);
    }
}
