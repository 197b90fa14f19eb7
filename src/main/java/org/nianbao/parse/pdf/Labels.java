package org.nianbao.parse.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.model.ColumnSpec;
import org.nianbao.model.RowSpec;
import org.nianbao.model.StandardLayouts;
import org.nianbao.model.TableLayout;

/** Text tests used when joining table fragments: is a cell a number, does it open a new row or column label. */
final class Labels {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d[\\d,，.]*%?");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** 一、 （一） (一) 1. 1、 1．: how report row labels and headings start. */
    private static final Pattern LABEL_START = Pattern.compile(
            "^(（[一二三四五六七八九十]+）|\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+、|\\d+[.、．])");
    /** Every label the format prints in a table cell: a cell holding one whole is a label of its own. */
    private static final Set<String> STANDARD = standardLabels();

    private Labels() {
    }

    /** The text without whitespace ({@code \s}: space, tab, line feed, vertical tab, form feed, return). */
    static String compact(String text) {
        int i = 0;
        while (i < text.length() && !isSpace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
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

    /**
     * The text begins a label of its own: it starts like a numbered row label, or it is a whole label of the
     * format ({@code 规章}, {@code 信息内容}, {@code 结果维持}), never the rest of one cut by a page break.
     */
    static boolean opensLabel(String text) {
        return startsLabel(text) || isStandard(text);
    }

    /** The text is a whole label the format prints in a table cell ({@code 规章}, {@code 结果维持}). */
    static boolean isStandard(String text) {
        return STANDARD.contains(normal(text));
    }

    private static String normal(String text) {
        return compact(text).replace('(', '（').replace(')', '）');
    }

    private static Set<String> standardLabels() {
        Set<String> labels = new HashSet<>(List.of("信息内容", "申请人情况", "法人或其他组织", "行政诉讼"));
        for (TableLayout layout : List.of(StandardLayouts.PROACTIVE_2021, StandardLayouts.PROACTIVE_2019,
                StandardLayouts.APPLICATIONS_2021, StandardLayouts.APPLICATIONS_2019,
                StandardLayouts.REVIEW_LITIGATION)) {
            for (ColumnSpec c : layout.columns()) {
                labels.add(normal(c.label().zh()));
            }
            for (RowSpec r : layout.rows()) {
                labels.add(normal(r.label().zh()));
                if (r.group() != null) {
                    labels.add(normal(r.group().zh()));
                }
            }
        }
        return Set.copyOf(labels);
    }
}
