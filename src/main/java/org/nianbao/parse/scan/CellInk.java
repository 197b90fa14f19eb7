package org.nianbao.parse.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What is printed inside one cell: the connected blots of ink within its borders, the remains of the borders
 * themselves removed (a thin blot running along an edge), specks of noise away from the text removed. From the
 * blots' shapes: whether the cell is blank, and whether it looks like one line of digits (narrow glyphs of one
 * height side by side) rather than Chinese (square glyphs) or a dash.
 */
final class CellInk {
    /**
     * A blot of ink: its bounding box (page pixels), its size and the patch of grey it lies in (1-based; 0 when not
     * looked for): ink and grey are both connected pixels, grey taken at a lighter level than ink.
     */
    record Blot(int left, int top, int right, int bottom, int pixels, int group) {
        int width() {
            return right - left + 1;
        }

        int height() {
            return bottom - top + 1;
        }
    }

    final List<Blot> blots;
    /** The box around the text (page pixels), or null when the cell is blank. */
    final int[] text;
    /** Ink the threshold may have lost: dark pixels where no blot was kept (a faint mark). */
    final boolean faint;
    /** A faint flat mark just before the text, lighter than the ink threshold: perhaps a thin minus sign. */
    private final boolean faintDash;
    /** Grey a glyph high beside the text that the ink threshold did not take: perhaps a digit lost to it. */
    private final boolean lostBeside;
    /** How many glyphs of digit height the text holds, a glyph's pieces counted once. */
    private final int glyphs;
    /**
     * The page as this cell was read: the page itself, or, where a seal's stroke crosses the cell, a copy with the
     * stroke made paper (see {@link #withoutSeal}); the engine's images come from it. Null once they are made
     * ({@link #letGoOfPage}): a cell is kept till its report is read, its page need not be.
     */
    private Raster page;

    private CellInk(Raster page, List<Blot> blots, int[] text, boolean faint, boolean faintDash,
            boolean lostBeside, int glyphs) {
        this.page = page;
        this.blots = blots;
        this.text = text;
        this.faint = faint;
        this.faintDash = faintDash;
        this.lostBeside = lostBeside;
        this.glyphs = glyphs;
    }

    /**
     * The widest the grey of one glyph can be, in glyph heights: a digit's ink is at most about three quarters of
     * its height wide and a scan's blur widens its grey by a pixel or so on each side, while two digits side by side
     * (even two 1s of a narrow face) are wider than they are high.
     */
    private static final double GLYPH_WIDTH = 0.9;

    boolean blank() {
        return text == null;
    }

    /**
     * Reads the ink inside {@code left..right × top..bottom} (the cell's borders, lines included) of a page scanned
     * at {@code dpi}.
     */
    static CellInk of(Raster page, Ink ink, int left, int top, int right, int bottom, int lineWidth, double dpi,
            int threshold) {
        int inset = Math.max(2, lineWidth / 2 + 2); // clear of the borders' ink
        Inside in = new Inside(left + inset, top + inset, right - inset, bottom - inset);
        if (in.x1 - in.x0 < 3 || in.y1 - in.y0 < 3) {
            return new CellInk(page, List.of(), null, false, false, false, 0);
        }
        Raster clean = withoutSeal(page, ink, in, lineWidth, dpi, threshold);
        if (clean == null) {
            return read(page, ink, in, lineWidth, dpi, threshold);
        }
        return read(clean, clean.ink(threshold), in, lineWidth, dpi, threshold);
    }

    /** The part of a cell read for its ink: inside its borders, {@code x0..x1-1 × y0..y1-1}. */
    private record Inside(int x0, int y0, int x1, int y1) {
    }

    /** The page as this cell was read (see {@link #page}), until {@link #letGoOfPage}. */
    Raster page() {
        return page;
    }

    /** Drops the page this cell was read from, once the engine's images of the cell are made. */
    void letGoOfPage() {
        page = null;
    }

    private static CellInk read(Raster page, Ink ink, Inside in, int lineWidth, double dpi, int threshold) {
        int x0 = in.x0;
        int y0 = in.y0;
        int x1 = in.x1;
        int y1 = in.y1;
        int w = x1 - x0;
        int h = y1 - y0;
        int lenient = (threshold + 255) / 2;
        // grey a stroke's thin parts keep when the threshold loses them: what one glyph's pieces are joined by
        List<Blot> grey = new ArrayList<>();
        int[] greyLabel = label(x0, y0, w, h, (x, y) -> page.at(x, y) < lenient, null, grey);
        List<Blot> all = new ArrayList<>();
        label(x0, y0, w, h, ink::at, greyLabel, all);
        double unit = dpi / 200.0;
        int minPixels = (int) Math.max(4, 12 * unit * unit);
        int edge = Math.max(2, (int) Math.round(2 * unit));
        List<Blot> kept = new ArrayList<>();
        for (Blot b : all) {
            boolean alongEdge = (b.top() <= y0 + edge || b.bottom() >= y1 - 1 - edge)
                    && b.height() <= Math.max(3, lineWidth + 2) && b.width() > 4 * b.height();
            boolean alongSide = (b.left() <= x0 + edge || b.right() >= x1 - 1 - edge)
                    && b.width() <= Math.max(3, lineWidth + 2) && b.height() > 4 * b.width();
            if (!alongEdge && !alongSide && b.pixels() >= minPixels) {
                kept.add(b);
            }
        }
        // small marks count inside the text's span (a decimal point) and just before it when flat and wide enough
        // to be a minus sign: what is dropped here is erased from the image the engine reads
        int[] box = box(kept);
        if (box != null) {
            int height = box[3] - box[1] + 1;
            for (Blot b : all) {
                boolean inside = b.left() >= box[0] && b.right() <= box[2];
                boolean sign = b.right() < box[0] && b.left() >= box[0] - height && minus(b, height);
                if (b.pixels() < minPixels && b.pixels() >= 2 && (inside || sign) && b.top() >= box[1] - 2
                        && b.bottom() <= box[3] + 2) {
                    kept.add(b);
                }
            }
        }
        boolean faint = false;
        if (kept.isEmpty()) {
            int dark = 0;
            for (int y = y0 + edge; y < y1 - edge; y++) {
                for (int x = x0 + edge; x < x1 - edge; x++) {
                    dark += page.at(x, y) < lenient ? 1 : 0;
                }
            }
            faint = dark >= 3 * minPixels;
        }
        int[] text = box(kept);
        if (text == null) {
            return new CellInk(page, kept, null, faint, false, false, 0);
        }
        int tallest = kept.stream().mapToInt(Blot::height).max().orElse(0);
        // a glyph whose thin strokes the threshold lost (the hairline top and foot of a round 0, the neck of a 2)
        // falls apart into pieces of ink, yet its grey still joins them in a patch no wider than one glyph: the ink
        // in such a patch is one glyph, counted when it stands a glyph high, and the patch's grey is the glyph's
        // own, no digit lost beside it; ink in a wider patch (digits the blur joined) counts blot by blot
        Map<Integer, int[]> glyphs = new HashMap<>(); // top, bottom, grey's left and right
        for (int i = 0; i < kept.size(); i++) {
            Blot b = kept.get(i);
            Blot patch = b.group() > 0 ? grey.get(b.group() - 1) : b;
            boolean oneGlyph = b.group() > 0 && patch.width() <= GLYPH_WIDTH * tallest;
            Blot own = oneGlyph ? patch : b;
            glyphs.merge(oneGlyph ? b.group() : -1 - i, new int[] {b.top(), b.bottom(), own.left(), own.right()},
                    (x, y) -> new int[] {Math.min(x[0], y[0]), Math.max(x[1], y[1]), x[2], x[3]});
        }
        int count = 0;
        int greyLeft = text[0];
        int greyRight = text[2];
        for (int[] g : glyphs.values()) {
            if (g[1] - g[0] + 1 >= 0.6 * tallest) {
                count++;
                greyLeft = Math.min(greyLeft, g[2]);
                greyRight = Math.max(greyRight, g[3]);
            }
        }
        return new CellInk(page, kept, text, faint, faintDash(page, text, x0 + edge, lenient),
                lostBeside(page, text, greyLeft, greyRight, tallest, x0 + edge, x1 - 1 - edge, lenient,
                        minPixels), count);
    }

    /**
     * The page with a seal's stroke across this cell made paper, or null when none crosses it. A seal is printed
     * lighter than text (a grey scan of a red seal: no pixel of it darker than about 100, where the digits' cores
     * reach below 10), yet darker than the ink threshold, so its stroke joins the digits it runs through into one
     * tall blot. It shows where it enters and leaves the cell: ink across two edges that is no border's remains and
     * holds no pixel as dark as the core, halfway between the cell's darkest ink and the threshold. From there the
     * stroke is followed through its pixels lighter than the core (its grey halo too) and made paper, stopping a
     * pixel short of any darker one: where it crosses a digit, the digit's core and the grey edge round it stay.
     * The seal's other marks in the cell, ink with no pixel as dark as the core, go too. Every other cell is read
     * as it is.
     */
    private static Raster withoutSeal(Raster page, Ink ink, Inside in, int lineWidth, double dpi, int threshold) {
        int x0 = in.x0;
        int y0 = in.y0;
        int x1 = in.x1;
        int y1 = in.y1;
        int darkest = 255;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                darkest = Math.min(darkest, page.at(x, y));
            }
        }
        int core = (darkest + threshold) / 2;
        if (threshold - core < 32) {
            return null; // no print clearly darker than the rest of the ink
        }
        List<Blot> all = new ArrayList<>();
        int w = x1 - x0;
        int h = y1 - y0;
        int[] labels = label(x0, y0, w, h, ink::at, null, all);
        double unit = dpi / 200.0;
        int edge = Math.max(2, (int) Math.round(2 * unit));
        int minPixels = (int) Math.max(4, 12 * unit * unit);
        int[] sides = new int[all.size()]; // which edges the blot crosses, one bit each
        int[] darkestAtEdge = new int[all.size()];
        int[] darkestOfAll = new int[all.size()];
        Arrays.fill(darkestAtEdge, 255);
        Arrays.fill(darkestOfAll, 255);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int side = side(x, y, x0, y0, x1, y1, edge);
                int id = labels[(y - y0) * w + (x - x0)];
                if (id > 0) {
                    darkestOfAll[id - 1] = Math.min(darkestOfAll[id - 1], page.at(x, y));
                }
                if (id > 0 && side != 0) {
                    sides[id - 1] |= side;
                    darkestAtEdge[id - 1] = Math.min(darkestAtEdge[id - 1], page.at(x, y));
                }
            }
        }
        boolean[] seal = new boolean[all.size()];
        boolean any = false;
        for (int i = 0; i < all.size(); i++) {
            Blot b = all.get(i);
            boolean border = (b.height() <= Math.max(3, lineWidth + 2) && b.width() > 4 * b.height())
                    || (b.width() <= Math.max(3, lineWidth + 2) && b.height() > 4 * b.width());
            // a stroke that runs across the cell, in and out by two edges, not a glyph's fringe grazing one
            seal[i] = !border && Integer.bitCount(sides[i]) >= 2 && darkestAtEdge[i] >= core
                    && b.pixels() >= minPixels;
            any |= seal[i];
        }
        if (!any) {
            return null;
        }
        // the seal's other marks in the cell (its ring's ticks, its characters) are as light: no print has none
        // of its ink as dark as the core
        for (int i = 0; i < all.size(); i++) {
            seal[i] |= darkestOfAll[i] >= core;
        }
        int lenient = (threshold + 255) / 2;
        byte[] out = page.grey.clone();
        int[] stack = new int[w * h];
        boolean[] seen = new boolean[w * h];
        int sp = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int id = labels[(y - y0) * w + (x - x0)];
                if (id > 0 && seal[id - 1] && (darkestOfAll[id - 1] >= core || side(x, y, x0, y0, x1, y1, edge) != 0)) {
                    seen[(y - y0) * w + (x - x0)] = true;
                    stack[sp++] = (y - y0) * w + (x - x0);
                }
            }
        }
        while (sp > 0) {
            int p = stack[--sp];
            int px = x0 + p % w;
            int py = y0 + p / w;
            if (nearCore(page, px, py, core)) {
                continue;
            }
            out[py * page.width + px] = (byte) 255;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int nx = px + dx - x0;
                    int ny = py + dy - y0;
                    if (nx >= 0 && ny >= 0 && nx < w && ny < h && !seen[ny * w + nx]
                            && page.at(x0 + nx, y0 + ny) < lenient) {
                        seen[ny * w + nx] = true;
                        stack[sp++] = ny * w + nx;
                    }
                }
            }
        }
        return new Raster(page.width, page.height, out);
    }

    /** Which edges of the window {@code x0..x1 × y0..y1} a pixel lies within {@code edge} of, one bit each. */
    private static int side(int x, int y, int x0, int y0, int x1, int y1, int edge) {
        return (y <= y0 + edge ? 1 : 0) | (y >= y1 - 1 - edge ? 2 : 0) | (x <= x0 + edge ? 4 : 0)
                | (x >= x1 - 1 - edge ? 8 : 0);
    }

    /** Whether the pixel or one beside it is darker than {@code core}: print, which a seal's stroke is not. */
    private static boolean nearCore(Raster page, int x, int y, int core) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < page.width && ny < page.height && page.at(nx, ny) < core) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Labels the connected pixels (eight neighbours) of {@code w × h} from {@code x0, y0} where {@code on} holds, adding
     * each patch's blot to {@code out}, tagged with the patch of {@code groups} (a labelling of the same window) it
     * lies in; returns the labels.
     */
    private static int[] label(int x0, int y0, int w, int h, PixelTest on, int[] groups, List<Blot> out) {
        int[] label = new int[w * h];
        int[] stack = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (label[y * w + x] != 0 || !on.at(x0 + x, y0 + y)) {
                    continue;
                }
                int id = out.size() + 1;
                int sp = 0;
                stack[sp++] = y * w + x;
                label[y * w + x] = id;
                int bl = x;
                int bt = y;
                int br = x;
                int bb = y;
                int pixels = 0;
                while (sp > 0) {
                    int p = stack[--sp];
                    int px = p % w;
                    int py = p / w;
                    pixels++;
                    bl = Math.min(bl, px);
                    br = Math.max(br, px);
                    bt = Math.min(bt, py);
                    bb = Math.max(bb, py);
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int nx = px + dx;
                            int ny = py + dy;
                            if (nx >= 0 && ny >= 0 && nx < w && ny < h && label[ny * w + nx] == 0
                                    && on.at(x0 + nx, y0 + ny)) {
                                label[ny * w + nx] = id;
                                stack[sp++] = ny * w + nx;
                            }
                        }
                    }
                }
                out.add(new Blot(x0 + bl, y0 + bt, x0 + br, y0 + bb, pixels,
                        groups == null ? id : groups[y * w + x]));
            }
        }
        return label;
    }

    private interface PixelTest {
        boolean at(int x, int y);
    }

    /**
     * Whether grey darker than {@code lenient} and about a glyph high (half its height or more, {@code minPixels}
     * or more pixels) lies on the text's line next to it, left or right, within {@code from..to}: a stroke the
     * threshold thinned away (a hairline digit of a black-and-white scan, greyed by straightening). What is not in
     * the text's box is erased from the image OCR reads, so both models would agree on a number short of a digit;
     * with this the reading is never sure. Looked for beyond the glyphs' own grey ({@code greyLeft..greyRight}) and
     * no further than a glyph's height from it: a digit of the number stands that close to the next, while a seal's
     * ring or a mark across the cell is no digit of it.
     */
    private static boolean lostBeside(Raster page, int[] text, int greyLeft, int greyRight, int glyph, int from,
            int to, int lenient, int minPixels) {
        int margin = Math.max(2, (int) Math.round(0.25 * glyph)); // the text's own grey edge
        int before = Math.min(text[0] - margin, greyLeft - 1);
        int after = Math.max(text[2] + margin, greyRight + 1);
        return greyGlyph(page, Math.max(from, before - glyph), before, text, lenient, glyph, minPixels)
                || greyGlyph(page, after, Math.min(to, after + glyph), text, lenient, glyph, minPixels);
    }

    private static boolean greyGlyph(Raster page, int from, int to, int[] text, int lenient, int glyph,
            int minPixels) {
        int count = 0;
        int top = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (int y = text[1]; y <= text[3]; y++) {
            for (int x = Math.max(0, from); x <= Math.min(page.width - 1, to); x++) {
                if (page.at(x, y) < lenient) {
                    count++;
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return count >= minPixels && bottom - top + 1 >= 0.5 * glyph;
    }

    /**
     * Whether a flat run of grey darker than {@code lenient}, a quarter of the text's height long or more, lies in
     * the middle band of the text's height just before it (no further left than {@code from}): a minus sign too thin
     * or light for the ink threshold, which a scan at low resolution makes of it.
     */
    private static boolean faintDash(Raster page, int[] text, int from, int lenient) {
        int h = text[3] - text[1] + 1;
        int need = Math.max(3, (int) Math.round(0.25 * h));
        for (int y = text[1] + (int) (0.3 * h); y <= text[3] - (int) (0.3 * h); y++) {
            int run = 0;
            for (int x = Math.max(from, text[0] - h); x <= text[0] - 2; x++) {
                run = page.at(x, y) < lenient ? run + 1 : 0;
                if (run >= need) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int[] box(List<Blot> blots) {
        if (blots.isEmpty()) {
            return null;
        }
        int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        for (Blot x : blots) {
            b[0] = Math.min(b[0], x.left());
            b[1] = Math.min(b[1], x.top());
            b[2] = Math.max(b[2], x.right());
            b[3] = Math.max(b[3], x.bottom());
        }
        return b;
    }

    /**
     * One line of narrow glyphs of about one height: how digits look. Chinese glyphs are square (or made of several
     * blots side by side that together are), a dash is flat; those cells are read as text.
     */
    boolean looksNumeric() {
        if (text == null) {
            return false;
        }
        List<Blot> big = blots.stream().filter(b -> b.height() >= 0.5 * (text[3] - text[1] + 1)).toList();
        if (big.isEmpty() || big.size() > 16) {
            return false;
        }
        int height = text[3] - text[1] + 1;
        for (Blot b : big) {
            if (b.width() > 0.85 * b.height()) {
                return false;
            }
        }
        // one line: nothing much taller than the glyphs
        int tallest = big.stream().mapToInt(Blot::height).max().orElse(0);
        return height <= 1.4 * tallest;
    }

    /**
     * What the ink says a number printed here must look like, whatever OCR reads: how many digits (each digit of
     * print is one blot of ink about as tall as the tallest) and whether a minus sign (a flat dash, low and short)
     * stands before them. Two models can both drop a narrow 1 or a thin minus; the ink cannot.
     */
    Shape shape() {
        if (text == null) {
            return new Shape(0, false, false);
        }
        int tallest = glyphHeight();
        int firstLeft = blots.stream().filter(b -> b.height() >= 0.6 * tallest).mapToInt(Blot::left).min()
                .orElse(Integer.MAX_VALUE);
        boolean dash = blots.stream().anyMatch(b -> b.right() < firstLeft && minus(b, tallest));
        return new Shape(glyphs, dash || faintDash, lostBeside);
    }

    /** A flat mark a quarter of a glyph wide or more, as a minus sign is (a speck of noise is not). */
    private static boolean minus(Blot b, int glyphHeight) {
        return b.height() < 0.35 * glyphHeight && b.width() >= 0.25 * glyphHeight && b.width() >= 1.5 * b.height();
    }

    /**
     * How many digit-sized glyphs a cell holds, whether a dash stands before them, and whether grey a glyph high
     * beside them may be one more the threshold lost (then no count is certain).
     */
    record Shape(int glyphs, boolean dash, boolean lost) {
    }

    /** The height of the tallest glyph, pixels. */
    int glyphHeight() {
        return blots.stream().mapToInt(Blot::height).max().orElse(0);
    }
}
