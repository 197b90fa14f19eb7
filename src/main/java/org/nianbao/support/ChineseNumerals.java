package org.nianbao.support;

import java.util.OptionalLong;

/**
 * Whole numbers as reports write them: Arabic digits (with thousands separators) or Chinese numerals such as
 * 一百二十, 两千零五, 一万二千, 十二. Larger units than 万 do not occur in these reports and are not read.
 */
public final class ChineseNumerals {
    /** A regular expression matching one number in either writing. */
    public static final String PATTERN = "[0-9][0-9,，]*|[零〇一二两三四五六七八九十百千万]+";

    private ChineseNumerals() {
    }

    /** The value, or empty when the text is no number this class reads. */
    public static OptionalLong parse(String text) {
        if (text == null || text.isEmpty()) {
            return OptionalLong.empty();
        }
        String t = text.replace(",", "").replace("，", "");
        if (t.chars().allMatch(Character::isDigit)) {
            try {
                return OptionalLong.of(Long.parseLong(t));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (char c : t.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return OptionalLong.empty();
            }
            if (unit == 10000) {
                total = (total + section + Math.max(digit, 0)) * 10000;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit; // 十二: a bare 十 is one ten
            }
            digit = -1;
        }
        return OptionalLong.of(total + section + Math.max(digit, 0));
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
