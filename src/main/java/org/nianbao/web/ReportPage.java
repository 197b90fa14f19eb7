package org.nianbao.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.report.FormatNames;
import org.nianbao.report.Html;
import org.nianbao.store.ResultRow;

/**
 * One report's result: what was read (body, year, format, level), its violations with the fix and the likely wrong
 * cell, its three tables with the cells named highlighted (the section the HTML report writes, stored when the file
 * was checked), and the file's other results: every earlier or later check of the same content.
 */
final class ReportPage {
    private static final ObjectMapper JSON =
            new ObjectMapper();
    private ReportPage() {
    }

    /**
     * @param auditId    the audit the report was uploaded into, or null
     * @param superseded whether the file is marked as replaced by a newer submission
     */
    static String render(Exchange req, String csrf, ResultRow r, List<ResultRow> history, RuleWords words,
            String auditId, boolean superseded) {
        StringBuilder b = new StringBuilder();
        b.append("<p><a href=\"/batches/").append(r.batchId()).append("\">← ").append(req.t("返回批次", "Back to the batch"))
                .append("</a>").append(auditId == null ? "" : " · <a href=\"/audits/" + auditId + "\">"
                        + req.t("核查任务", "the audit") + "</a>").append(r.bodyId() == null ? ""
                        : " · <a id=\"body-link\" href=\"/bodies/" + r.bodyId() + "\">" + req.t("该机关历年报告",
                                "this body's years") + "</a>").append("</p>\n<h1 id=\"report-title\">").append(Html.esc(r.agency() == null ? r.fileName()
                        : r.agency() + (r.year() == null ? "" : " " + r.year()))).append("</h1>\n<dl class=\"meta\">")
                .append(item(req.t("文件", "File"), Html.esc(r.fileName()) + " <a class=\"muted\" href=\"/files/"
                        + r.fileHash() + "\">" + req.t("下载原文件", "download the original") + "</a>"))
                .append(item(req.t("结论", "Status"), "<span id=\"status\" class=\"status-" + r.status() + "\">"
                        + BatchPage.status(req, r.status()) + "</span>"))
                .append(item(req.t("错误 / 警告 / 提示", "Errors / warnings / infos"), r.errors() + " / " + r.warnings()
                        + " / " + r.infos()))
                .append(item(req.t("格式", "Format"), Html.esc(FormatNames.of(r.inputFormat(), req.lang))))
                .append(item(req.t("层级", "Level"), BatchPage.level(req, r.level())))
                .append(item(req.t("检查时间", "Checked"), Page.dateTime(r.checked())))
                .append(item(req.t("规则版本", "Rules"), Html.esc(r.rulesVersion())))
                .append("</dl>\n<p class=\"muted\">").append(req.t("规则说明见", "Each rule is explained under "))
                .append("<a href=\"/rules\">").append(req.t("规则", "Rules")).append("</a>").append(req.t("。", "."))
                .append(" <a href=\"#letter-form\">").append(req.t("写整改通知", "Write a notice to correct"))
                .append("</a> · <a href=\"/api/reports/").append(r.id()).append("?lang=").append(req.t("zh", "en"))
                .append("\">JSON</a></p>\n<div id=\"result\">").append(CropImages.linked(r.rendered().html(req.zh()),
                        r.id())).append("</div>\n");
        List<String> rules = ruleIds(r.rendered().json(true));
        if (!rules.isEmpty()) {
            b.append("<p id=\"rule-links\">").append(req.t("涉及的规则：", "Rules involved: "));
            for (String id : rules) {
                b.append(words.html(id, req.lang)).append(" ");
            }
            b.append("</p>\n");
        }
        b.append(LetterPage.form(req, r));
        if (superseded) {
            b.append("<p class=\"flash\" id=\"superseded\">").append(req.t("此报告已标为被新版本取代：跨年度核对不再用它。",
                    "This report is marked superseded by a newer version: no cross-year check uses it.")).append("</p>\n");
        }
        if (req.mayChange()) {
            b.append("<div class=\"no-print manage\"><form class=\"inline\" method=\"post\" action=\"/reports/")
                    .append(r.id()).append("/supersede\">").append(Page.csrfField(csrf))
                    .append("<input type=\"hidden\" name=\"on\" value=\"").append(!superseded).append("\"><button"
                            + " id=\"supersede\">").append(superseded ? req.t("撤销“已被取代”", "Undo superseded")
                            : req.t("标为已被新版本取代", "Mark superseded by a newer version")).append("</button></form> ")
                    .append("<a id=\"delete-report\" class=\"danger\" href=\"/reports/").append(r.id())
                    .append("/delete\">").append(req.t("删除此报告…", "Delete this report…")).append("</a></div>\n");
        }
        if (history.size() > 1) {
            b.append("<h2>").append(req.t("同一文件的全部检查结果", "Every check of this file")).append("</h2>\n")
                    .append("<table class=\"list\" id=\"history\"><tr><th>").append(req.t("检查时间", "Checked"))
                    .append("</th><th>").append(req.t("规则版本", "Rules")).append("</th><th>")
                    .append(req.t("结论", "Status")).append("</th><th>").append(req.t("错误", "Errors"))
                    .append("</th><th>").append(req.t("警告", "Warnings")).append("</th></tr>\n");
            for (ResultRow h : history) {
                boolean self = h.id().equals(r.id());
                b.append("<tr><td>").append(self ? "" : "<a href=\"/reports/" + h.id() + "\">")
                        .append(Page.dateTime(h.checked())).append(self ? req.t("（本页）", " (this page)") : "</a>")
                        .append("</td><td>").append(Html.esc(h.rulesVersion())).append("</td><td class=\"status-")
                        .append(h.status()).append("\">").append(BatchPage.status(req, h.status()))
                        .append("</td><td class=\"n\">").append(h.errors()).append("</td><td class=\"n\">")
                        .append(h.warnings()).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        return Page.shell(req, r.agency() == null ? r.fileName() : r.agency(), b.toString(), 0);
    }

    /** The distinct rule ids of the stored result's violations, in order of first appearance. */
    private static List<String> ruleIds(String json) {
        Set<String> ids = new LinkedHashSet<>();
        try {
            JsonNode root = JSON.readTree(json);
            for (String field : new String[] {"violations", "notAssessable", "suppressed"}) {
                root.path(field).forEach(v -> ids.add(v.path("rule").asText()));
            }
        } catch (IOException e) {
            return List.of(); // stored by this server, so never expected; the page shows the result regardless
        }
        ids.remove("");
        return List.copyOf(ids);
    }

    private static String item(String term, String value) {
        return "<dt>" + term + "</dt><dd>" + value + "</dd>";
    }
}
