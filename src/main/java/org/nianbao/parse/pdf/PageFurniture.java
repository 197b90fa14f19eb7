package org.nianbao.parse.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a page prints around its content rather than as part of it: page numbers ({@code - 1 -}, {@code 第1页}),
 * and running headers and footers (a line printed at the same place on consecutive pages).
 */
final class PageFurniture {
    /** Running headers and footers are looked for among this many lines at the top and at the foot of a page. */
    private static final int EDGE_LINES = 3;
    /** Lines this close (points) sit at the same place. */
    private static final float SAME_PLACE = 2f;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－]?\\s*\\d{1,4}\\s*[-—–－]?|第\\s*\\d{1,4}\\s*页(\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PageFurniture() {
    }

    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line.strip()).matches();
    }

    /** The first and last few lines of a page that hold text outside ruled boxes. */
    static List<RawLine> edgeLines(List<RawLine> lines) {
        List<RawLine> text = new ArrayList<>();
        for (RawLine l : lines) {
            if (l.outsideBoxes() != null) {
                text.add(l);
            }
        }
        if (text.size() <= 2 * EDGE_LINES) {
            return text;
        }
        List<RawLine> edges = new ArrayList<>(text.subList(0, EDGE_LINES));
        edges.addAll(text.subList(text.size() - EDGE_LINES, text.size()));
        return edges;
    }

    /** Two lines of consecutive pages at the same place with the same words, their digits aside. */
    static boolean sameRunningLine(RawLine a, RawLine b) {
        Box x = a.outsideBoxes();
        Box y = b.outsideBoxes();
        boolean samePlace = Math.abs(x.top() - y.top()) <= SAME_PLACE && (Math.abs(x.left() - y.left()) <= SAME_PLACE
                || Math.abs(x.right() - y.right()) <= SAME_PLACE);
        return samePlace && withoutDigits(a.outsideText()).equals(withoutDigits(b.outsideText()));
    }

    private static String withoutDigits(String text) {
        return DIGITS.matcher(SPACES.matcher(text).replaceAll("")).replaceAll("#");
    }

    /** The narrative lines parted into content and the page numbers (first or last line of a page) left out. */
    static Parted part(List<TextLine> lines) {
        Map<Integer, Integer> firstOnPage = new HashMap<>();
        Map<Integer, Integer> lastOnPage = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            firstOnPage.putIfAbsent(lines.get(i).page(), i);
            lastOnPage.put(lines.get(i).page(), i);
        }
        List<TextLine> content = new ArrayList<>();
        List<TextLine> pageNumbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            boolean edge = firstOnPage.get(l.page()) == i || lastOnPage.get(l.page()) == i;
            (edge && isPageNumber(l.text()) ? pageNumbers : content).add(l);
        }
        return new Parted(content, pageNumbers);
    }

    /** Narrative lines: the content, and the page numbers left out of it. */
    record Parted(List<TextLine> content, List<TextLine> pageNumbers) {
    }
}
