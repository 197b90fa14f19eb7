package org.nianbao.parse.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The usual layout of a document's body text: its font size, margins and line pitch. */
final class LineStatistics {

    private LineStatistics() {
    }

    /** The font size carrying the most characters. */
    static float bodySize(List<TextLine> lines) {
        Map<Float, Integer> chars = new HashMap<>();
        for (TextLine l : lines) {
            chars.merge(rounded(l.fontSize()), l.text().length(), Integer::sum);
        }
        return mostCommon(chars, 0f);
    }

    /** The most common left edge of body-size lines. */
    static float commonLeft(List<TextLine> lines, float bodySize) {
        Map<Float, Integer> counts = new HashMap<>();
        for (TextLine l : bodyLines(lines, bodySize)) {
            counts.merge(rounded(l.box().left()), 1, Integer::sum);
        }
        return mostCommon(counts, 0f);
    }

    /**
     * Where a full body line ends: the 90th percentile of body-line right edges. Not the most common edge, since
     * short lines (a borderless table, a list) may outnumber full ones; not the maximum, since one overlong URL
     * or hanging punctuation pokes out.
     */
    static float fullLineRight(List<TextLine> lines, float bodySize) {
        List<Float> rights = new ArrayList<>();
        for (TextLine l : bodyLines(lines, bodySize)) {
            rights.add(l.box().right());
        }
        if (rights.isEmpty()) {
            return Float.MAX_VALUE;
        }
        rights.sort(null);
        return rights.get((int) Math.floor(0.9 * (rights.size() - 1)));
    }

    /** The most common baseline step between consecutive body-size lines on one page. */
    static float linePitch(List<TextLine> lines, float bodySize) {
        Map<Float, Integer> counts = new HashMap<>();
        TextLine previous = null;
        for (TextLine l : bodyLines(lines, bodySize)) {
            if (previous != null && previous.page() == l.page()) {
                float step = l.box().bottom() - previous.box().bottom();
                if (step > 0) {
                    counts.merge(rounded(step), 1, Integer::sum);
                }
            }
            previous = l;
        }
        return mostCommon(counts, 2 * bodySize);
    }

    /** Font sizes larger than the body size, largest first: heading levels 1, 2, … */
    static List<Float> sizesAbove(List<TextLine> lines, float bodySize) {
        List<Float> sizes = new ArrayList<>();
        for (TextLine l : lines) {
            float s = rounded(l.fontSize());
            if (s > bodySize + 0.5f && !sizes.contains(s)) {
                sizes.add(s);
            }
        }
        sizes.sort((a, b) -> Float.compare(b, a));
        return sizes;
    }

    private static List<TextLine> bodyLines(List<TextLine> lines, float bodySize) {
        List<TextLine> body = new ArrayList<>();
        for (TextLine l : lines) {
            if (Math.abs(l.fontSize() - bodySize) <= 0.5f) {
                body.add(l);
            }
        }
        return body;
    }

    private static float rounded(float value) {
        return Math.round(value);
    }

    private static float mostCommon(Map<Float, Integer> counts, float fallback) {
        float best = fallback;
        int bestCount = 0;
        for (Map.Entry<Float, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() < best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
