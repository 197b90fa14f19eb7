package org.nianbao.parse.scan;

/**
 * How far a scanned page is turned: the slope at which the ink's rows line up best (the sharpest horizontal
 * projection of ruling lines and text lines), searched over ±4° coarsely and then finely. A page straighter than
 * 0.05° is left as it is.
 */
final class Deskew {
    private static final double MAX_DEGREES = 4;
    private static final double MIN_DEGREES = 0.05;

    private Deskew() {
    }

    /** Slopes further apart than this (degrees) are two answers, not one found a step apart. */
    private static final double AGREE = 0.1;

    /**
     * The page's slope in degrees: the text's, unless the page's rules (its ink at the line threshold, the
     * straightest ink a page has, even where fainter than the text) line up at another. A page that is all table
     * lines up by the text in its cells too weakly to tell 2° from half a degree (the seed's table 3 at 150 dpi
     * grey, its faint rules left out, -0.55° for a page turned 2°).
     */
    static double angle(Raster page, int textThreshold) {
        double text = angle(page.ink(textThreshold));
        double rules = angle(page.ink(page.lineThreshold(textThreshold)));
        return Math.abs(rules - text) > AGREE ? rules : text;
    }

    /** The slope in degrees at which {@code ink} lines up best ({@link Raster#rotated} by it straightens it). */
    static double angle(Ink ink) {
        int[] xs = new int[Math.min(400_000, ink.on.length)];
        int[] ys = new int[xs.length];
        int n = 0;
        int step = Math.max(1, (int) (countInk(ink) / xs.length) + 1);
        int seen = 0;
        for (int y = 0; y < ink.height && n < xs.length; y++) {
            for (int x = 0; x < ink.width && n < xs.length; x++) {
                if (ink.on[y * ink.width + x] && seen++ % step == 0) {
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 100) {
            return 0;
        }
        double best = best(xs, ys, n, ink, -MAX_DEGREES, MAX_DEGREES, 0.25);
        best = best(xs, ys, n, ink, best - 0.25, best + 0.25, 0.02);
        return Math.abs(best) < MIN_DEGREES ? 0 : best;
    }

    private static long countInk(Ink ink) {
        long c = 0;
        for (boolean b : ink.on) {
            c += b ? 1 : 0;
        }
        return c;
    }

    private static double best(int[] xs, int[] ys, int n, Ink ink, double from, double to, double step) {
        double bestAngle = 0;
        double bestScore = -1;
        int margin = (int) (ink.width * Math.tan(Math.toRadians(MAX_DEGREES + 1))) + 2;
        long[] hist = new long[ink.height + 2 * margin];
        for (double a = from; a <= to + 1e-9; a += step) {
            java.util.Arrays.fill(hist, 0);
            double t = Math.tan(Math.toRadians(a));
            for (int i = 0; i < n; i++) {
                int row = (int) Math.round(ys[i] - xs[i] * t) + margin;
                if (row >= 0 && row < hist.length) {
                    hist[row]++;
                }
            }
            double score = 0;
            for (long h : hist) {
                score += (double) h * h;
            }
            if (score > bestScore) {
                bestScore = score;
                bestAngle = a;
            }
        }
        return bestAngle;
    }
}
