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
        return String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.1f", left, top, width(), height());
    }
}
