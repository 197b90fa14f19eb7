package org.nianbao.parse.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@link PublicationDate#find} tries its patterns only where a label starts instead of scanning the page with
 * {@link Matcher#find} (it was a tenth of reading a page). This holds it to that scan, with the same patterns, on
 * random pages made of labels, dates, Chinese and other characters.
 */
class PublicationDateEquivalenceTest {
    private static final String SPACE = "[\\s\\u00a0\\u3000]*";
    private static final String DATE = "(\\d{4})" + SPACE + "[-/.年]" + SPACE + "(\\d{1,2})" + SPACE + "[-/.月]"
        + SPACE + "(\\d{1,2})(?!\\d)";
    private static final Pattern SPECIFIC = Pattern.compile("(?:发布时间|发布日期|发文日期|公开日期|发布于)" + SPACE + "[:：]?"
        + SPACE + DATE);
    private static final Pattern GENERIC = Pattern.compile("(?:日(?<!\\p{IsHan}日)期|时(?<!\\p{IsHan}时)间)" + SPACE
        + "[:：]" + SPACE + DATE);
    private static final String[] PIECES = {"发布时间", "发布日期", "发文日期", "公开日期", "发布于", "日期", "时间", "成文",
        "印发", "统计", "：", ":", " ", "\u3000", "2024", "2023", "-", "/", ".", "年", "1", "12", "30", "月", "日", "02",
        "5", "x", "报告", "</div><div>", "<br>", "日期：2024-02-30", "发布时间：2024-01-20 09:30"};

    @Test
    void sameDateAndLineAsTheScanOverThePage() {
        Random random = new Random(16);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder html = new StringBuilder("<div>");
            for (int i = random.nextInt(10); i > 0; i--) {
                html.append(random.nextInt(3) == 0 ? labelledDate(random) : PIECES[random.nextInt(PIECES.length)]);
            }
            Element body = Jsoup.parse(html.append("</div>").toString()).body();
            PublicationDate expected = scan(body);
            PublicationDate actual = PublicationDate.find(body);
            assertThat(actual).as(html.toString()).isEqualTo(expected);
        }
    }

    /** A label, a separator and a date, each part one of the forms pages write (some of them no date at all). */
    private static String labelledDate(Random random) {
        return pick(random, "", "成文", "x", " ") + pick(random, "发布时间", "发布日期", "公开日期", "发布于", "日期", "时间")
            + pick(random, "：", ":", " ", "", "：\u3000") + pick(random, "2024", "2023", "1999")
            + pick(random, "-", "/", "年", " - ") + pick(random, "1", "02", "13", "12")
            + pick(random, "-", ".", "月") + pick(random, "16", "30", "31", "1", "123") + pick(random, "", "日", " 09:30");
    }

    private static String pick(Random random, String... forms) {
        return forms[random.nextInt(forms.length)];
    }

    /** The date as found before: every successive match of the specific labels, then of the generic ones. */
    private static PublicationDate scan(Element body) {
        String text = body.text();
        for (Pattern label : new Pattern[] {SPECIFIC, GENERIC}) {
            Matcher m = label.matcher(text);
            while (m.find()) {
                LocalDate date = dateOf(m);
                if (date != null) {
                    return new PublicationDate(date, line(body, m.group()));
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

    private static Element line(Element body, String matched) {
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
        return holder != body && holder.text().length() <= 200 ? holder : null;
    }
}
