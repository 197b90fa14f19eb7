package org.nianbao.parse.pdf;

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
        StringBuilder b = new StringBuilder(24);
        appendOneDecimal(b, left).append(',');
        appendOneDecimal(b, top).append(',');
        appendOneDecimal(b, width()).append(',');
        return appendOneDecimal(b, height()).toString();
    }

    /**
     * {@code String.format(Locale.ROOT, "%.1f", value)} without the Formatter, which was a twentieth of a PDF read
     * (every paragraph and cell carries its box).
     */
    static String oneDecimal(float value) {
        return appendOneDecimal(new StringBuilder(8), value).toString();
    }

    /**
     * Appends {@link #oneDecimal}: the float's value rounded half up to tenths, as the Formatter rounds its
     * shortest decimal (a float's exact value is never within a double's precision of a tie it is not on, so the
     * two agree). {@code value * 10 + 0.5} is exact in a double for these magnitudes (24 bits of the float, 4 of
     * the ten). What could print as {@code -0.0}, what is not finite, and what is too large for a long still goes
     * through the Formatter.
     */
    static StringBuilder appendOneDecimal(StringBuilder b, float value) {
        if (!Float.isFinite(value) || Math.copySign(1f, value) < 0 || value >= 1e14f) {
            return b.append(String.format(Locale.ROOT, "%.1f", value));
        }
        long tenths = (long) Math.floor(value * 10.0 + 0.5);
        return b.append(tenths / 10).append('.').append((char) ('0' + tenths % 10));
    }
}
