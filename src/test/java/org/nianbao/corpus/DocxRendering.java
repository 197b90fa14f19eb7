package org.nianbao.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A generated report as a Word document, built the way Word stores one: a centred title (agency and year on two
 * lines with a break when so generated), indented body paragraphs, bold headings, tables with a column grid where
 * a horizontal merge is one {@code w:tc} with {@code w:gridSpan} and a vertical merge is a {@code w:vMerge}
 * restart followed by continue cells, and a right-aligned signature.
 */
final class DocxRendering {
    private static final int TABLE_TWIPS = 8800;

    private DocxRendering() {
    }

    static byte[] render(GeneratedReport r) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            if (r.titleOnTwoLines) {
                int split = r.title.indexOf(String.valueOf(r.year));
                XWPFRun first = run(title, r.title.substring(0, split), 44, true);
                first.addBreak();
                first.setText(r.title.substring(split), 1);
            } else {
                run(title, r.title, 44, true);
            }
            body(doc, r.preamble + r.periodSentence);
            for (GeneratedReport.Section s : r.sections) {
                run(doc.createParagraph(), s.heading(), 32, true);
                for (String p : s.paragraphs()) {
                    if (GeneratedReport.isSubHeading(p)) {
                        run(doc.createParagraph(), p, 32, true);
                    } else {
                        body(doc, p);
                    }
                }
                if (r.tables.containsKey(s.id())) {
                    table(doc, PrintedTables.of(r, s.id()));
                }
            }
            for (String line : r.signatureLines()) {
                XWPFParagraph sign = doc.createParagraph();
                sign.setAlignment(ParagraphAlignment.RIGHT);
                run(sign, line, 32, false);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationFirstLine(640);
        run(p, text, 32, false);
    }

    private static XWPFRun run(XWPFParagraph p, String text, int halfPoints, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(halfPoints / 2);
        run.setFontFamily("仿宋_GB2312", XWPFRun.FontCharRange.eastAsia);
        return run;
    }

    private static void table(XWPFDocument doc, PrintedTable t) {
        XWPFTable table = doc.createTable();
        table.removeRow(0);
        CTTbl tbl = table.getCTTbl();
        CTTblPr pr = tbl.getTblPr() != null ? tbl.getTblPr() : tbl.addNewTblPr();
        pr.addNewTblW().setW(BigInteger.valueOf(TABLE_TWIPS));
        pr.getTblW().setType(STTblWidth.DXA);
        CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        for (CTBorder b : new CTBorder[] {border(borders.isSetTop() ? borders.getTop() : borders.addNewTop()),
            border(borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom()),
            border(borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft()),
            border(borders.isSetRight() ? borders.getRight() : borders.addNewRight()),
            border(borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH()),
            border(borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV())}) {
            b.setSz(BigInteger.valueOf(4));
        }
        double total = java.util.Arrays.stream(t.widths).sum();
        int[] twips = new int[t.columns];
        var grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < t.columns; c++) {
            twips[c] = (int) Math.round(t.widths[c] / total * TABLE_TWIPS);
            grid.addNewGridCol().setW(BigInteger.valueOf(twips[c]));
        }
        for (int row = 0; row < t.rows(); row++) {
            CTRow tr = tbl.addNewTr();
            if (row < t.repeatedHeaderRows) {
                tr.addNewTrPr().addNewTblHeader();
            }
            int col = 0;
            while (col < t.columns) {
                PrintedTable.Cell cell = t.at(row, col);
                CTTc tc = tr.addNewTc();
                CTTcPr tcPr = tc.addNewTcPr();
                int width = 0;
                for (int c = col; c < col + cell.colSpan(); c++) {
                    width += twips[c];
                }
                tcPr.addNewTcW().setW(BigInteger.valueOf(width));
                tcPr.getTcW().setType(STTblWidth.DXA);
                if (cell.colSpan() > 1) {
                    tcPr.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
                }
                boolean origin = cell.row() == row;
                if (cell.rowSpan() > 1) {
                    var merge = tcPr.addNewVMerge();
                    if (origin) {
                        merge.setVal(STMerge.RESTART);
                    }
                }
                tcPr.addNewVAlign().setVal(STVerticalJc.CENTER);
                CTP p = tc.addNewP();
                p.addNewPPr().addNewJc().setVal(STJc.CENTER);
                if (origin && !cell.text().isEmpty()) {
                    String[] lines = cell.text().split("\n");
                    for (int i = 0; i < lines.length; i++) {
                        var run = p.addNewR();
                        run.addNewRPr().addNewSz().setVal(BigInteger.valueOf(cell.header() ? 20 : 21));
                        if (i > 0) {
                            run.addNewBr();
                        }
                        run.addNewT().setStringValue(lines[i]);
                    }
                }
                col += cell.colSpan();
            }
        }
    }

    private static CTBorder border(CTBorder b) {
        b.setVal(STBorder.SINGLE);
        b.setColor("000000");
        return b;
    }
}
