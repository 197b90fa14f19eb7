package org.nianbao.parse.pdf;

/**
 * How the column lines of two parts of one table correspond, when a producer lays the table out again on each page
 * (LibreOffice was seen to move every inner column line by up to 20 pt from one page to the next) or a page's part
 * merges some columns. Each line of the part with fewer lines is matched, in order, to a line of the other, the
 * outer lines to the outer lines, moving them as little as possible in all; the match holds only when no line
 * moves further than {@link #SHARE} of the narrower column beside the line it lands on. Different tables, whose
 * columns do not correspond, fail that test.
 */
final class ColumnAlignment {
    /** A line may land at most this share of the narrower neighbouring column away. */
    private static final float SHARE = 0.4f;

    private ColumnAlignment() {
    }

    /**
     * For each line of {@code coarse} (no more lines than {@code fine}), the index of the line of {@code fine} it
     * stands for; null when the two cannot be columns of one table.
     */
    static int[] align(Edges coarse, Edges fine) {
        int n = coarse.count();
        int m = fine.count();
        if (n < 2 || n > m) {
            return null;
        }
        // cost[i][j]: the least total move placing lines 0..i of coarse with line i on line j of fine
        double[][] cost = new double[n][m];
        int[][] from = new int[n][m];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = Math.abs(coarse.at(0) - fine.at(0));
        for (int i = 1; i < n; i++) {
            for (int j = i; j <= m - (n - i); j++) {
                if (i == n - 1 && j != m - 1) {
                    continue;
                }
                double move = Math.abs(coarse.at(i) - fine.at(j));
                for (int k = i - 1; k < j; k++) {
                    if (cost[i - 1][k] + move < cost[i][j]) {
                        cost[i][j] = cost[i - 1][k] + move;
                        from[i][j] = k;
                    }
                }
            }
        }
        if (Double.isInfinite(cost[n - 1][m - 1])) {
            return null;
        }
        int[] match = new int[n];
        match[n - 1] = m - 1;
        for (int i = n - 1; i > 0; i--) {
            match[i - 1] = from[i][match[i]];
        }
        for (int i = 1; i < n - 1; i++) {
            if (Math.abs(coarse.at(i) - fine.at(match[i])) > allowed(fine, match[i])) {
                return null;
            }
        }
        return match;
    }

    private static float allowed(Edges fine, int j) {
        float narrower = Math.min(fine.at(j) - fine.at(j - 1), fine.at(j + 1) - fine.at(j));
        return Math.max(Edges.TOLERANCE, SHARE * narrower);
    }
}
