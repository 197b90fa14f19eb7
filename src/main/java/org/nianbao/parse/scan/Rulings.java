package org.nianbao.parse.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ruling lines drawn on a page image: long thin runs of ink, horizontal and vertical. A run may have gaps of a
 * few pixels (a line thinned by the threshold or by JPEG) and may drift by a pixel from row to row (a page not quite
 * straight); runs of neighbouring rows that overlap are one line. Ink thicker than a ruling (a black bar) or shorter
 * than a cell's side (the strokes of characters) is not a line.
 */
final class Rulings {
    /** One line: along {@code from..to} at {@code at} (the centre across), {@code thickness} pixels wide. */
    record Line(int at, int from, int to, int thickness) {
        int length() {
            return to - from;
        }
    }

    final List<Line> horizontal;
    final List<Line> vertical;

    private Rulings(List<Line> horizontal, List<Line> vertical) {
        this.horizontal = horizontal;
        this.vertical = vertical;
    }

    /** The lines of a page scanned at {@code dpi}. */
    static Rulings find(Ink ink, double dpi) {
        Dashes dashes = new Dashes(Math.max(2, (int) Math.round(dpi / 100)), (int) Math.round(0.05 * dpi),
                (int) Math.round(0.1 * dpi));
        int maxThickness = Math.max(4, (int) Math.round(dpi / 25));
        int minH = (int) Math.round(0.3 * dpi);
        int minV = (int) Math.round(0.2 * dpi);
        List<Line> h = withDashed(lines(ink, true, minH, dashes, maxThickness, false),
                lines(ink, true, minH, dashes, maxThickness, true));
        List<Line> v = withDashed(lines(ink, false, minV, dashes, maxThickness, false),
                lines(ink, false, minV, dashes, maxThickness, true));
        return new Rulings(h, v);
    }

    /**
     * How a line broken into dashes is put together again. A hairline on a page scanned turned, in black and white,
     * is a staircase whose steps fall apart where the line straddles two pixel rows (neither dark enough), and
     * straightening the page lays the steps in one row with those gaps between them. A run's ink bridges gaps up to
     * {@code gap} pixels (a line thinned by the threshold or by JPEG); beyond that, pieces at least {@code minDash}
     * long are one line across gaps up to {@code maxGap} each shorter than half of the pieces on either side: the
     * line is then still mostly ink, and it must be as long as any line and have clear paper beside it.
     */
    private record Dashes(int gap, int minDash, int maxGap) {
    }

    /** The solid lines and those dashed lines that are not a solid one already. */
    private static List<Line> withDashed(List<Line> solid, List<Line> dashed) {
        List<Line> out = new ArrayList<>(solid);
        for (Line d : dashed) {
            if (solid.stream().noneMatch(s -> Math.abs(s.at() - d.at()) <= s.thickness() && s.from() <= d.from()
                    && s.to() >= d.to())) {
                out.add(d);
            }
        }
        out.sort(Comparator.comparingInt(Line::at).thenComparingInt(Line::from));
        return out;
    }

    /**
     * Runs along rows ({@code horizontal}) or columns, joined across neighbouring rows into lines: solid runs, or
     * ({@code dashed}) runs of dashes.
     */
    private static List<Line> lines(Ink ink, boolean horizontal, int minLength, Dashes dashes, int maxThickness,
            boolean dashed) {
        int across = horizontal ? ink.height : ink.width;
        int along = horizontal ? ink.width : ink.height;
        List<Band> open = new ArrayList<>();
        List<Band> done = new ArrayList<>();
        for (int r = 0; r < across; r++) {
            List<int[]> pieces = pieces(ink, horizontal, r, along, dashes.gap());
            List<int[]> runs = dashed ? chains(pieces, minLength, dashes) : pieces.stream()
                    .filter(p -> p[1] - p[0] + 1 >= minLength).toList();
            List<Band> stillOpen = new ArrayList<>();
            for (int[] run : runs) {
                Band joined = null;
                for (Band o : open) {
                    if (o.last >= r - 1 && overlap(o.from, o.to, run[0], run[1]) > 0.5 * Math.min(o.to - o.from,
                            run[1] - run[0])) {
                        joined = o;
                        break;
                    }
                }
                if (joined == null) {
                    joined = new Band();
                    open.add(joined);
                }
                joined.add(r, run[0], run[1]);
                if (!stillOpen.contains(joined)) {
                    stillOpen.add(joined);
                }
            }
            for (Band o : open) {
                if (!stillOpen.contains(o)) {
                    done.add(o);
                }
            }
            open = stillOpen;
        }
        done.addAll(open);
        List<Line> out = new ArrayList<>();
        for (Band o : done) {
            Line line = o.line(maxThickness);
            if (line != null && (!dashed || clearBeside(ink, horizontal, line))) {
                out.add(line);
            }
        }
        out.sort(Comparator.comparingInt(Line::at).thenComparingInt(Line::from));
        return out;
    }

    /** Runs of neighbouring rows joined: the rows they are in and each row's extent along. */
    private static final class Band {
        int first = -1;
        int last = -1;
        int from = Integer.MAX_VALUE;
        int to = -1;
        final List<int[]> rows = new ArrayList<>(); // {row, from, to}

        void add(int r, int runFrom, int runTo) {
            if (last == r) {
                int[] row = rows.get(rows.size() - 1);
                row[1] = Math.min(row[1], runFrom);
                row[2] = Math.max(row[2], runTo);
            } else {
                rows.add(new int[] {r, runFrom, runTo});
            }
            first = first < 0 ? r : first;
            last = r;
            from = Math.min(from, runFrom);
            to = Math.max(to, runTo);
        }

        /**
         * The line this band is, or null. A band too thick for a ruling may be one with something else touching it
         * along part of its length (a seal's star on a table's border, a heading standing on it): its rows as long
         * as the line are the line, every other row much shorter. A band whose long rows are too many is ink
         * thicker than a ruling (a black bar, a shaded row), no line; one with rows of every length is a shape.
         */
        Line line(int maxThickness) {
            if (last - first + 1 <= maxThickness) {
                return new Line((first + last) / 2, from, to, last - first + 1);
            }
            int longest = rows.stream().mapToInt(x -> x[2] - x[1]).max().orElse(0);
            int a = -1;
            int b = -1;
            int lo = Integer.MAX_VALUE;
            int hi = -1;
            for (int[] x : rows) {
                if (x[2] - x[1] > BESIDE_LINE * longest && x[2] - x[1] < CORE * longest) {
                    return null; // rows of every length: a shape (a seal's ring or star), not a line with a thing on it
                }
                if (x[2] - x[1] >= CORE * longest) {
                    if (a >= 0 && x[0] > b + 1) {
                        return null; // long rows apart: two lines or a bar, not one ruling with something on it
                    }
                    a = a < 0 ? x[0] : a;
                    b = x[0];
                    lo = Math.min(lo, x[1]);
                    hi = Math.max(hi, x[2]);
                }
            }
            return b - a + 1 <= maxThickness ? new Line((a + b) / 2, lo, hi, b - a + 1) : null;
        }
    }

    /** A row of a band at least this share of its longest row's length is the line's own. */
    private static final double CORE = 0.8;
    /** What touches a line is at most this share of its length in any row. */
    private static final double BESIDE_LINE = 0.5;

    /** Ink beside a line put together from dashes may cover at most this share of its length on either side. */
    private static final double BESIDE = 0.15;

    /**
     * Whether the paper just beside a line is clear: a ruling has paper
     * on both sides but where lines cross it, while a row of characters whose strokes happen to line up (what
     * dashes could also be made of) has the characters' other strokes above and below.
     */
    private static boolean clearBeside(Ink ink, boolean horizontal, Line line) {
        int first = line.at() - (line.thickness() - 1) / 2;
        int last = first + line.thickness() - 1;
        int span = line.length() + 1;
        for (int side : new int[] {first - 2, first - 3, last + 2, last + 3}) {
            int n = 0;
            for (int i = line.from(); i <= line.to(); i++) {
                n += (horizontal ? ink.at(i, side) : ink.at(side, i)) ? 1 : 0;
            }
            if (n > BESIDE * span) {
                return false;
            }
        }
        return true;
    }

    /** The runs of ink along row (or column) {@code r}, gaps up to {@code gap} bridged: {from, to} each. */
    private static List<int[]> pieces(Ink ink, boolean horizontal, int r, int along, int gap) {
        List<int[]> pieces = new ArrayList<>();
        int start = -1;
        int lastInk = -1;
        for (int i = 0; i <= along; i++) {
            boolean on = i < along && (horizontal ? ink.on[r * ink.width + i] : ink.on[i * ink.width + r]);
            if (on) {
                if (start < 0) {
                    start = i;
                }
                lastInk = i;
            } else if (start >= 0 && i - lastInk > gap) {
                pieces.add(new int[] {start, lastInk});
                start = -1;
            }
        }
        return pieces;
    }

    /**
     * Gaps a run of dashes has at least: two characters side by side whose strokes line up (the bottoms of 区 and 医)
     * make one gap, a line three dashes or more.
     */
    private static final int MIN_LINKS = 2;

    /** Pieces that are dashes of one line at least {@code minLength} long, {from, to} each (see {@link Dashes}). */
    private static List<int[]> chains(List<int[]> pieces, int minLength, Dashes dashes) {
        List<int[]> chains = new ArrayList<>();
        int[] chain = null;
        int[] last = null;
        int links = 0;
        for (int[] p : pieces) {
            if (p[1] - p[0] + 1 < dashes.minDash()) {
                continue; // a speck or a character's stroke: neither a line nor a dash of one
            }
            int gap = last == null ? Integer.MAX_VALUE : p[0] - last[1] - 1;
            if (gap <= dashes.maxGap() && 2 * gap <= Math.min(last[1] - last[0] + 1, p[1] - p[0] + 1)) {
                chain[1] = p[1];
                links++;
            } else {
                if (links >= MIN_LINKS && chain[1] - chain[0] + 1 >= minLength) {
                    chains.add(chain);
                }
                chain = new int[] {p[0], p[1]};
                links = 0;
            }
            last = p;
        }
        if (links >= MIN_LINKS && chain[1] - chain[0] + 1 >= minLength) {
            chains.add(chain);
        }
        return chains;
    }

    private static int overlap(int a0, int a1, int b0, int b1) {
        return Math.min(a1, b1) - Math.max(a0, b0);
    }
}
