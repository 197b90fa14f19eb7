package org.nianbao.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * A generated report as a government portal publishes it: navigation, breadcrumb, 发布时间 above the article, the
 * report with h1/h2 headings, indented paragraphs and bordered tables using rowspan/colspan like the template, a
 * right-aligned signature, then related links and the footer; or, for word processors and printing, the report
 * alone as a document ({@link #document}).
 */
final class HtmlRendering {
    private HtmlRendering() {
    }

    /** The page's bytes: UTF-8, or GBK as many older portals still serve, declared in a meta tag either way. */
    static byte[] render(GeneratedReport r, Random random) {
        boolean gbk = random.nextInt(3) == 0;
        StringBuilder b = new StringBuilder(24_000);
        b.append("<!DOCTYPE html>\n<html>\n<head>\n")
                .append(gbk ? "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                        : "<meta charset=\"utf-8\">")
                .append("\n<title>").append(r.title).append('_')
                .append(r.agency.place()).append("人民政府</title>\n<style>td{border:1px solid #000;text-align:center}"
                        + " p.body{text-indent:2em} p.sign{text-align:right}</style>\n</head>\n<body>\n")
                .append("<div class=\"header\"><div class=\"logo\">").append(r.agency.place())
                .append("人民政府</div><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/zwgk/\">政务公开</a>"
                        + " <a href=\"/hdjl/\">互动交流</a></div></div>\n")
                .append("<div class=\"crumb\">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年度报告</div>\n")
                .append("<div class=\"article\">\n<div class=\"info\">发布时间：")
                .append(r.published.format(DateTimeFormatter.ISO_LOCAL_DATE)).append(' ')
                .append(String.format("%02d:%02d", 8 + random.nextInt(10), random.nextInt(60)))
                .append("　来源：").append(r.agency.name()).append("</div>\n<div class=\"content\" id=\"zoom\">\n");
        article(b, r);
        b.append("</div>\n</div>\n");
        b.append("<div class=\"related\">相关链接：<a href=\"/zwgk/xxgknb/\">").append(r.agency.name())
                .append(r.year - 1).append("年政府信息公开工作年度报告</a></div>\n")
                .append("<div class=\"footer\"><p>主办单位：").append(r.agency.place())
                .append("人民政府办公室</p><p>网站标识码：0000000000</p></div>\n</body>\n</html>\n");
        return b.toString().getBytes(gbk ? Charset.forName("GBK") : StandardCharsets.UTF_8);
    }

    /**
     * The report alone, as a document a word processor opens or a browser prints: title, body, tables and
     * signature in UTF-8, with the fonts and borders an office sets, no portal around it.
     */
    static byte[] document(GeneratedReport r) {
        StringBuilder b = new StringBuilder(24_000);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(r.title).append("</title>\n<style>\n"
                        + "  body { font-family: \"Noto Serif CJK SC\", \"SimSun\", serif; font-size: 12pt; }\n"
                        + "  h1 { text-align: center; font-size: 18pt; }\n  h2, h3 { font-size: 14pt; }\n"
                        + "  p.body { text-indent: 2em; line-height: 1.5; }\n  p.sign { text-align: right; }\n"
                        + "  table { border-collapse: collapse; width: 100%; font-size: 10pt; }\n"
                        + "  td { border: 1px solid #000; text-align: center; vertical-align: middle; padding: 2pt; }\n"
                        + "</style>\n</head>\n<body>\n");
        article(b, r);
        b.append("</body>\n</html>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void article(StringBuilder b, GeneratedReport r) {
        if (r.titleOnTwoLines) {
            int split = r.title.indexOf(String.valueOf(r.year));
            b.append("<h1>").append(r.title, 0, split).append("<br>").append(r.title.substring(split))
                    .append("</h1>\n");
        } else {
            b.append("<h1>").append(r.title).append("</h1>\n");
        }
        b.append("<p class=\"body\">").append(r.preamble).append(r.periodSentence).append("</p>\n");
        for (GeneratedReport.Section s : r.sections) {
            b.append("<h2>").append(s.heading()).append("</h2>\n");
            for (String p : s.paragraphs()) {
                boolean sub = GeneratedReport.isSubHeading(p);
                b.append(sub ? "<h3>" : "<p class=\"body\">").append(p).append(sub ? "</h3>\n" : "</p>\n");
            }
            if (r.tables.containsKey(s.id())) {
                table(b, PrintedTables.of(r, s.id()));
            }
        }
        for (String line : r.signatureLines()) {
            b.append("<p class=\"sign\">").append(line).append("</p>\n");
        }
    }

    private static void table(StringBuilder b, PrintedTable t) {
        b.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n<colgroup>");
        for (double w : t.widths) {
            b.append("<col width=\"").append((int) w).append("\">");
        }
        b.append("</colgroup>\n");
        for (int row = 0; row < t.rows(); row++) {
            // header rows that repeat on every page are a <thead>: browsers and word processors repeat it
            if (t.repeatedHeaderRows > 0 && row == 0) {
                b.append("<thead>\n");
            } else if (t.repeatedHeaderRows > 0 && row == t.repeatedHeaderRows) {
                b.append("</thead>\n<tbody>\n");
            }
            b.append("<tr>");
            List<PrintedTable.Cell> cells = t.startingIn(row);
            for (PrintedTable.Cell c : cells) {
                b.append("<td");
                if (c.rowSpan() > 1) {
                    b.append(" rowspan=\"").append(c.rowSpan()).append('"');
                }
                if (c.colSpan() > 1) {
                    b.append(" colspan=\"").append(c.colSpan()).append('"');
                }
                b.append('>').append(c.text().replace("\n", "<br>")).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append(t.repeatedHeaderRows > 0 ? "</tbody>\n</table>\n" : "</table>\n");
    }
}
