package org.nianbao.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cell finder finds the same cells, in the same order, as its first version (tree maps of crossings). */
class CellFinderTest {

    @Test
    void findsWhatTheTreeMapVersionFound() {
        Random random = new Random(16);
        int found = 0;
        for (int n = 0; n < 3000; n++) {
            List<Segment> h = new ArrayList<>();
            List<Segment> v = new ArrayList<>();
            rulings(random, h, v);
            List<float[]> expected = CellFinderOracle.cells(h, v);
            List<float[]> actual = CellFinder.cells(h, v);
            found += expected.size();
            assertThat(actual).as("case %d", n).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i)).as("case %d, cell %d", n, i).containsExactly(expected.get(i));
            }
        }
        assertThat(found).as("cells found in all cases").isGreaterThan(15_000);
    }

    @Test
    void aRuledGridIsItsCells() {
        List<Segment> h = List.of(new Segment(true, 10, 0, 100), new Segment(true, 30, 0, 100),
                new Segment(true, 50, 0, 100));
        List<Segment> v = List.of(new Segment(false, 0, 10, 50), new Segment(false, 60, 10, 50),
                new Segment(false, 100, 10, 50));
        assertThat(CellFinder.cells(h, v)).containsExactly(new float[] {0, 10, 60, 30}, new float[] {60, 10, 100, 30},
                new float[] {0, 30, 60, 50}, new float[] {60, 30, 100, 50});
    }

    /**
     * A table's lines, jittered, some cut short, some missing (spanning cells), some drawn twice or a hair apart,
     * with stray lines and a second table beside it; in shuffled order.
     */
    private static void rulings(Random random, List<Segment> h, List<Segment> v) {
        for (int table = 0; table < 1 + random.nextInt(2); table++) {
            int rows = 1 + random.nextInt(8);
            int cols = 1 + random.nextInt(8);
            float left = table * 300 + random.nextInt(20);
            float top = random.nextInt(40);
            float[] xs = new float[cols + 1];
            float[] ys = new float[rows + 1];
            xs[0] = left;
            ys[0] = top;
            for (int i = 1; i <= cols; i++) {
                xs[i] = xs[i - 1] + 5 + random.nextInt(40);
            }
            for (int i = 1; i <= rows; i++) {
                ys[i] = ys[i - 1] + 3 + random.nextInt(20);
            }
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c < cols; c++) {
                    if (r > 0 && r < rows && random.nextInt(5) == 0) {
                        continue; // a cell spanning this row line
                    }
                    float y = ys[r] + jitter(random);
                    h.add(new Segment(true, y, xs[c] + jitter(random), xs[c + 1] + jitter(random)));
                    if (random.nextInt(10) == 0) {
                        h.add(new Segment(true, y + random.nextInt(3) * 0.5f, xs[c], xs[c + 1]));
                    }
                }
            }
            for (int c = 0; c <= cols; c++) {
                for (int r = 0; r < rows; r++) {
                    if (c > 0 && c < cols && random.nextInt(5) == 0) {
                        continue;
                    }
                    float x = xs[c] + jitter(random);
                    v.add(new Segment(false, x, ys[r] + jitter(random), ys[r + 1] + jitter(random)));
                    if (random.nextInt(10) == 0) {
                        v.add(new Segment(false, x + random.nextInt(3) * 0.5f, ys[r], ys[r + 1]));
                    }
                }
            }
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            float a = random.nextInt(600);
            float b = random.nextInt(200);
            boolean horizontal = random.nextBoolean();
            (horizontal ? h : v).add(new Segment(horizontal, b, a, a + random.nextInt(100)));
        }
        Collections.shuffle(h, random);
        Collections.shuffle(v, random);
    }

    /** Usually none (snapped lines meet exactly); sometimes a fraction of a point, within the reach or beyond. */
    private static float jitter(Random random) {
        return random.nextInt(4) == 0 ? (random.nextInt(9) - 4) * 0.75f : 0;
    }
}
