package org.nianbao.recognize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates reports write: {@code 2024年1月16日}, {@code 2024-01-16}, {@code 二〇二四年一月十六日},
 * {@code 二○二四年元月十六日}. Spaces are ignored. An impossible date (2月30日) reads as nothing.
 */
public final class DateTexts {
    private static final String CN_DIGIT = "〇○零Ｏ一二三四五六七八九";
    private static final Pattern ARABIC = Pattern.compile("((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern ISO = Pattern.compile("((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile(
            "([〇○零Ｏ一二三四五六七八九]{4})年([元正一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");

    private DateTexts() {
    }

    /** The date when the whole text (spaces ignored, one trailing full stop allowed) is a date; else null. */
    public static LocalDate wholeDate(String text) {
        String s = text.replaceAll("[\\s\\u3000]", "").replaceAll("[。.]$", "");
        for (Pattern p : new Pattern[] {ARABIC, ISO, CHINESE}) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                return date(m);
            }
        }
        return null;
    }

    private static LocalDate date(Matcher m) {
        int year = number(m.group(1));
        int month = number(m.group(2));
        int day = number(m.group(3));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A year written in Arabic or Chinese digits ({@code 二〇二三}), or -1. */
    static int year(String text) {
        if (text.matches("\\d{4}")) {
            return Integer.parseInt(text);
        }
        if (text.length() != 4) {
            return -1;
        }
        int year = 0;
        for (char ch : text.toCharArray()) {
            int d = digit(ch);
            if (d < 0) {
                return -1;
            }
            year = year * 10 + d;
        }
        return year;
    }

    /** {@code 12}, {@code 十二}, {@code 元} (first month), {@code 二〇二四}. */
    static int number(String text) {
        if (text.matches("\\d+")) {
            return Integer.parseInt(text);
        }
        if (text.equals("元") || text.equals("正")) {
            return 1;
        }
        if (text.length() == 4) {
            return year(text);
        }
        int ten = text.indexOf('十');
        if (ten < 0) {
            return digit(text.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(text.charAt(0));
        int ones = ten == text.length() - 1 ? 0 : digit(text.charAt(ten + 1));
        return tens * 10 + ones;
    }

    private static int digit(char ch) {
        int i = CN_DIGIT.indexOf(ch);
        if (i < 0) {
            return -1;
        }
        return i <= 3 ? 0 : i - 3;
    }
}
