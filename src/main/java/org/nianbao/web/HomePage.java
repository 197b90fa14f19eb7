package org.nianbao.web;

import java.util.List;
import org.nianbao.report.Html;
import java.util.Map;
import org.nianbao.store.BatchRow;
import org.nianbao.store.Store;

/** The start page: the upload form (choose or drop files, or a zip) and the latest batches. */
final class HomePage {
    private HomePage() {
    }

    /**
     * @param page   the page of batches asked for ({@code q} and {@code from} in the query)
     * @param counts per batch, how many of its reports passed, failed, were unreadable (by status id)
     */
    static String render(Exchange req, String csrf, Store.Page<BatchRow> page, Map<String, Map<String, Integer>> counts,
            UploadLimits limits, String flash) {
        List<BatchRow> batches = page.rows();
        String q = req.param("q", "").strip();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(req.t("上传年度报告", "Upload annual reports")).append("</h1>\n");
        if (flash != null) {
            b.append("<p class=\"flash\" id=\"flash\">").append(Html.esc(flash)).append("</p>\n");
        }
        if (!req.mayChange()) {
            b.append("<p class=\"muted\">").append(req.t("只读账户：可以查看全部结果，不能上传或删除。",
                    "Read-only account: you can see every result but not upload or delete.")).append("</p>\n");
        } else {
            b.append("<p class=\"muted\">").append(req.t("要按机关名单核查一个年度的报告，请用", "To audit a year's reports"
                    + " against a roster of bodies, use ")).append("<a href=\"/audits\">").append(req.t("核查任务",
                    "Audits")).append("</a>").append(req.t("。", ".")).append("</p>\n");
        }
        if (req.mayChange()) {
            b.append("<form id=\"upload\" method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">")
                .append(Page.csrfField(csrf))
                .append("<div id=\"drop\"><p>").append(req.t("把报告文件或 zip 压缩包拖到这里，或",
                        "Drop report files or a zip here, or")).append("</p>")
                .append("<input type=\"file\" id=\"files\" name=\"files\" multiple"
                        + " accept=\".docx,.doc,.odt,.fodt,.pdf,.html,.htm,.shtml,.json,.zip\">")
                .append("<p class=\"muted\">").append(req.t("支持 .docx、.doc、.odt、PDF、网页（.html）、JSON 和 zip；",
                        "Word (.docx, .doc), OpenDocument (.odt), PDF, web pages (.html), JSON and zip; "))
                .append(req.t("每个文件不超过 ", "at most ")).append(limits.maxFileBytes() >> 20)
                .append(req.t(" MB，每批不超过 ", " MB per file, ")).append(limits.maxFiles())
                .append(req.t(" 个文件。", " files per batch.")).append("</p></div>")
                .append("<p><label>").append(req.t("发布日期（可选，用于核对是否逾期）：",
                        "Publication date (optional, to tell whether it was late): "))
                .append("<input type=\"date\" name=\"published\"></label></p>")
                .append("<p><label>").append(req.t("批次名称（可选）：", "Batch name (optional): "))
                .append("<input type=\"text\" name=\"title\" maxlength=\"200\" size=\"40\"></label> ")
                .append("<button type=\"submit\" id=\"send\">").append(req.t("开始检查", "Check"))
                .append("</button></p></form>\n");
        }
        b.append("<h2>").append(req.t("批次", "Batches")).append("</h2>\n<form class=\"filter\" method=\"get\""
                + " id=\"batch-search\"><label>").append(req.t("查找：", "Find: ")).append("<input type=\"search\" name=\"q\""
                + " value=\"").append(Html.esc(q)).append("\" placeholder=\"").append(req.t("批次名称", "batch name"))
                .append("\"></label> <button>").append(req.t("查找", "Find")).append("</button></form>\n");
        if (batches.isEmpty()) {
            b.append("<p class=\"muted\">").append(req.t("还没有批次。", "No batches yet.")).append("</p>");
        } else {
            b.append("<table class=\"list\" id=\"batches\"><tr><th>").append(req.t("批次", "Batch"))
                    .append("</th><th>").append(req.t("上传时间", "Uploaded")).append("</th><th>")
                    .append(req.t("文件数", "Files")).append("</th><th>").append(req.t("通过 / 不通过 / 无法读取",
                            "Pass / fail / unreadable")).append("</th><th>").append(req.t("状态", "State"))
                    .append("</th></tr>\n");
            for (BatchRow r : batches) {
                b.append("<tr><td><a href=\"/batches/").append(r.id()).append("\">").append(Html.esc(r.title()))
                        .append("</a>").append(r.recheckOf() == null ? "" : " <span class=\"muted\">"
                                + req.t("（重新检查）", "(recheck)") + "</span>")
                        .append("</td><td>").append(Page.dateTime(r.created())).append("</td><td class=\"n\">")
                        .append(r.total()).append("</td><td class=\"n\">");
                Map<String, Integer> c = counts.getOrDefault(r.id(), Map.of());
                b.append(c.getOrDefault("pass", 0)).append(" / ").append(c.getOrDefault("fail", 0)).append(" / ")
                        .append(c.getOrDefault("unreadable", 0)).append("</td><td>").append(BatchPage.state(req, r))
                        .append("</td></tr>\n");
            }
            b.append("</table>");
            b.append(ManagePages.pager(req, "/?" + (q.isEmpty() ? "" : "q=" + Html.esc(java.net.URLEncoder.encode(q,
                    java.nio.charset.StandardCharsets.UTF_8)) + "&amp;"), ManagePages.offset(req), page.total()));
        }
        return Page.shell(req, req.t("上传", "Upload"), b.toString(), 0);
    }
}
