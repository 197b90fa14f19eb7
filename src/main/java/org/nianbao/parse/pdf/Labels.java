package org.nianbao.parse.pdf;

import java.util.regex.Pattern;

/** Text tests used when joining table fragments: is a cell a number, does it start a new row label. */
final class Labels {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d[\\d,，.]*%?");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** 一、 （一） (一) 1. 1、 1．: how report row labels and headings start. */
    private static final Pattern LABEL_START = Pattern.compile(
            "^(（[一二三四五六七八九十]+）|\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+、|\\d+[.、．])");

    private Labels() {
    }

    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    static boolean isNumber(String text) {
        return NUMBER.matcher(compact(text)).matches();
    }

    static boolean hasDigit(String text) {
        return DIGIT.matcher(text).find();
    }

    static boolean startsLabel(String text) {
        return LABEL_START.matcher(compact(text)).find();
    }
}
