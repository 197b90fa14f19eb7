package org.nianbao.parse.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** An axis-aligned rectangle in page space (points, origin top-left, y downwards). */
record Box(float left, float top, float right, float bottom) {

    float width() {
        return right - left;
    }

    float height() {
        return bottom - top;
    }

    boolean contains(float x, float y) {
        return x >= left && x <= right && y >= top && y <= bottom;
    }

    /** The box as {@code "x,y,w,h"} in points, the form {@link org.nianbao.model.Location#box()} carries. */
    String describe() {
        return oneDecimal(left) + "," + oneDecimal(top) + "," + oneDecimal(width()) + "," + oneDecimal(height());
    }

    /**
     * {@code String.format(Locale.ROOT, "%.1f", value)} without the Formatter, which was a twentieth of a PDF read
     * (every paragraph and cell carries its box): the float's shortest decimal rounded half up, as the Formatter
     * does. What could print as {@code -0.0}, and what is not finite, still goes through the Formatter.
     */
    static String oneDecimal(float value) {
        if (!Float.isFinite(value) || Math.copySign(1f, value) < 0) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return new BigDecimal(Double.toString(value)).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
