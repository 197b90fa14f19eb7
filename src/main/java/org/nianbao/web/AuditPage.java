package org.nianbao.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.report.Html;
import org.nianbao.store.Audits;
import org.nianbao.store.BatchRow;

/**
 * The audit desk: the audits (and a form to start one), and one audit's page — every body on its roster with where
 * it stands (submitted or not, on time or late, passes or not, the problems by rule, sent back and submitted
 * again), counts, a filter and sorting on the server (links and GET forms: it works without scripts and can be
 * bookmarked), the forms to import the roster and to upload reports into the audit, and its downloads.
 */
final class AuditPage {
    private static final List<String> SORTS = List.of("seq", "name", "state", "errors", "published");

    private AuditPage() {
    }

    static String list(Exchange req, String csrf, List<Audits.Audit> audits, Map<String, Integer> sizes) {
        StringBuilder b = new StringBuilder("<h1>").append(req.t("核查任务", "Audits")).append("</h1>\n");
        if (audits.isEmpty()) {
            b.append("<p class=\"muted\">").append(req.t("还没有核查任务。新建一个，导入应报送的机关名单，再上传各机关的年报。",
                    "No audits yet. Start one, import the roster of bodies, then upload their reports.")).append("</p>");
        } else {
            b.append("<table class=\"list\" id=\"audits\"><thead><tr><th>").append(req.t("名称", "Title"))
                    .append("</th><th>").append(req.t("年度", "Year")).append("</th><th>")
                    .append(req.t("名单机关数", "Bodies")).append("</th><th>").append(req.t("新建于", "Created"))
                    .append("</th></tr></thead><tbody>\n");
            for (Audits.Audit a : audits) {
                b.append("<tr><td><a href=\"/audits/").append(a.id()).append("\">").append(Html.esc(a.title()))
                        .append("</a></td><td>").append(a.year() == null ? "" : a.year()).append("</td><td class=\"n\">")
                        .append(sizes.getOrDefault(a.id(), 0)).append("</td><td>").append(Page.dateTime(a.created()))
                        .append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        if (req.mayChange()) {
            int year = LocalDate.now().getYear() - 1;
            b.append("<h2>").append(req.t("新建核查任务", "Start an audit")).append("</h2>\n<form method=\"post\""
                    + " action=\"/audits\" id=\"new-audit\">").append(Page.csrfField(csrf)).append("<p><label>")
                    .append(req.t("名称：", "Title: ")).append("<input name=\"title\" required maxlength=\"200\" size=\"30\""
                            + " value=\"").append(year).append(req.t(" 年度年报核查", " annual reports")).append("\"></label> <label>")
                    .append(req.t("年报年度：", "Report year: ")).append("<input name=\"year\" type=\"number\" min=\"2008\""
                            + " max=\"2100\" value=\"").append(year).append("\"></label></p><p><label>")
                    .append(req.t("发文单位（写在整改通知上）：", "Office (heads the notices): "))
                    .append("<input name=\"office\" maxlength=\"200\" size=\"30\"></label> <label>")
                    .append(req.t("整改期限（天）：", "Days to reply: ")).append("<input name=\"replyDays\" type=\"number\""
                            + " min=\"1\" max=\"365\" value=\"").append(LetterPage.REPLY_DAYS).append("\"></label> <button"
                            + " id=\"create-audit\">").append(req.t("新建", "Create")).append("</button></p></form>\n");
        }
        return Page.shell(req, req.t("核查任务", "Audits"), b.toString(), 0);
    }

    static String render(Exchange req, String csrf, Audits.Audit audit, AuditStatus.View view,
            List<BatchRow> batches, RuleWords words, String flash) {
        LocalDate today = LocalDate.now();
        String state = req.param("state", "");
        String q = req.param("q", "").strip();
        String sort = SORTS.contains(req.param("sort", "")) ? req.param("sort", "") : "seq";
        boolean desc = "desc".equals(req.param("dir", ""));
        List<AuditStatus.Line> all = view.lines();
        List<AuditStatus.Line> rows = all.stream()
                .filter(l -> state.isEmpty() || (state.equals("late") ? l.late() : l.state().id.equals(state)))
                .filter(l -> q.isEmpty() || l.body().name().contains(q))
                .sorted(desc ? comparator(sort).reversed() : comparator(sort)).toList();

        StringBuilder b = new StringBuilder();
        b.append("<p><a href=\"/audits\">← ").append(req.t("全部核查任务", "All audits")).append("</a></p>\n")
                .append("<h1 id=\"audit-title\">").append(Html.esc(audit.title())).append("</h1>\n<p class=\"muted\">")
                .append(audit.year() == null ? "" : req.t("年报年度 ", "report year ") + audit.year() + " · ")
                .append(req.t("发文单位：", "office: ")).append(audit.office() == null || audit.office().isBlank()
                        ? req.t("（未填）", "(not given)") : Html.esc(audit.office()))
                .append(" · ").append(req.t("整改期限 ", "reply within ")).append(audit.replyDays())
                .append(req.t(" 天", " days")).append("</p>\n");
        if (flash != null) {
            b.append("<p class=\"flash\" id=\"flash\">").append(flash).append("</p>\n");
        }
        b.append("<p id=\"audit-counts\">").append(counts(req, all, view.unplaced().size(), today)).append("</p>\n");
        b.append("<p id=\"audit-downloads\">").append(req.t("下载：", "Download: ")).append("<a href=\"/audits/")
                .append(audit.id()).append("/download/xlsx\" id=\"audit-xlsx\">").append(req.t("核查情况表（Excel）",
                        "Status workbook (Excel)")).append("</a> · <a href=\"/audits/").append(audit.id())
                .append("/letters.zip\" id=\"audit-letters\">").append(req.t("全部整改通知（zip，Word）",
                        "All notices (zip of Word files)")).append("</a> · <a href=\"/audits/").append(audit.id())
                .append("/sum.xlsx\" id=\"audit-sum\">").append(req.t("区域汇总表（表二至表四之和）",
                        "Region sum (tables 2–4 summed)")).append("</a></p>\n");
        if (req.mayChange()) {
            b.append(forms(req, csrf, audit));
        }
        b.append(filter(req, state, q, sort, desc));
        String keep = (state.isEmpty() ? "" : "&amp;state=" + Html.esc(state))
                + (q.isEmpty() ? "" : "&amp;q=" + Html.esc(URLEncoder.encode(q, StandardCharsets.UTF_8)));
        b.append("<table class=\"list\" id=\"roster\"><thead><tr>");
        String[][] heads = {{"seq", req.t("序号", "#")}, {"name", req.t("机关", "Body")}, {null, req.t("层级", "Level")},
            {null, req.t("截止日期", "Deadline")}, {"published", req.t("发布日期", "Published")},
            {null, req.t("按时", "On time")}, {"state", req.t("状态", "State")}, {"errors", req.t("错误", "Errors")},
            {null, req.t("问题", "Problems")}, {null, req.t("报送", "Versions")}, {null, ""}};
        for (String[] h : heads) {
            if (h[0] == null) {
                b.append("<th>").append(h[1]).append("</th>");
            } else {
                boolean now = h[0].equals(sort);
                b.append("<th><a data-sort=\"").append(h[0]).append("\" href=\"?sort=").append(h[0]).append("&amp;dir=")
                        .append(now && !desc ? "desc" : "asc").append(keep).append("\">").append(h[1])
                        .append(now ? (desc ? " ▼" : " ▲") : "").append("</a></th>");
            }
        }
        b.append("</tr></thead><tbody>\n");
        for (AuditStatus.Line l : rows) {
            b.append(row(req, csrf, audit, l, words, today));
        }
        b.append("</tbody></table>\n<p class=\"muted\">").append(req.t("显示 ", "Showing ")).append(rows.size())
                .append(" / ").append(all.size()).append("</p>\n");
        if (!view.unplaced().isEmpty()) {
            b.append(unplaced(req, csrf, audit, view));
        }
        if (!view.otherYears().isEmpty()) {
            b.append("<h2>").append(req.t("其他年度的报告", "Reports for other years")).append("</h2>\n<p class=\"muted\">")
                    .append(req.t("这些报告不是本次核查的年度，不计入上表；同一机关以后年度的跨年度核对会与它们比较。上传错了可以删除。",
                            "Not for the audited year, so not counted above; the same body's later years are compared"
                                    + " with them. Delete one uploaded by mistake.")).append("</p>\n<ul id=\"other-years\">");
            for (AuditStatus.Submission o : view.otherYears()) {
                var r = o.result();
                b.append("<li><a href=\"/reports/").append(r.id()).append("\">").append(Html.esc(r.fileName()))
                        .append("</a> · ").append(Html.esc(r.agency() == null ? "" : r.agency())).append(" ")
                        .append(r.year()).append(req.mayChange() ? " · <a class=\"danger\" href=\"/reports/" + r.id()
                                + "/delete\">" + req.t("删除…", "delete…") + "</a>" : "").append("</li>");
            }
            b.append("</ul>\n");
        }
        b.append("<h2>").append(req.t("上传的批次", "Batches uploaded")).append("</h2>\n<ul id=\"audit-batches\">");
        for (BatchRow r : batches) {
            b.append("<li><a href=\"/batches/").append(r.id()).append("\">").append(Html.esc(r.title())).append("</a> ")
                    .append("<span class=\"muted\">").append(Page.dateTime(r.created())).append(" · ")
                    .append(r.total()).append(req.t(" 个文件", " files")).append(r.createdBy() == null ? ""
                            : " · " + Html.esc(r.createdBy())).append(r.published() == null ? ""
                            : req.t(" · 发布日期 ", " · published ") + r.published()).append("</span></li>");
        }
        b.append("</ul>\n");
        return Page.shell(req, audit.title(), b.toString(), batches.stream().anyMatch(BatchRow::running) ? 3 : 0);
    }

    private static String counts(Exchange req, List<AuditStatus.Line> all, int unplaced, LocalDate today) {
        long submitted = all.stream().filter(l -> l.current() != null).count();
        long missing = all.size() - submitted;
        long late = all.stream().filter(AuditStatus.Line::late).count();
        long overdue = all.stream().filter(l -> l.overdue(today)).count();
        long pass = count(all, AuditStatus.State.PASS);
        long fail = count(all, AuditStatus.State.FAIL);
        long unreadable = count(all, AuditStatus.State.UNREADABLE);
        long sentBack = count(all, AuditStatus.State.SENT_BACK);
        return req.zh() ? String.format("名单 %d 个机关：已报送 %d，未报送 %d，逾期发布 %d；通过 %d，不通过 %d，无法读取 %d，"
                + "已退回待重新报送 %d。", all.size(), submitted, missing, late, pass, fail, unreadable, sentBack)
                + (overdue == 0 ? "" : "未报送的机关中 " + overdue + " 个已过截止日期。")
                + (unplaced == 0 ? "" : "另有 " + unplaced + " 份报告未对应到名单中的机关。")
                : String.format("%d bodies on the roster: %d submitted, %d missing, %d published late; %d pass, %d"
                        + " fail, %d unreadable, %d sent back awaiting a new version.", all.size(), submitted, missing,
                        late, pass, fail, unreadable, sentBack)
                        + (overdue == 0 ? "" : " " + overdue + " missing past their deadline.")
                        + (unplaced == 0 ? "" : " " + unplaced + " report(s) are not placed on the roster.");
    }

    private static long count(List<AuditStatus.Line> all, AuditStatus.State s) {
        return all.stream().filter(l -> l.state() == s).count();
    }

    private static String forms(Exchange req, String csrf, Audits.Audit audit) {
        return "<details class=\"desk-forms\" id=\"audit-forms\"" + "><summary>" + req.t("上传报告、导入名单",
                "Upload reports, import the roster") + "</summary>"
                + "<form method=\"post\" action=\"/audits/" + audit.id() + "/upload\" enctype=\"multipart/form-data\""
                + " id=\"audit-upload\">" + Page.csrfField(csrf) + "<h3>" + req.t("上传报告", "Upload reports") + "</h3>"
                + "<p><input type=\"file\" name=\"files\" id=\"audit-files\" multiple accept=\".docx,.doc,.odt,.fodt,"
                + ".pdf,.html,.htm,.shtml,.json,.zip\"> <label>" + req.t("发布日期（可选，这批报告在网站上的发布日期）：",
                        "Publication date (optional, when these were published): ")
                + "<input type=\"date\" name=\"published\" id=\"audit-published\"></label> <label>"
                + req.t("批次名称：", "Batch name: ") + "<input name=\"title\" maxlength=\"200\" size=\"20\"></label> "
                + "<button id=\"audit-send\">" + req.t("上传并检查", "Upload and check") + "</button></p></form>"
                + "<form method=\"post\" action=\"/audits/" + audit.id() + "/roster\" enctype=\"multipart/form-data\""
                + " id=\"roster-import\">" + Page.csrfField(csrf) + "<h3>" + req.t("导入机关名单", "Import the roster")
                + "</h3><p class=\"muted\">" + req.t("Excel（.xlsx）或 CSV，第一行为列名：名称、层级（政府/部门）、截止日期、联系人；"
                        + "已在名单中的机关只更新其信息。", "Excel (.xlsx) or CSV, the first row naming the columns: name,"
                        + " level (government/department), deadline, contact; bodies already listed are updated.")
                + "</p><p><input type=\"file\" name=\"files\" id=\"roster-file\" accept=\".xlsx,.csv,.txt\"> <button"
                + " id=\"roster-send\">" + req.t("导入", "Import") + "</button></p></form></details>\n";
    }

    private static String filter(Exchange req, String state, String q, String sort, boolean desc) {
        StringBuilder b = new StringBuilder("<form class=\"filter\" method=\"get\" id=\"roster-filter\"><input"
                + " type=\"hidden\" name=\"sort\" value=\"" + sort + "\"><input type=\"hidden\" name=\"dir\" value=\""
                + (desc ? "desc" : "asc") + "\"><label>" + req.t("状态：", "State: ") + "<select name=\"state\">");
        b.append(option("", req.t("全部", "all"), state)).append(option("late", req.t("逾期发布", "published late"), state));
        for (AuditStatus.State s : AuditStatus.State.values()) {
            b.append(option(s.id, req.t(s.zh, s.en), state));
        }
        return b.append("</select></label> <label>").append(req.t("机关：", "Body: ")).append("<input type=\"search\""
                + " name=\"q\" value=\"").append(Html.esc(q)).append("\"></label> <button>").append(req.t("筛选", "Filter"))
                .append("</button></form>\n").toString();
    }

    private static String row(Exchange req, String csrf, Audits.Audit audit, AuditStatus.Line l, RuleWords words,
            LocalDate today) {
        Audits.RosterBody body = l.body();
        AuditStatus.State st = l.state();
        StringBuilder b = new StringBuilder("<tr class=\"body\" data-state=\"").append(st.id).append("\" data-late=\"")
                .append(l.late()).append("\"><td class=\"n\">").append(body.seq() + 1).append("</td><td>");
        String bodyId = l.current() == null ? null : l.current().result().bodyId();
        b.append(bodyId == null ? Html.esc(body.name()) : "<a href=\"/bodies/" + bodyId + "\">" + Html.esc(body.name())
                + "</a>");
        if (body.contact() != null) {
            b.append("<span class=\"muted block\">").append(Html.esc(body.contact())).append("</span>");
        }
        b.append("</td><td>").append(BatchPage.level(req, body.level())).append("</td><td>")
                .append(l.deadline() == null ? "" : l.deadline()).append("</td><td>")
                .append(published(req, csrf, audit, l)).append("</td><td class=\"")
                .append(l.late() ? "late\">" + req.t("逾期", "late") : l.overdue(today) ? "late\">"
                        + req.t("逾期未报送", "overdue") : l.published() == null ? "\">" : "\">" + req.t("按时", "on time")).append("</td><td class=\"state-").append(st.id).append("\">");
        if (l.current() != null) {
            b.append("<a href=\"/reports/").append(l.current().result().id()).append("\">").append(req.t(st.zh, st.en))
                    .append("</a>");
        } else {
            b.append(req.t(st.zh, st.en));
        }
        if (l.resubmitted()) {
            b.append("<span class=\"muted block\">").append(req.t("退回后已重新报送", "submitted again after sent back"))
                    .append("</span>");
        }
        b.append("</td><td class=\"n\">").append(l.current() == null ? "" : l.errors()).append("</td><td class=\"rules\">");
        if (l.current() != null) {
            l.current().result().rules().forEach(id -> b.append(words.html(id, req.lang)));
        }
        b.append("</td><td class=\"n\">").append(l.submissions().size()).append("</td><td>");
        boolean sent = body.sentBack() != null;
        if (req.mayChange() && l.current() != null && (sent || st != AuditStatus.State.PASS)) {
            b.append("<form class=\"inline\" method=\"post\" action=\"/audits/").append(audit.id()).append("/roster/")
                    .append(body.id()).append("/sent-back\">").append(Page.csrfField(csrf))
                    .append("<input type=\"hidden\" name=\"on\" value=\"").append(!sent).append("\"><button class=\"small sent-back\">")
                    .append(sent ? req.t("撤销退回", "Undo sent back") : req.t("标为已退回", "Mark sent back"))
                    .append("</button></form>");
        }
        return b.append("</td></tr>\n").toString();
    }

    /**
     * The publication date known; for an office person, a small form to enter the date the body really published on
     * (a web page's date, a phone call), which counts over the one the upload gave.
     */
    private static String published(Exchange req, String csrf, Audits.Audit audit, AuditStatus.Line l) {
        String shown = l.published() == null ? "" : l.published().toString();
        if (!req.mayChange()) {
            return shown;
        }
        return shown + "<details class=\"set-date no-print\"><summary title=\"" + req.t("录入实际发布日期（优先于上传时"
                + "填写的日期）", "Enter the date it was really published (counts over the upload's)") + "\">"
                + req.t("录入", "enter") + "</summary><form method=\"post\" action=\"/audits/" + audit.id()
                + "/roster/" + l.body().id() + "/published\">" + Page.csrfField(csrf) + "<input type=\"date\""
                + " name=\"date\" value=\"" + shown + "\"><button class=\"small\">" + req.t("保存", "Save")
                + "</button></form></details>";
    }

    private static String unplaced(Exchange req, String csrf, Audits.Audit audit, AuditStatus.View view) {
        StringBuilder b = new StringBuilder("<h2>").append(req.t("未对应到名单的报告", "Reports not on the roster"))
                .append("</h2>\n<p class=\"muted\">").append(req.t("报告中的机关名称与名单不一致（或不在名单中）。选择它对应的机关，"
                        + "该机关名称的报告今后都对应过去。", "The body each names matches no roster name. Choose its body: reports"
                        + " under that name will be placed there from now on.")).append("</p>\n<table class=\"list\""
                        + " id=\"unplaced\"><thead><tr><th>").append(req.t("文件", "File")).append("</th><th>")
                .append(req.t("报告中的机关名称", "Body as the report names it")).append("</th><th>")
                .append(req.t("对应到", "Place on")).append("</th></tr></thead><tbody>\n");
        for (AuditStatus.Submission s : view.unplaced()) {
            var r = s.result();
            b.append("<tr><td><a href=\"/reports/").append(r.id()).append("\">").append(Html.esc(r.fileName()))
                    .append("</a></td><td>").append(Html.esc(r.agency() == null ? req.t("（未能识别）", "(not found)")
                            : r.agency())).append("</td><td>");
            if (req.mayChange()) {
                String key = AuditStatus.bodyKey(r) != null ? AuditStatus.bodyKey(r) : AuditStatus.fileKey(r);
                b.append("<form class=\"inline\" method=\"post\" action=\"/audits/").append(audit.id())
                        .append("/match\">").append(Page.csrfField(csrf)).append("<input type=\"hidden\" name=\"key\""
                                + " value=\"").append(Html.esc(key)).append("\"><select name=\"roster\">");
                for (AuditStatus.Line l : view.lines()) {
                    b.append("<option value=\"").append(l.body().id()).append("\">").append(Html.esc(l.body().name()))
                            .append("</option>");
                }
                b.append("</select> <button>").append(req.t("对应", "Place")).append("</button></form>");
            }
            b.append("</td></tr>\n");
        }
        return b.append("</tbody></table>\n").toString();
    }

    private static String option(String value, String label, String chosen) {
        return "<option value=\"" + value + "\"" + (value.equals(chosen) ? " selected" : "") + ">" + label
                + "</option>";
    }

    private static Comparator<AuditStatus.Line> comparator(String sort) {
        Comparator<AuditStatus.Line> bySeq = Comparator.comparingInt(l -> l.body().seq());
        Comparator<AuditStatus.Line> c = switch (sort) {
            case "name" -> Comparator.comparing(l -> l.body().name(), Collator.getInstance(Locale.CHINA));
            case "state" -> Comparator.comparing(AuditStatus.Line::state);
            case "errors" -> Comparator.comparingInt(AuditStatus.Line::errors);
            case "published" -> Comparator.comparing(AuditStatus.Line::published,
                    Comparator.nullsLast(Comparator.naturalOrder()));
            default -> bySeq;
        };
        return c.thenComparing(bySeq);
    }
}
