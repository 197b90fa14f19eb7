package org.nianbao.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A box prints exactly as {@code String.format(Locale.ROOT, "%.1f", …)} printed it before the fast path. */
class BoxTest {

    @Test
    void describesLikeTheFormatter() {
        assertThat(new Box(56.8f, 72.05f, 538.45f, 90f).describe()).isEqualTo(String.format(Locale.ROOT,
                "%.1f,%.1f,%.1f,%.1f", 56.8f, 72.05f, 538.45f - 56.8f, 90f - 72.05f));
    }

    @Test
    void oneDecimalIsTheFormattersOnPageCoordinatesAndEdges() {
        Random random = new Random(8);
        for (int n = 0; n < 40_000; n++) {
            float v = switch (n % 4) {
                case 0 -> random.nextFloat() * 1200 - 100;
                case 1 -> Math.round(random.nextFloat() * 20000) / 20f;   // ties such as 12.25 and 12.35
                case 2 -> Math.round(random.nextFloat() * 200000) / 200f;
                default -> Float.intBitsToFloat(random.nextInt());
            };
            assertThat(Box.oneDecimal(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.1f", v));
        }
        for (int n = 0; n < 100_000; n++) {
            // any positive float the fast path takes, and the hundredths around ties
            float v = n % 2 == 0 ? Float.intBitsToFloat(random.nextInt(Float.floatToIntBits(1e14f)))
                    : Math.nextAfter((random.nextInt(2_000_000) * 2 + 1) / 20f, random.nextBoolean() ? 0 : 1e9);
            assertThat(Box.oneDecimal(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.1f", v));
        }
        for (float v : new float[] {0f, -0f, -0.04f, 0.05f, 0.95f, 9.95f, 99.95f, 1e-9f, Float.MIN_VALUE,
            Float.MAX_VALUE, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1e20f, 1e14f,
            Math.nextDown(1e14f), 0.25f, 0.35f, 1048576.05f}) {
            assertThat(Box.oneDecimal(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.1f", v));
        }
    }
}
