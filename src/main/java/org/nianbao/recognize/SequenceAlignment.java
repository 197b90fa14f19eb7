package org.nianbao.recognize;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Places written labels that no label matched with confidence into the standard sequence, by their place among
 * their neighbours and the likeness of their words. Confidently matched labels are anchors: each label left over
 * between two anchors may only take a standard slot that lies between those anchors' slots and that no other label
 * holds. Within such a gap the labels and free slots are aligned in order (no crossing, one slot each) for the
 * greatest total likeness, counting only pairs at least {@link LabelSimilarity#ENOUGH} alike; a pair is kept only
 * when every best alignment has it, so a tie never picks a row. A slip in one word therefore never drops a row,
 * and position alone, or likeness alone, never places one.
 */
final class SequenceAlignment {
    private static final double EPSILON = 1e-9;

    /** How alike written label {@code item} is to standard slot {@code slot}, 0…1. */
    @FunctionalInterface
    interface Likeness {
        double of(int item, int slot);
    }

    private SequenceAlignment() {
    }

    /**
     * @param anchors   for each written label in written order, the slot it was matched to with confidence, or -1
     * @param candidate whether a label without an anchor may be placed (a label that is no row, such as a header,
     *                  is not)
     * @param taken     slots held elsewhere (an earlier part of a split table), never given again
     * @param before    the slot of the last label read before these (an earlier part), or -1
     * @param slots     how many standard slots there are
     * @return for each written label its slot: the anchor, the slot it was aligned to, or -1
     */
    static int[] fill(int[] anchors, boolean[] candidate, Set<Integer> taken, int before, int slots,
            Likeness likeness) {
        int[] out = anchors.clone();
        boolean[] held = new boolean[slots];
        for (int slot : anchors) {
            if (slot >= 0) {
                held[slot] = true;
            }
        }
        taken.forEach(s -> held[s] = true);
        int lo = before;
        int i = 0;
        while (i < anchors.length) {
            if (anchors[i] >= 0) {
                lo = anchors[i++];
                continue;
            }
            int end = i;
            while (end < anchors.length && anchors[end] < 0) {
                end++;
            }
            int hi = end < anchors.length ? anchors[end] : slots;
            alignGap(out, candidate, held, i, end, lo, hi, likeness);
            i = end;
        }
        return out;
    }

    /**
     * Places by position alone what {@link #fill} left unplaced, for labels OCR could not read (a scan): in a run
     * of unplaced labels between two placed ones (the first may be {@code before}, the last of an earlier part),
     * when every label of the run may be placed so and the free slots between those two are exactly as many, the
     * run's labels take those slots in order. That is where the written rows have the standard's shape; a run with
     * more or fewer labels than free slots, or one holding a label that may not be placed, stays unplaced, and a
     * run at either end of the table (no neighbour on that side) too.
     *
     * @param slots      what {@link #fill} returned
     * @param positional whether a label may be placed by position (unplaced, a row's own, read by OCR)
     */
    static int[] fillByPosition(int[] slots, boolean[] positional, Set<Integer> taken, int before, int slotCount) {
        int[] out = slots.clone();
        boolean[] held = new boolean[slotCount];
        for (int slot : slots) {
            if (slot >= 0) {
                held[slot] = true;
            }
        }
        taken.forEach(s -> held[s] = true);
        int lo = before;
        int i = 0;
        while (i < out.length) {
            if (out[i] >= 0) {
                lo = out[i++];
                continue;
            }
            int end = i;
            while (end < out.length && out[end] < 0) {
                end++;
            }
            if (lo >= 0 && end < out.length && IntStream.range(i, end).allMatch(k -> positional[k])) {
                int[] free = IntStream.range(lo + 1, Math.min(out[end], slotCount)).filter(s -> !held[s]).toArray();
                if (free.length == end - i) {
                    for (int k = 0; k < free.length; k++) {
                        out[i + k] = free[k];
                    }
                }
            }
            i = end;
        }
        return out;
    }

    /**
     * Places by position alone the one label {@link #fill} and {@link #fillByPosition} left unplaced, for a label
     * OCR could not read (a scan), where the written sequence has the standard's shape exactly: as many labels as
     * the standard has slots, every other label placed, each at its own index. The one slot left is then forced by
     * the grid, at either end of the table too (a table's last column, its total). A sequence with one label more
     * or fewer, a placed label out of its own index (a standard column absent and another in its place), or two
     * labels unplaced, stays as it was.
     *
     * @param positional whether a label may be placed by position (unplaced, read by OCR)
     */
    static int[] fillByShape(int[] slots, boolean[] positional, int slotCount) {
        if (slots.length != slotCount) {
            return slots;
        }
        int open = -1;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] < 0 && positional[i] && open < 0) {
                open = i;
            } else if (slots[i] != i) {
                return slots;
            }
        }
        int[] out = slots.clone();
        if (open >= 0) {
            out[open] = open;
        }
        return out;
    }

    /** Aligns the candidates among items {@code [from, to)} with the free slots strictly between lo and hi. */
    private static void alignGap(int[] out, boolean[] candidate, boolean[] held, int from, int to, int lo, int hi,
            Likeness likeness) {
        int[] items = IntStream.range(from, to).filter(i -> candidate[i]).toArray();
        int[] free = IntStream.range(Math.max(lo + 1, 0), Math.min(hi, held.length))
                .filter(s -> !held[s]).toArray();
        if (items.length == 0 || free.length == 0) {
            return;
        }
        double[][] score = new double[items.length][free.length];
        for (int a = 0; a < items.length; a++) {
            for (int b = 0; b < free.length; b++) {
                double s = likeness.of(items[a], free[b]);
                score[a][b] = s >= LabelSimilarity.ENOUGH ? s : Double.NaN;
            }
        }
        double best = best(score, -1, -1);
        if (best <= EPSILON) {
            return;
        }
        for (int[] pair : trace(score)) {
            // kept only when forbidding it makes every alignment worse: no other way scores as well
            if (best(score, pair[0], pair[1]) < best - EPSILON) {
                out[items[pair[0]]] = free[pair[1]];
                held[free[pair[1]]] = true;
            }
        }
    }

    /** The best total likeness of an order-preserving alignment, without the pair (fa, fb) when given. */
    private static double best(double[][] score, int fa, int fb) {
        return table(score, fa, fb)[score.length][score[0].length];
    }

    private static double[][] table(double[][] score, int fa, int fb) {
        int n = score.length;
        int m = score[0].length;
        double[][] t = new double[n + 1][m + 1];
        for (int a = 1; a <= n; a++) {
            for (int b = 1; b <= m; b++) {
                double v = Math.max(t[a - 1][b], t[a][b - 1]);
                double s = score[a - 1][b - 1];
                if (!Double.isNaN(s) && !(a - 1 == fa && b - 1 == fb)) {
                    v = Math.max(v, t[a - 1][b - 1] + s);
                }
                t[a][b] = v;
            }
        }
        return t;
    }

    /** The pairs of one best alignment. */
    private static int[][] trace(double[][] score) {
        double[][] t = table(score, -1, -1);
        int a = score.length;
        int b = score[0].length;
        int[][] pairs = new int[Math.min(a, b)][];
        int count = 0;
        while (a > 0 && b > 0) {
            double s = score[a - 1][b - 1];
            if (!Double.isNaN(s) && Math.abs(t[a][b] - (t[a - 1][b - 1] + s)) < EPSILON) {
                pairs[count++] = new int[] {a - 1, b - 1};
                a--;
                b--;
            } else if (Math.abs(t[a][b] - t[a - 1][b]) < EPSILON) {
                a--;
            } else {
                b--;
            }
        }
        return Arrays.copyOf(pairs, count);
    }
}
