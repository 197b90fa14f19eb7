package org.nianbao.parse.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The narrative of a page from the engine's words: lines joined into paragraphs where the engine saw one paragraph,
 * split again where a line starts indented or the line before it stopped short of the right margin (a heading, the
 * end of a paragraph), as printed paragraphs are.
 */
final class Narrative {
    /** A paragraph and where it starts on its page (page pixels). */
    record Paragraph(int top, String text) {
    }

    private record Line(long key, int block, int par, int left, int top, int right, int bottom, String text) {
        int height() {
            return bottom - top;
        }
    }

    /** A character read as 工, l, I or | between digits of a date, or O between digits: the digit print shows. */
    private static final Pattern ONE = Pattern.compile("(?<=[0-9年月])[工lI|丨](?=[0-9月日号])|(?<=[0-9])[工lI|丨](?=[0-9])");
    private static final Pattern ZERO = Pattern.compile("(?<=[0-9])[OoＯ〇](?=[0-9年月日])");

    private Narrative() {
    }

    static List<Paragraph> paragraphs(List<Hocr.Word> words, double scale) {
        Map<Long, List<Hocr.Word>> byLine = new LinkedHashMap<>();
        for (Hocr.Word w : words) {
            byLine.computeIfAbsent(((long) w.block() << 40) | ((long) w.par() << 20) | w.line(),
                    k -> new ArrayList<>()).add(w);
        }
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<Long, List<Hocr.Word>> e : byLine.entrySet()) {
            List<Hocr.Word> ws = e.getValue();
            StringBuilder sb = new StringBuilder();
            int left = Integer.MAX_VALUE;
            int top = Integer.MAX_VALUE;
            int right = 0;
            int bottom = 0;
            for (Hocr.Word w : ws) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(w.text());
                left = Math.min(left, w.left());
                top = Math.min(top, w.top());
                right = Math.max(right, w.right());
                bottom = Math.max(bottom, w.bottom());
            }
            String text = fix(CjkText.tidy(sb.toString()));
            if (!text.isBlank() && !noise(text)) {
                lines.add(new Line(e.getKey(), ws.get(0).block(), ws.get(0).par(), left, top, right, bottom, text));
            }
        }
        int bodyLeft = lines.stream().mapToInt(Line::left).min().orElse(0);
        int bodyRight = lines.stream().mapToInt(Line::right).max().orElse(0);
        List<Paragraph> out = new ArrayList<>();
        StringBuilder current = null;
        int currentTop = 0;
        Line previous = null;
        for (Line line : lines) {
            int em = Math.max(1, line.height());
            boolean breakHere = previous == null || previous.block() != line.block() || previous.par() != line.par()
                    || line.left() > bodyLeft + 1.5 * em || previous.right() < bodyRight - 2.5 * em
                    || line.top() - previous.bottom() > 1.2 * em;
            if (breakHere) {
                if (current != null) {
                    out.add(new Paragraph(currentTop, current.toString()));
                }
                current = new StringBuilder(line.text());
                currentTop = (int) Math.round(line.top() / scale);
            } else {
                current.append(line.text());
            }
            previous = line;
        }
        if (current != null) {
            out.add(new Paragraph(currentTop, current.toString()));
        }
        return out;
    }

    /** Digits the Chinese model read as look-alike letters inside numbers and dates. */
    static String fix(String text) {
        String t = text;
        for (int i = 0; i < 3; i++) { // 1工工 needs a second pass, as the look-behind sees the original
            String next = ZERO.matcher(ONE.matcher(t).replaceAll("1")).replaceAll("0");
            if (next.equals(t)) {
                break;
            }
            t = next;
        }
        return t;
    }

    /** A line of specks and strokes (a seal's ring, a border's stub) rather than words. */
    private static boolean noise(String text) {
        Matcher m = Pattern.compile("[\\p{IsHan}0-9A-Za-z]").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n == 0;
    }
}
