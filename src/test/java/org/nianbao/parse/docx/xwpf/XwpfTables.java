package org.nianbao.parse.docx.xwpf;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlObject;
import org.nianbao.model.Location;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadBudget;
import org.nianbao.parse.ReadFailure;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** The POI XWPF reader this project had before the streaming one (a test oracle, kept as it was). */
final class XwpfTables {
    private final IBody body;
    private final ReadBudget budget;
    private final List<RawTable> out = new ArrayList<>();
    private int nextIndex;

    /** @param firstIndex the 1-based index the next table read gets */
    XwpfTables(IBody body, ReadBudget budget, int firstIndex) {
        this.body = body;
        this.budget = budget;
        this.nextIndex = firstIndex;
    }

    /** Reads a table and the tables nested in it; returns them parent first. */
    List<RawTable> read(CTTbl tbl) throws ReadFailure {
        out.clear();
        readTable(tbl, false, 0);
        return List.copyOf(out);
    }

    private void readTable(CTTbl tbl, boolean nested, int depth) throws ReadFailure {
        int index = nextIndex++;
        int position = out.size();
        out.add(null);
        List<CTTbl> inner = new ArrayList<>();
        List<Building> cells = new ArrayList<>();
        Building[] above = new Building[0];
        int rowIndex = 0;
        int width = tbl.getTblGrid() == null ? 0 : tbl.getTblGrid().sizeOfGridColArray();
        for (XmlObject rowXml : XwpfXml.children(tbl)) {
            if (!(rowXml instanceof CTRow row)) {
                continue;
            }
            List<Building> current = new ArrayList<>();
            int col = gridBefore(row);
            Building left = null;
            for (XmlObject cellXml : XwpfXml.children(row)) {
                if (!(cellXml instanceof CTTc tc)) {
                    continue;
                }
                CTTcPr pr = tc.getTcPr();
                int span = gridSpan(pr);
                Building owner = col < above.length ? above[col] : null;
                if (isContinue(pr == null ? null : pr.getVMerge()) && owner != null && owner.col == col) {
                    owner.rowSpan = rowIndex - owner.row + 1;
                    left = owner;
                } else if (isContinue(pr == null ? null : pr.getHMerge()) && left != null && left.row == rowIndex) {
                    left.colSpan += span;
                } else {
                    budget.addCell();
                    left = new Building(rowIndex, col, span, cellText(tc, inner));
                    budget.addText(left.text);
                    cells.add(left);
                }
                for (int i = 0; i < span; i++) {
                    current.add(null);
                }
                setCovering(current, col, span, left);
                col += span;
            }
            width = Math.max(width, col);
            budget.checkGrid(rowIndex + 1L, width);
            above = current.toArray(new Building[0]);
            rowIndex++;
        }
        List<RawCell> raw = new ArrayList<>();
        for (Building b : cells) {
            raw.add(new RawCell(b.row, b.col, b.rowSpan, b.colSpan, b.text,
                    Location.tableCell(null, index, b.row + 1, b.col + 1)));
            width = Math.max(width, b.col + b.colSpan);
        }
        Location source = new Location(null, index, null, null, null, null, null, null, null);
        out.set(position, new RawTable(index, rowIndex, width, raw, nested, source));
        // a bound on nesting keeps a hostile file from recursing without end
        if (depth < 8) {
            for (CTTbl t : inner) {
                readTable(t, true, depth + 1);
            }
        }
    }

    private static void setCovering(List<Building> row, int col, int span, Building cell) {
        while (row.size() < col + span) {
            row.add(null);
        }
        for (int i = col; i < col + span; i++) {
            row.set(i, cell);
        }
    }

    /** Cell paragraphs joined with {@code \n}; nested tables are collected, not flattened into the text. */
    private String cellText(CTTc tc, List<CTTbl> inner) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (XmlObject child : XwpfXml.children(tc)) {
            if (child instanceof CTP p) {
                if (!first) {
                    sb.append('\n');
                }
                sb.append(new XWPFParagraph(p, body).getText());
                first = false;
            } else if (child instanceof CTTbl t) {
                inner.add(t);
            }
        }
        return sb.toString();
    }

    private static int gridBefore(CTRow row) {
        CTTrPr pr = row.getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0 || pr.getGridBeforeArray(0).getVal() == null) {
            return 0;
        }
        return clamp(pr.getGridBeforeArray(0).getVal());
    }

    private static int gridSpan(CTTcPr pr) {
        if (pr == null || pr.getGridSpan() == null || pr.getGridSpan().getVal() == null) {
            return 1;
        }
        return Math.max(1, clamp(pr.getGridSpan().getVal()));
    }

    /** A merge element without a value, or with "continue", continues the cell before it. */
    private static boolean isContinue(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge merge) {
        return merge != null && (merge.getVal() == null || merge.getVal() == STMerge.CONTINUE);
    }

    private static boolean isContinue(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHMerge merge) {
        return merge != null && (merge.getVal() == null || merge.getVal() == STMerge.CONTINUE);
    }

    /** Spans beyond a real table's width are hostile; cap them so the grid stays bounded. */
    private static int clamp(BigInteger value) {
        return value.min(BigInteger.valueOf(1000)).max(BigInteger.ZERO).intValue();
    }

    /** A cell while its spans are still growing. */
    private static final class Building {
        final int row;
        final int col;
        final String text;
        int rowSpan = 1;
        int colSpan;

        Building(int row, int col, int colSpan, String text) {
            this.row = row;
            this.col = col;
            this.colSpan = colSpan;
            this.text = text;
        }
    }
}
