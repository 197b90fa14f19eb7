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

    /** The page's slope in degrees ({@link Raster#rotated} by it straightens the page). */
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
