package org.nianbao.parse.pdf;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;

/**
 * The path operators of a content stream (construction, painting, clipping), fed to a {@link LineArt} so a text
 * pass sees the lines as well. Operands that are missing or not numbers leave the path as it is: a broken
 * operator never stops a page.
 */
final class PathOperator extends OperatorProcessor {
    private enum Kind { MOVE, LINE, CURVE, CURVE_V, CURVE_Y, CLOSE, RECTANGLE, STROKE, CLOSE_STROKE, FILL,
        FILL_STROKE, CLOSE_FILL_STROKE, END, CLIP, CLIP_EVEN_ODD }

    private final String name;
    private final Kind kind;
    private final LineArt art;

    private PathOperator(String name, Kind kind, LineArt art) {
        this.name = name;
        this.kind = kind;
        this.art = art;
    }

    /** One processor for each path operator, all drawing into {@code art}. */
    static List<OperatorProcessor> all(LineArt art) {
        List<OperatorProcessor> ops = new ArrayList<>();
        ops.add(new PathOperator("m", Kind.MOVE, art));
        ops.add(new PathOperator("l", Kind.LINE, art));
        ops.add(new PathOperator("c", Kind.CURVE, art));
        ops.add(new PathOperator("v", Kind.CURVE_V, art));
        ops.add(new PathOperator("y", Kind.CURVE_Y, art));
        ops.add(new PathOperator("h", Kind.CLOSE, art));
        ops.add(new PathOperator("re", Kind.RECTANGLE, art));
        ops.add(new PathOperator("S", Kind.STROKE, art));
        ops.add(new PathOperator("s", Kind.CLOSE_STROKE, art));
        for (String fill : List.of("f", "F", "f*")) {
            ops.add(new PathOperator(fill, Kind.FILL, art));
        }
        for (String fillStroke : List.of("B", "B*")) {
            ops.add(new PathOperator(fillStroke, Kind.FILL_STROKE, art));
        }
        for (String closeFillStroke : List.of("b", "b*")) {
            ops.add(new PathOperator(closeFillStroke, Kind.CLOSE_FILL_STROKE, art));
        }
        ops.add(new PathOperator("n", Kind.END, art));
        ops.add(new PathOperator("W", Kind.CLIP, art));
        ops.add(new PathOperator("W*", Kind.CLIP_EVEN_ODD, art));
        return ops;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
        PDGraphicsState state = context.getGraphicsState();
        switch (kind) {
            case MOVE -> {
                float[] v = numbers(operands, 2);
                if (v != null) {
                    art.moveTo(LineArt.device(state, v[0], v[1]));
                }
            }
            case LINE -> {
                float[] v = numbers(operands, 2);
                if (v != null) {
                    art.lineTo(LineArt.device(state, v[0], v[1]));
                }
            }
            case CURVE -> {
                float[] v = numbers(operands, 6);
                if (v != null) {
                    art.curveTo(LineArt.device(state, v[4], v[5]));
                }
            }
            case CURVE_V, CURVE_Y -> {
                float[] v = numbers(operands, 4);
                if (v != null) {
                    art.curveTo(LineArt.device(state, v[2], v[3]));
                }
            }
            case CLOSE -> art.closePath();
            case RECTANGLE -> {
                float[] v = numbers(operands, 4);
                if (v != null) {
                    float x = v[0];
                    float y = v[1];
                    art.rectangle(LineArt.device(state, x, y), LineArt.device(state, x + v[2], y),
                            LineArt.device(state, x + v[2], y + v[3]), LineArt.device(state, x, y + v[3]));
                }
            }
            case STROKE -> art.paint(state, true, false);
            case CLOSE_STROKE -> {
                art.closePath();
                art.paint(state, true, false);
            }
            case FILL -> art.paint(state, false, true);
            case FILL_STROKE -> art.paint(state, true, true);
            case CLOSE_FILL_STROKE -> {
                art.closePath();
                art.paint(state, true, true);
            }
            case END -> art.endPath(state);
            case CLIP -> art.clip(Path2D.WIND_NON_ZERO);
            case CLIP_EVEN_ODD -> art.clip(Path2D.WIND_EVEN_ODD);
            default -> throw new IllegalStateException(kind.name());
        }
    }

    /** The first {@code count} operands as numbers, or null when there are fewer or they are not numbers. */
    private static float[] numbers(List<COSBase> operands, int count) {
        if (operands.size() < count) {
            return null;
        }
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            if (!(operands.get(i) instanceof COSNumber n)) {
                return null;
            }
            values[i] = n.floatValue();
            if (!Float.isFinite(values[i])) {
                return null;
            }
        }
        return values;
    }
}
