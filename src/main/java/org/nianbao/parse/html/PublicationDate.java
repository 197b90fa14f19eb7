package org.nianbao.parse.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The date a web page says it was published, from a labelled line such as {@code 发布时间：2024-01-16 09:30},
 * {@code 发布日期：2024/1/16} or {@code 日期：2024年1月16日}. Only labelled dates count, so the report's own
 * signature date (an unlabelled line at its end) is never taken. The specific labels (发布时间, 发布日期, 发文日期,
 * 公开日期, 发布于) win over the generic ones (日期, 时间); a generic label counts only on its own, not as the end
 * of another word such as 成文日期, 印发日期 or 统计时间.
 *
 * @param date the date
 * @param line the element holding the labelled line when that element is short enough to be page metadata (it is
 *             then not report content), else null
 */
record PublicationDate(LocalDate date, Element line) {
    private static final String SPACE = "[\\s\\u00a0\\u3000]*";
    private static final String DATE = "(\\d{4})" + SPACE + "[-/.年]" + SPACE + "(\\d{1,2})" + SPACE + "[-/.月]"
        + SPACE + "(\\d{1,2})(?!\\d)";
    private static final Pattern SPECIFIC = Pattern.compile("(?:发布时间|发布日期|发文日期|公开日期|发布于)" + SPACE + "[:：]?" + SPACE
        + DATE);
    /**
     * {@code (?<!\p{IsHan})(?:日期|时间)…}, with the look-behind moved after the label's first character (and
     * widened by it) so that it is tested only where a label starts, not at every position of the page.
     */
    private static final Pattern GENERIC = Pattern.compile("(?:日(?<!\\p{IsHan}日)期|时(?<!\\p{IsHan}时)间)" + SPACE
        + "[:：]" + SPACE + DATE);
    /** A labelled line longer than this is content that happens to contain a label, not a metadata line. */
    private static final int MAX_LINE = 200;

    /** The words each pattern's matches start with (the pattern is tried only where one of them is). */
    private static final String[] SPECIFIC_STARTS = {"发布时间", "发布日期", "发文日期", "公开日期", "发布于"};
    private static final String[] GENERIC_STARTS = {"日期", "时间"};

    /** The labelled date on the page, or null. */
    static PublicationDate find(Element body) {
        String text = body.text();
        PublicationDate found = find(body, text, SPECIFIC, SPECIFIC_STARTS);
        return found != null ? found : find(body, text, GENERIC, GENERIC_STARTS);
    }

    /**
     * The first of the label's successive matches ({@link Matcher#find}) that holds a real date. Each match begins
     * with one of {@code starts}, so the pattern is tried only where one of them is, not at every character of the
     * page (the look-behind still sees the text before: transparent bounds).
     */
    private static PublicationDate find(Element body, String text, Pattern label, String[] starts) {
        Matcher m = label.matcher(text).useTransparentBounds(true);
        int from = 0;
        for (int at = nextStart(text, starts, from); at >= 0; at = nextStart(text, starts, from)) {
            m.region(at, text.length());
            if (!m.lookingAt()) {
                from = at + 1;
                continue;
            }
            LocalDate date = dateOf(m);
            if (date != null) {
                return new PublicationDate(date, metadataLine(body, m.group()));
            }
            from = m.end();
        }
        return null;
    }

    /** Where the first of the words occurs from {@code from} on, or -1. */
    private static int nextStart(String text, String[] starts, int from) {
        int first = -1;
        for (String start : starts) {
            int at = text.indexOf(start, from);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private static LocalDate dateOf(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The deepest element whose text holds the whole labelled date, when it is short. */
    private static Element metadataLine(Element body, String matched) {
        Element holder = body;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Element child : holder.children()) {
                if (child.text().contains(matched)) {
                    holder = child;
                    descended = true;
                    break;
                }
            }
        }
        return holder != body && holder.text().length() <= MAX_LINE ? holder : null;
    }
}
