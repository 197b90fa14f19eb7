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

    /** The labelled date on the page, or null. */
    static PublicationDate find(Element body) {
        String text = body.text();
        for (Pattern label : new Pattern[] {SPECIFIC, GENERIC}) {
            Matcher m = label.matcher(text);
            while (m.find()) {
                LocalDate date = dateOf(m);
                if (date != null) {
                    return new PublicationDate(date, metadataLine(body, m.group()));
                }
            }
        }
        return null;
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
