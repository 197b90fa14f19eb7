package org.nianbao.parse.pdf;

import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;

/**
 * Paint as a reader sees it: roughly its RGB colour, enough to tell whether a line or a fill stands out from what
 * is under it. Computed from the colour's components by its colour space family, without colour management: a
 * white fill behind a line of text (as WPS paints one behind every line) must not pass for a table border, while
 * any ink on paper must.
 */
final class Paint {
    /** The paper: what is under everything painted first. */
    static final int WHITE = 0xFFFFFF;
    /** Colours whose channels differ by at most this much (of 255) look the same. */
    private static final int SAME = 24;

    private Paint() {
    }

    /** The colour's approximate RGB; black when it cannot be told (a pattern, an unknown space): ink. */
    static int rgb(PDColor color) {
        if (color == null) {
            return 0;
        }
        float[] c = color.getComponents();
        PDColorSpace space = color.getColorSpace();
        int n = c.length;
        if (space instanceof PDICCBased icc) {
            n = icc.getNumberOfComponents();
        }
        boolean device = space instanceof PDDeviceGray || space instanceof PDDeviceRGB || space instanceof PDDeviceCMYK
                || space instanceof PDICCBased;
        if (device && c.length >= n) {
            switch (n) {
                case 1:
                    return gray(c[0]);
                case 3:
                    return pack(c[0], c[1], c[2]);
                case 4:
                    float k = 1 - clamp(c[3]);
                    return pack((1 - clamp(c[0])) * k, (1 - clamp(c[1])) * k, (1 - clamp(c[2])) * k);
                default:
                    return 0;
            }
        }
        if (space instanceof PDSeparation && c.length == 1) {
            return gray(1 - c[0]); // a tint of one ink: 0 leaves the paper, 1 is full ink
        }
        return 0;
    }

    static boolean looksSame(int a, int b) {
        return Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF)) <= SAME
                && Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF)) <= SAME
                && Math.abs((a & 0xFF) - (b & 0xFF)) <= SAME;
    }

    private static int gray(float g) {
        return pack(g, g, g);
    }

    private static int pack(float r, float g, float b) {
        return channel(r) << 16 | channel(g) << 8 | channel(b);
    }

    private static int channel(float v) {
        return Math.round(clamp(v) * 255);
    }

    private static float clamp(float v) {
        return Float.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }
}
