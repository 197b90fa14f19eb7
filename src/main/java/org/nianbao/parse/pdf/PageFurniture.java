package org.nianbao.parse.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** What a page prints around its content rather than as part of it: page numbers ({@code - 1 -}, {@code 第1页}). */
final class PageFurniture {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－]?\\s*\\d{1,4}\\s*[-—–－]?|第\\s*\\d{1,4}\\s*页(\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}");

    private PageFurniture() {
    }

    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line.strip()).matches();
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
