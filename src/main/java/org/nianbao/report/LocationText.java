package org.nianbao.report;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Lang;
import org.nianbao.model.Location;
import org.nianbao.rules.Labels;
import org.nianbao.rules.Where;

/** A violation's place in words: section, table, row and column, then where to look in the document. */
public final class LocationText {
    private LocationText() {
    }

    public static String describe(Where where, Lang lang) {
        boolean zh = lang == Lang.ZH;
        List<String> parts = new ArrayList<>();
        if (where.table() != null) {
            parts.add(where.table().displayName().in(lang));
            if (where.row() != null) {
                parts.add((zh ? "行「" : "row '") + Labels.row(where.table(), where.row()).in(lang) + (zh ? "」" : "'"));
            }
            if (where.column() != null) {
                parts.add((zh ? "列「" : "column '") + Labels.column(where.table(), where.column()).in(lang)
                        + (zh ? "」" : "'"));
            }
        } else if (where.section() != null) {
            parts.add((zh ? "「" : "section '") + where.section().standardHeading().in(lang) + (zh ? "」部分" : "'"));
        }
        String source = source(where.source(), lang);
        if (!source.isEmpty()) {
            parts.add(source);
        }
        if (parts.isEmpty()) {
            return zh ? "整份报告" : "whole report"; // e.g. the format version or a missing date: no one place
        }
        return String.join(zh ? "，" : ", ", parts);
    }

    /**
     * Where to look in the file: page, table number, printed row and column, paragraph, JSON pointer; for a cell
     * read by OCR, that it was, and its page and box on the page image ({@link #scanPlace}).
     */
    public static String source(Location loc, Lang lang) {
        if (loc == null) {
            return "";
        }
        boolean zh = lang == Lang.ZH;
        boolean scanned = loc.box() != null; // only a cell read by OCR has a box
        List<String> parts = new ArrayList<>();
        if (loc.page() != null && !scanned) {
            parts.add(zh ? "第 " + loc.page() + " 页" : "page " + loc.page());
        }
        if (loc.tableIndex() != null) {
            parts.add(zh ? "第 " + loc.tableIndex() + " 个表格" : "table " + loc.tableIndex());
        }
        if (loc.printedRow() != null && loc.printedColumn() != null) {
            parts.add(zh ? "第 " + loc.printedRow() + " 行第 " + loc.printedColumn() + " 列"
                    : "row " + loc.printedRow() + ", column " + loc.printedColumn());
        }
        if (loc.paragraph() != null) {
            parts.add(zh ? "第 " + loc.paragraph() + " 段" : "paragraph " + loc.paragraph());
        }
        if (loc.pointer() != null) {
            parts.add("JSON " + (loc.pointer().isEmpty() ? "/" : loc.pointer()));
        }
        if (scanned) {
            parts.add(zh ? "（扫描件文字识别：" + scanPlace(loc, lang) + "）" : "(read by OCR from the scan: "
                    + scanPlace(loc, lang) + ")");
        }
        return String.join(zh ? " " : ", ", parts);
    }

    /**
     * A scanned cell's place in words: its page and its box on the page, left, top, width and height in points
     * (1/72 inch) from the page's top left corner, whole points: "第 3 页，框 120,300,40,18 点" / "page 3, box
     * 120,300,40,18 pt". Empty without a box.
     */
    public static String scanPlace(Location loc, Lang lang) {
        if (loc == null || loc.box() == null) {
            return "";
        }
        boolean zh = lang == Lang.ZH;
        String page = loc.page() == null ? "" : zh ? "第 " + loc.page() + " 页，" : "page " + loc.page() + ", ";
        return page + (zh ? "框 " : "box ") + roundedBox(loc.box()) + (zh ? " 点" : " pt");
    }

    /** {@code x,y,w,h} in whole points; the text as it is when it is not four numbers. */
    static String roundedBox(String box) {
        String[] parts = box.split(",");
        if (parts.length != 4) {
            return box;
        }
        StringBuilder sb = new StringBuilder();
        try {
            for (String p : parts) {
                sb.append(sb.length() == 0 ? "" : ",").append(Math.round(Double.parseDouble(p.strip())));
            }
        } catch (NumberFormatException e) {
            return box;
        }
        return sb.toString();
    }
}
