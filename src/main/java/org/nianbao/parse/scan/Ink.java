package org.nianbao.parse.scan;

/** Which pixels of a page are ink, after a threshold. */
final class Ink {
    final int width;
    final int height;
    final boolean[] on;

    Ink(int width, int height, boolean[] on) {
        this.width = width;
        this.height = height;
        this.on = on;
    }

    boolean at(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height && on[y * width + x];
    }

    /** Ink pixels in a rectangle (clipped to the page). */
    int count(int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
                n += on[y * width + x] ? 1 : 0;
            }
        }
        return n;
    }
}
