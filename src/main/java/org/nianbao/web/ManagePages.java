package org.nianbao.web;

import java.util.List;
import java.util.Map;
import org.nianbao.report.Html;
import org.nianbao.store.AuditLog;
import org.nianbao.store.BatchRow;
import org.nianbao.store.ResultRow;
import org.nianbao.store.Store;

/**
 * Managing the data: the pages that ask before a deletion (saying exactly what goes) and the log of who did what.
 */
final class ManagePages {
    /** Rows per page of the log (and of other paged lists). */
    static final int PAGE = 50;

    private static final Map<String, String[]> ACTIONS = Map.ofEntries(
            Map.entry("upload", new String[] {"上传", "upload"}),
            Map.entry("create-audit", new String[] {"新建核查任务", "create an audit"}),
            Map.entry("import-roster", new String[] {"导入名单", "import a roster"}),
            Map.entry("place-report", new String[] {"手动对应报告", "place a report"}),
            Map.entry("sent-back", new String[] {"标为已退回", "mark sent back"}),
            Map.entry("undo-sent-back", new String[] {"撤销退回", "undo sent back"}),
            Map.entry("delete-report", new String[] {"删除报告", "delete a report"}),
            Map.entry("delete-batch", new String[] {"删除批次", "delete a batch"}),
            Map.entry("supersede", new String[] {"标为已被新版本取代", "mark superseded"}),
            Map.entry("undo-supersede", new String[] {"撤销取代标记", "undo superseded"}),
            Map.entry("recheck", new String[] {"重新检查", "check again"}),
            Map.entry("set-published", new String[] {"录入发布日期", "enter a publication date"}));

    private ManagePages() {
    }

    static int offset(Exchange req) {
        try {
            return Math.max(0, Integer.parseInt(req.param("from", "0")));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String confirmReport(Exchange req, String csrf, ResultRow r, List<ResultRow> history) {
        String name = r.agency() == null ? r.fileName() : r.agency() + (r.year() == null ? "" : " " + r.year());
        String b = "<h1>" + req.t("删除报告", "Delete a report") + "：" + Html.esc(name) + "</h1>\n<p class=\"flash\">"
                + req.t("将删除上传的文件“", "This deletes the uploaded file '") + Html.esc(r.fileName())
                + req.t("”及其全部 ", "' and all ") + history.size() + req.t(" 个检查结果（所在批次的下载文件也会删除）。"
                        + "此操作会记入操作记录，不能撤销。", " of its results (and its batches' downloads). It is logged and"
                        + " cannot be undone.") + "</p>\n"
                + (r.bodyKey() != null && r.year() != null ? "<p>" + req.t("该机关 " + r.year()
                        + " 年以后年度的报告会用当前规则重新检查，跨年度核对不再与本报告比较。", "The body's reports for years after "
                        + r.year() + " are checked again, no longer compared with this one.") + "</p>\n" : "")
                + "<form method=\"post\" action=\"/reports/" + r.id() + "/delete\">" + Page.csrfField(csrf)
                + "<button id=\"confirm-delete\" class=\"danger\">" + req.t("确认删除", "Delete") + "</button> <a href=\""
                + "/reports/" + r.id() + "\">" + req.t("取消", "Cancel") + "</a></form>\n";
        return Page.shell(req, req.t("删除报告", "Delete a report"), b, 0);
    }

    static String confirmBatch(Exchange req, String csrf, BatchRow batch, List<ResultRow> results) {
        String b = "<h1>" + req.t("删除批次", "Delete a batch") + "：" + Html.esc(batch.title()) + "</h1>\n<p class=\"flash\">"
                + req.t("将删除此批次的 " + results.size() + " 个检查结果及其下载文件；只属于此批次的上传文件也会删除。"
                        + "此操作会记入操作记录，不能撤销。", "This deletes the batch's " + results.size() + " results and"
                        + " downloads, and the uploaded files no other batch holds. It is logged and cannot be"
                        + " undone.") + "</p>\n"
                + "<form method=\"post\" action=\"/batches/" + batch.id() + "/delete\">" + Page.csrfField(csrf)
                + "<button id=\"confirm-delete\" class=\"danger\">" + req.t("确认删除", "Delete") + "</button> <a href=\""
                + "/batches/" + batch.id() + "\">" + req.t("取消", "Cancel") + "</a></form>\n";
        return Page.shell(req, req.t("删除批次", "Delete a batch"), b, 0);
    }

    static String log(Exchange req, Store.Page<AuditLog.Entry> page) {
        StringBuilder b = new StringBuilder("<h1>").append(req.t("操作记录", "Log")).append("</h1>\n<p class=\"muted\">")
                .append(req.t("谁在何时做了什么：上传、导入、删除、标记。记录只增不改。",
                        "Who did what and when: uploads, imports, deletions, marks. Entries are only ever added."))
                .append("</p>\n<table class=\"list\" id=\"log\"><thead><tr><th>").append(req.t("时间", "When"))
                .append("</th><th>").append(req.t("人员", "Who")).append("</th><th>").append(req.t("操作", "Action"))
                .append("</th><th>").append(req.t("内容", "Detail")).append("</th></tr></thead><tbody>\n");
        for (AuditLog.Entry e : page.rows()) {
            String[] words = ACTIONS.getOrDefault(e.action(), new String[] {e.action(), e.action()});
            b.append("<tr data-action=\"").append(Html.esc(e.action())).append("\"><td>").append(Page.dateTime(e.at()))
                    .append("</td><td>").append(Html.esc(e.who())).append("</td><td>").append(req.t(words[0], words[1]))
                    .append("</td><td>").append(Html.esc(e.detail() == null ? "" : e.detail())).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n").append(pager(req, "/log?", offset(req), page.total()));
        return Page.shell(req, req.t("操作记录", "Log"), b.toString(), 0);
    }

    /** Previous / next links for a paged list; {@code base} ends with ? or &amp;. */
    static String pager(Exchange req, String base, int from, int total) {
        StringBuilder b = new StringBuilder("<p class=\"pager\">");
        if (from > 0) {
            b.append("<a href=\"").append(base).append("from=").append(Math.max(0, from - PAGE)).append("\">← ")
                    .append(req.t("上一页", "previous")).append("</a> ");
        }
        b.append(req.t("第 ", "")).append(total == 0 ? 0 : from + 1).append("–").append(Math.min(total, from + PAGE))
                .append(req.t(" 条，共 ", " of ")).append(total).append(req.t(" 条", ""));
        if (from + PAGE < total) {
            b.append(" <a href=\"").append(base).append("from=").append(from + PAGE).append("\">")
                    .append(req.t("下一页", "next")).append(" →</a>");
        }
        return b.append("</p>\n").toString();
    }
}
