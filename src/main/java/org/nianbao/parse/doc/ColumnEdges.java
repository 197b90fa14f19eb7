package org.nianbao.parse.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * The column grid of a Word 97 table. The format stores no column span: a horizontally merged cell is simply a
 * wider cell. The grid lines are therefore the union of every cell's left and right edges over all rows, with
 * edges closer than {@link #TOLERANCE_TWIPS} taken as one line (hand-dragged borders rarely line up exactly).
 */
final class ColumnEdges {
    /** Half a millimetre: closer edges are one grid line. */
    static final int TOLERANCE_TWIPS = 30;

    /** Lowest and highest edge of each grid line, ascending. */
    private final int[] low;
    private final int[] high;

    private ColumnEdges(int[] low, int[] high) {
        this.low = low;
        this.high = high;
    }

    static ColumnEdges of(Table table) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<int[]> lines = new ArrayList<>();
        for (int edge : edges) {
            int[] last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && edge - last[0] <= TOLERANCE_TWIPS) {
                last[1] = edge;
            } else {
                lines.add(new int[] {edge, edge});
            }
        }
        int[] low = new int[lines.size()];
        int[] high = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            low[i] = lines.get(i)[0];
            high[i] = lines.get(i)[1];
        }
        return new ColumnEdges(low, high);
    }

    /** Number of grid columns (one fewer than grid lines). */
    int columnCount() {
        return Math.max(0, low.length - 1);
    }

    /** The index of the grid line an edge belongs to (every edge of the table belongs to one). */
    int lineOf(int edge) {
        for (int i = 0; i < low.length; i++) {
            if (edge >= low[i] && edge <= high[i]) {
                return i;
            }
        }
        throw new IllegalArgumentException("edge " + edge + " is not on the grid");
    }
}
