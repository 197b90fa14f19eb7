package org.nianbao.parse.pdf;

/**
 * A straight horizontal or vertical line drawn on a page, in page space (points, origin top-left, y downwards).
 *
 * @param horizontal true for a horizontal line (then {@code position} is its y and it runs from x {@code start} to
 *                   {@code end}), false for a vertical one (position x, from y start to end)
 * @param start      the smaller end, never greater than {@code end}
 */
record Segment(boolean horizontal, float position, float start, float end) {

    float length() {
        return end - start;
    }
}
