package org.nianbao.parse.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * The straight lines a page visibly draws, as a reader would see table borders: every horizontal or vertical edge of
 * a stroked or filled path, in page space, cut to the clipping area, kept only when its paint stands out from what
 * is under it (the paper, or a fill painted before). A filled rectangle thinner than {@link #LINE} is one line
 * along its middle (how browsers draw borders). Glyphs of Type 3 fonts are never drawn here, so their outlines
 * are not taken for lines.
 */
final class LineArt {
    /** A filled rectangle at most this thick (points) is a line, not an area. */
    static final float LINE = 3f;
    /** An edge whose ends differ by at most this much across its direction is horizontal or vertical. */
    private static final float SKEW = 1f;
    /** Fills remembered per page for telling what is under later paint; more are painted as on the paper. */
    private static final int MAX_FILLS = 4096;

    /** The page's current path, as its subpaths, in device space. */
    private final List<Subpath> path = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final List<Fill> fills = new ArrayList<>();
    private Subpath open;
    private boolean pendingClip;
    private int pendingWinding;
    private float originX;
    private float originY;

    /** Starts a page whose page space is its crop box, origin at the top-left corner. */
    void startPage(PDRectangle cropBox) {
        path.clear();
        segments.clear();
        fills.clear();
        open = null;
        pendingClip = false;
        originX = cropBox.getLowerLeftX();
        originY = cropBox.getUpperRightY();
    }

    /** The lines drawn on the page so far. */
    List<Segment> segments() {
        return segments;
    }

    void moveTo(Point2D.Float p) {
        open = new Subpath();
        open.add(p);
        path.add(open);
    }

    void lineTo(Point2D.Float p) {
        if (open == null) {
            moveTo(p);
            return;
        }
        open.add(p);
    }

    /** A curve: not a line, but its end is where the path goes on from. */
    void curveTo(Point2D.Float end) {
        if (open == null) {
            moveTo(end);
            return;
        }
        open.curved = true;
        open.add(end);
        open.breakAfterLast();
    }

    void rectangle(Point2D.Float p0, Point2D.Float p1, Point2D.Float p2, Point2D.Float p3) {
        moveTo(p0);
        open.add(p1);
        open.add(p2);
        open.add(p3);
        closePath();
        open = null;
    }

    void closePath() {
        if (open != null) {
            open.closed = true;
        }
    }

    Point2D.Float currentPoint() {
        return open == null || open.points.isEmpty() ? null : open.points.get(open.points.size() - 1);
    }

    void clip(int windingRule) {
        pendingClip = true;
        pendingWinding = windingRule;
    }

    /** Paints the current path (stroke, fill or both) with the state's colours, then ends it. */
    void paint(PDGraphicsState state, boolean stroke, boolean fill) {
        Rectangle2D clip = clipBounds(state);
        if (fill && state.getNonStrokeAlphaConstant() > 0.05) {
            fill(Paint.rgb(state.getNonStrokingColor()), clip);
        }
        if (stroke && state.getAlphaConstant() > 0.05) {
            stroke(Paint.rgb(state.getStrokingColor()), clip);
        }
        endPath(state);
    }

    /** Ends the path without painting; a pending clip takes effect now. */
    void endPath(PDGraphicsState state) {
        if (pendingClip) {
            GeneralPath shape = new GeneralPath(pendingWinding);
            for (Subpath s : path) {
                s.appendTo(shape);
            }
            state.intersectClippingPath(shape);
            pendingClip = false;
        }
        path.clear();
        open = null;
    }

    private void fill(int rgb, Rectangle2D clip) {
        for (Subpath s : path) {
            Rectangle2D rect = s.rectangle();
            if (rect != null) {
                boolean visible = !Paint.looksSame(rgb, under(rect.getCenterX(), rect.getCenterY()));
                remember(rect, rgb);
                if (visible) {
                    fillRectangle(rect, clip);
                }
                continue;
            }
            if (!s.points.isEmpty()) {
                Point2D.Float p = s.points.get(0);
                if (!Paint.looksSame(rgb, under(p.x, p.y))) {
                    s.edges(true, (a, b) -> add(a, b, clip));
                }
            }
        }
    }

    private void fillRectangle(Rectangle2D r, Rectangle2D clip) {
        float x0 = (float) r.getMinX();
        float y0 = (float) r.getMinY();
        float x1 = (float) r.getMaxX();
        float y1 = (float) r.getMaxY();
        if (r.getHeight() <= LINE && r.getWidth() > r.getHeight()) {
            float y = (y0 + y1) / 2;
            add(new Point2D.Float(x0, y), new Point2D.Float(x1, y), clip);
        } else if (r.getWidth() <= LINE && r.getHeight() > r.getWidth()) {
            float x = (x0 + x1) / 2;
            add(new Point2D.Float(x, y0), new Point2D.Float(x, y1), clip);
        } else {
            Point2D.Float a = new Point2D.Float(x0, y0);
            Point2D.Float b = new Point2D.Float(x1, y0);
            Point2D.Float c = new Point2D.Float(x1, y1);
            Point2D.Float d = new Point2D.Float(x0, y1);
            add(a, b, clip);
            add(b, c, clip);
            add(c, d, clip);
            add(d, a, clip);
        }
    }

    private void stroke(int rgb, Rectangle2D clip) {
        for (Subpath s : path) {
            s.edges(s.closed, (a, b) -> {
                if (!Paint.looksSame(rgb, under((a.x + b.x) / 2, (a.y + b.y) / 2))) {
                    add(a, b, clip);
                }
            });
        }
    }

    /** The colour under a point: the latest remembered fill that covers it, else the paper. */
    private int under(double x, double y) {
        for (int i = fills.size() - 1; i >= 0; i--) {
            if (fills.get(i).area.contains(x, y)) {
                return fills.get(i).rgb;
            }
        }
        return Paint.WHITE;
    }

    private void remember(Rectangle2D rect, int rgb) {
        if (fills.size() < MAX_FILLS && rect.getWidth() > LINE && rect.getHeight() > LINE) {
            fills.add(new Fill(rect, rgb));
        }
    }

    /** Records the edge from a to b (device space) if it is horizontal or vertical, cut to the clip. */
    private void add(Point2D.Float a, Point2D.Float b, Rectangle2D clip) {
        float dx = Math.abs(a.x - b.x);
        float dy = Math.abs(a.y - b.y);
        if (dy <= SKEW && dx > dy) {
            float y = (a.y + b.y) / 2;
            float from = (float) Math.max(Math.min(a.x, b.x), clip.getMinX());
            float to = (float) Math.min(Math.max(a.x, b.x), clip.getMaxX());
            if (y >= clip.getMinY() && y <= clip.getMaxY() && to > from) {
                segments.add(new Segment(true, originY - y, from - originX, to - originX));
            }
        } else if (dx <= SKEW && dy > dx) {
            float x = (a.x + b.x) / 2;
            float from = (float) Math.max(Math.min(a.y, b.y), clip.getMinY());
            float to = (float) Math.min(Math.max(a.y, b.y), clip.getMaxY());
            if (x >= clip.getMinX() && x <= clip.getMaxX() && to > from) {
                // device y grows upwards, page y downwards: the device top is the page start
                segments.add(new Segment(false, x - originX, originY - to, originY - from));
            }
        }
    }

    /** The bounds of the clipping area: the intersection of its paths' bounds (exact for rectangles). */
    private static Rectangle2D clipBounds(PDGraphicsState state) {
        return bounds(state.getCurrentClippingPaths());
    }

    /** The intersection of the bounds of these paths (a clipping area's: exact for rectangles). */
    static Rectangle2D bounds(List<Path2D> paths) {
        Rectangle2D bounds = null;
        for (Path2D p : paths) {
            Rectangle2D b = p.getBounds2D();
            if (bounds == null) {
                bounds = b;
            } else {
                Rectangle2D.intersect(bounds, b, bounds);
            }
        }
        return bounds == null ? new Rectangle2D.Float() : bounds;
    }

    /** Device point of a user-space point under the current transformation. */
    static Point2D.Float device(PDGraphicsState state, float x, float y) {
        Matrix ctm = state.getCurrentTransformationMatrix();
        return ctm.transformPoint(x, y);
    }

    private record Fill(Rectangle2D area, int rgb) {
    }

    /** One subpath: its points, and the indexes after which a curve (not a line) follows. */
    private static final class Subpath {
        final List<Point2D.Float> points = new ArrayList<>(5);
        final List<Integer> curveAfter = new ArrayList<>(0);
        boolean closed;
        boolean curved;

        void add(Point2D.Float p) {
            points.add(p);
        }

        /** The point before the last one starts a curve, so no line joins it to the last. */
        void breakAfterLast() {
            curveAfter.add(points.size() - 2);
        }

        /** The axis-aligned rectangle this subpath draws, or null: four corners, with or without the fifth. */
        Rectangle2D rectangle() {
            int n = points.size();
            if (curved || n < 4 || n > 5 || n == 5 && !points.get(4).equals(points.get(0))) {
                return null;
            }
            if (!closed && n == 4) {
                return null;
            }
            Point2D.Float a = points.get(0);
            Point2D.Float b = points.get(1);
            Point2D.Float c = points.get(2);
            Point2D.Float d = points.get(3);
            boolean horizontalFirst = a.y == b.y && b.x == c.x && c.y == d.y && d.x == a.x;
            boolean verticalFirst = a.x == b.x && b.y == c.y && c.x == d.x && d.y == a.y;
            if (!horizontalFirst && !verticalFirst) {
                return null;
            }
            float x0 = Math.min(a.x, c.x);
            float y0 = Math.min(a.y, c.y);
            return new Rectangle2D.Float(x0, y0, Math.abs(c.x - a.x), Math.abs(c.y - a.y));
        }

        /** Calls {@code edge} for each straight edge, closing the subpath back to its start when asked. */
        void edges(boolean close, EdgeSink edge) {
            for (int i = 0; i + 1 < points.size(); i++) {
                if (!curveAfter.contains(i)) {
                    edge.accept(points.get(i), points.get(i + 1));
                }
            }
            if (close && points.size() > 2) {
                edge.accept(points.get(points.size() - 1), points.get(0));
            }
        }

        void appendTo(GeneralPath shape) {
            if (points.isEmpty()) {
                return;
            }
            shape.moveTo(points.get(0).x, points.get(0).y);
            for (int i = 1; i < points.size(); i++) {
                shape.lineTo(points.get(i).x, points.get(i).y);
            }
            if (closed) {
                shape.closePath();
            }
        }
    }

    private interface EdgeSink {
        void accept(Point2D.Float a, Point2D.Float b);
    }
}
