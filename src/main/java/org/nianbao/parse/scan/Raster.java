package org.nianbao.parse.scan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A page as grey levels, 0 black to 255 white, one byte a pixel. Built from a colour page through its red channel,
 * so a red seal (red is bright there) fades into the paper while black print stays black; a grey page is taken as
 * it is.
 */
final class Raster {
    final int width;
    final int height;
    final byte[] grey;

    Raster(int width, int height, byte[] grey) {
        this.width = width;
        this.height = height;
        this.grey = grey;
    }

    static Raster of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] g = new byte[w * h];
        int[] row = new int[w];
        if (greyLevels(image)) {
            // a grey image's samples are its grey levels as scanned; getRGB would read them through Java's linear
            // grey colour space and lighten them (128 becomes 188), thinning strokes and erasing hairline rules
            int max = (1 << image.getColorModel().getComponentSize(0)) - 1;
            for (int y = 0; y < h; y++) {
                image.getRaster().getSamples(0, y, w, 1, 0, row);
                for (int x = 0; x < w; x++) {
                    g[y * w + x] = (byte) (row[x] * 255 / max);
                }
            }
            return new Raster(w, h, g);
        }
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int rgb = row[x];
                int r = rgb >> 16 & 0xFF;
                int gr = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                // red ink (a seal) is bright in the red channel; black and grey print is dark in all three
                g[y * w + x] = (byte) (isReddish(r, gr, b) ? r : (r * 299 + gr * 587 + b * 114) / 1000);
            }
        }
        return new Raster(w, h, g);
    }

    /** One band of grey levels (a grey PNG, TIFF or JPEG as decoded), not a palette or colour. */
    private static boolean greyLevels(BufferedImage image) {
        java.awt.image.ColorModel cm = image.getColorModel();
        return image.getRaster().getNumBands() == 1 && !(cm instanceof java.awt.image.IndexColorModel)
                && cm.getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_GRAY;
    }

    private static boolean isReddish(int r, int g, int b) {
        return r - Math.max(g, b) > 40;
    }

    int at(int x, int y) {
        return grey[y * width + x] & 0xFF;
    }

    /** The threshold between ink and paper that best splits the page's grey levels (Otsu). */
    int otsu() {
        long[] hist = new long[256];
        for (byte b : grey) {
            hist[b & 0xFF]++;
        }
        long total = grey.length;
        long extremes = 0;
        for (int i = 0; i < 256; i++) {
            extremes += i <= 16 || i >= 240 ? hist[i] : 0;
        }
        if (extremes >= 0.99 * total) {
            // a black-and-white scan: every threshold splits it alike, and Otsu's pick (any of them) would leave
            // the grey a straightened hairline turns into on the paper side
            return 128;
        }
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (double) i * hist[i];
        }
        double sumB = 0;
        long wB = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0) {
                continue;
            }
            long wF = total - wB;
            if (wF == 0) {
                break;
            }
            sumB += (double) t * hist[t];
            double mB = sumB / wB;
            double mF = (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return acrossGap(hist, threshold);
    }

    /** Grey levels no pixel has, this many in a row between ink and paper, make a page two-toned. */
    private static final int GAP = 32;

    /**
     * A two-toned page (a black-and-white scan rendered a hair off its own resolution: ink, paper and a few greys
     * at their edges, nothing between) gives Otsu a flat choice across the empty levels, and it picks one at the
     * ink's end: the grey a thin stroke turns into when the page is straightened would then fall on the paper's
     * side and a digit be lost. Such a threshold is moved to the middle of the widest empty run of levels between
     * the two classes' means.
     */
    private static int acrossGap(long[] hist, int threshold) {
        double sumInk = 0;
        double sumPaper = 0;
        long ink = 0;
        long paper = 0;
        for (int i = 0; i < 256; i++) {
            if (i <= threshold) {
                sumInk += (double) i * hist[i];
                ink += hist[i];
            } else {
                sumPaper += (double) i * hist[i];
                paper += hist[i];
            }
        }
        if (ink == 0 || paper == 0) {
            return threshold;
        }
        int from = (int) Math.ceil(sumInk / ink);
        int to = (int) Math.floor(sumPaper / paper);
        int bestStart = -1;
        int bestLength = 0;
        for (int i = from; i <= to; i++) {
            int start = i;
            while (i <= to && hist[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestLength = i - start;
                bestStart = start;
            }
        }
        return bestLength >= GAP ? bestStart + bestLength / 2 : threshold;
    }

    /** The paper's grey level: the level nine pixels in ten are at least as dark as. */
    int paper() {
        long[] hist = new long[256];
        for (byte b : grey) {
            hist[b & 0xFF]++;
        }
        long seen = 0;
        for (int i = 0; i < 256; i++) {
            seen += hist[i];
            if (seen >= 0.9 * grey.length) {
                return i;
            }
        }
        return 255;
    }

    /**
     * The threshold for ruling lines, lighter than the text's: a hairline rule comes out of a scan as a faint grey
     * stroke (blurred by the scanner's resampling and by straightening), yet only lines are long. A shaded cell's
     * fill stays paper: taken for ink it would make its row one thick band, no line, and its table would be lost.
     */
    int lineThreshold(int textThreshold) {
        // 0.6 of the way left a 150 dpi grey scan's hairlines (one pixel spread over three, 208-225 at their darkest
        // beside text at 176 and paper at 255) broken into pieces too short for lines
        int line = textThreshold + (int) Math.round((paper() - textThreshold) * LINE_SHARE);
        int shade = shade(textThreshold, line);
        return shade < 0 ? line : Math.max(textThreshold, shade - SHADE_MARGIN);
    }

    /** How far from the text's threshold to the paper's level the line threshold lies. */
    private static final double LINE_SHARE = 0.7;

    /** Grey levels a shading's fill spreads over (JPEG, the scanner's noise) on either side of its level. */
    private static final int SHADE_MARGIN = 6;

    /** A shading's level holds this many times what the levels a shading's spread darker hold. */
    private static final int SHADE_PROMINENCE = 4;

    /**
     * The darkest flat grey between the text's threshold and {@code upTo}: a level that, with its two neighbours,
     * holds a share of the page no stroke's edges make (a cell's shading, several rows of it) and stands out of the
     * levels beside it; -1 when none. A page ruled in hairlines at 150 dpi has a broad hump of their greys there
     * (each line one pixel spread over three): taken for a shading it pulled the line threshold under the lines'
     * own grey and broke every line.
     */
    private int shade(int textThreshold, int upTo) {
        long[] hist = new long[256];
        for (byte b : grey) {
            hist[b & 0xFF]++;
        }
        long need = grey.length / 250;
        for (int i = textThreshold + 1; i < upTo + SHADE_MARGIN && i < 255; i++) {
            long around = hist[i - 1] + hist[i] + hist[i + 1];
            int d = Math.max(1, i - 2 * SHADE_MARGIN);
            long darker = hist[d - 1] + hist[d] + hist[d + 1];
            if (around >= need && hist[i] >= hist[i - 1] && hist[i] >= hist[i + 1]
                    && around >= SHADE_PROMINENCE * darker) {
                return i;
            }
        }
        return -1;
    }

    /** Ink where the grey level is at most {@code threshold}. */
    Ink ink(int threshold) {
        boolean[] on = new boolean[grey.length];
        for (int i = 0; i < grey.length; i++) {
            on[i] = (grey[i] & 0xFF) <= threshold;
        }
        return new Ink(width, height, on);
    }

    /** This page turned by {@code degrees} (counter-clockwise positive) about its centre, paper filling the corners. */
    Raster rotated(double degrees) {
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double cx = width / 2.0;
        double cy = height / 2.0;
        byte[] out = new byte[grey.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // where this output pixel comes from in the source (the inverse rotation)
                double dx = x - cx;
                double dy = y - cy;
                double sx = cos * dx - sin * dy + cx;
                double sy = sin * dx + cos * dy + cy;
                out[y * width + x] = (byte) bilinear(sx, sy);
            }
        }
        return new Raster(width, height, out);
    }

    private int bilinear(double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
            return 255;
        }
        double fx = x - x0;
        double fy = y - y0;
        double top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
        double bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
        return (int) Math.round(top * (1 - fy) + bottom * fy);
    }

    /** A part of the page, scaled by {@code scale} (bilinear), as an image; outside the page is paper. */
    BufferedImage crop(int x, int y, int w, int h, double scale) {
        return crop(x, y, w, h, scale, new int[] {x, y, x + w - 1, y + h - 1});
    }

    /**
     * A part of the page as {@link #crop(int, int, int, int, double)}, with paper outside {@code keep} (left, top,
     * right, bottom, page pixels): the margin round a cell's text stays clear of the cell's borders, whose remains
     * the engine reads as characters.
     */
    BufferedImage crop(int x, int y, int w, int h, double scale, int[] keep) {
        int ow = Math.max(1, (int) Math.round(w * scale));
        int oh = Math.max(1, (int) Math.round(h * scale));
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int oy = 0; oy < oh; oy++) {
            for (int ox = 0; ox < ow; ox++) {
                double px = x + (ox + 0.5) / scale - 0.5;
                double py = y + (oy + 0.5) / scale - 0.5;
                boolean kept = px >= keep[0] && px <= keep[2] && py >= keep[1] && py <= keep[3];
                data[oy * ow + ox] = (byte) (kept ? bilinear(px, py) : 255);
            }
        }
        return out;
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
