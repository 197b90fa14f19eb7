package org.nianbao.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.nianbao.report.FormatNames;
import org.nianbao.report.Html;
import org.nianbao.store.BatchRow;
import org.nianbao.store.ResultRow;

/**
 * A batch: progress while it runs, the counts, and one row per report (agency, year, format, level, status, errors,
 * warnings, the rules it breaks) that can be sorted by any column and filtered by status, rule and text, on the server (links and a GET form,
 * so it works without scripts and the view can be bookmarked); downloads and "check again".
 */
final class BatchPage {
    /** The sortable columns, by their {@code sort=} value, in the order shown. */
    private static final List<String> COLUMNS = List.of("seq", "file", "agency", "year", "format", "level", "status",
            "errors", "warnings", "infos");

    private BatchPage() {
    }

    /**
     * @param words the rules' titles and documentation, beside each id shown
     */
    static String render(Exchange req, String csrf, BatchRow batch, List<ResultRow> all, RuleWords words) {
        String sort = COLUMNS.contains(req.param("sort", "")) ? req.param("sort", "") : "seq";
        boolean desc = "desc".equals(req.param("dir", ""));
        String status = req.param("status", "");
        String q = req.param("q", "").strip();
        String rule = req.param("rule", "");
        List<ResultRow> rows = all.stream()
                .filter(r -> status.isEmpty() || r.status().equals(status))
                .filter(r -> rule.isEmpty() || r.rules().contains(rule))
                .filter(r -> q.isEmpty() || contains(r.fileName(), q) || contains(r.agency(), q))
                .sorted(desc ? comparator(sort).reversed() : comparator(sort)).toList();

        StringBuilder b = new StringBuilder();
        b.append("<h1 id=\"batch-title\">").append(Html.esc(batch.title())).append("</h1>\n<p class=\"muted\">")
                .append(req.t("上传于 ", "Uploaded ")).append(Page.dateTime(batch.created()))
                .append(req.t("；规则版本 ", "; rules ")).append(Html.esc(batch.rulesVersion()));
        if (batch.auditId() != null) {
            b.append(req.t("；属于", "; part of ")).append("<a id=\"batch-audit\" href=\"/audits/").append(batch.auditId())
                    .append("\">").append(req.t("核查任务", "an audit")).append("</a>");
        }
        if (batch.createdBy() != null) {
            b.append(req.t("；上传人 ", "; by ")).append(Html.esc(batch.createdBy()));
        }
        if (batch.published() != null) {
            b.append(req.t("；发布日期 ", "; published ")).append(Html.esc(batch.published()));
        }
        if (batch.recheckOf() != null) {
            b.append(req.t("；重新检查自", "; a recheck of ")).append("<a href=\"/batches/").append(batch.recheckOf())
                    .append("\">").append(req.t("此前的批次", "the earlier batch")).append("</a>");
        }
        b.append("</p>\n<p id=\"state\">").append(state(req, batch)).append(" · ").append(req.t("已检查 ", "checked "))
                .append("<span id=\"done\">").append(batch.done()).append("</span> / <span id=\"total\">")
                .append(batch.total()).append("</span></p>\n");
        int pct = batch.total() == 0 ? 100 : batch.done() * 100 / batch.total();
        b.append("<div class=\"progress\" role=\"progressbar\" aria-valuenow=\"").append(pct)
                .append("\" aria-valuemin=\"0\" aria-valuemax=\"100\"><span class=\"w").append(pct / 5 * 5)
                .append("\"></span></div>\n");
        long pass = all.stream().filter(r -> r.status().equals("pass")).count();
        long fail = all.stream().filter(r -> r.status().equals("fail")).count();
        long unreadable = all.stream().filter(r -> r.status().equals("unreadable")).count();
        b.append("<p id=\"counts\">").append(req.zh()
                ? String.format("通过 %d，不通过 %d，无法读取 %d；错误 %d，警告 %d。", pass, fail, unreadable,
                        sum(all, ResultRow::errors), sum(all, ResultRow::warnings))
                : String.format("%d passed, %d failed, %d unreadable; %d errors, %d warnings.", pass, fail,
                        unreadable, sum(all, ResultRow::errors), sum(all, ResultRow::warnings))).append("</p>\n");
        if (batch.error() != null) {
            b.append(stopped(req, batch.error()));
        }
        if (!batch.running() && all.size() < batch.total()) {
            int left = batch.total() - all.size();
            b.append("<p class=\"flash\" id=\"unfinished\">").append(req.zh()
                    ? "服务器停止时此批次还有 " + left + " 个文件未检查；“用当前规则重新检查”会检查全部文件。"
                    : left + " file(s) were not checked when the server stopped; checking again checks them all.")
                    .append("</p>\n");
        }
        if (!batch.running()) {
            b.append("<p id=\"downloads\">").append(req.t("下载：", "Download: "));
            for (BatchJobs.Download d : BatchJobs.Download.values()) {
                b.append("<a href=\"/batches/").append(batch.id()).append("/download/").append(d.ext).append("\">")
                        .append(d.ext.toUpperCase(Locale.ROOT)).append("</a> ");
            }
            b.append("</p>\n");
            if (req.mayChange()) {
                b.append("<form class=\"inline\" method=\"post\" action=\"/batches/").append(batch.id())
                        .append("/recheck\">").append(Page.csrfField(csrf)).append("<button id=\"recheck\">")
                        .append(req.t("用当前规则重新检查", "Check again with the current rules"))
                        .append("</button> <span class=\"muted\">").append(req.t("（此前的结果会保留）",
                                "(these results are kept)")).append("</span></form>\n <a id=\"delete-batch\""
                                + " class=\"danger\" href=\"/batches/").append(batch.id()).append("/delete\">")
                        .append(req.t("删除此批次…", "Delete this batch…")).append("</a>\n");
            }
        }
        b.append("<form class=\"filter\" method=\"get\" id=\"filter\"><input type=\"hidden\" name=\"sort\" value=\"")
                .append(sort).append("\"><input type=\"hidden\" name=\"dir\" value=\"").append(desc ? "desc" : "asc")
                .append("\"><label>").append(req.t("状态：", "Status: ")).append("<select name=\"status\">")
                .append(option("", req.t("全部", "all"), status)).append(option("fail", req.t("不通过", "failed"), status))
                .append(option("pass", req.t("通过", "passed"), status))
                .append(option("unreadable", req.t("无法读取", "unreadable"), status))
                .append("</select></label> <label>").append(req.t("问题：", "Problem: "))
                .append("<select name=\"rule\">").append(option("", req.t("全部", "all"), rule));
        Map<String, Long> byRule = new TreeMap<>();
        all.forEach(r -> r.rules().forEach(id -> byRule.merge(id, 1L, Long::sum)));
        byRule.forEach((id, n) -> b.append(option(Html.esc(id), Html.esc(words.text(id, req.lang)) + " (" + n + ")",
                rule)));
        b.append("</select></label> <label>").append(req.t("查找：", "Find: "))
                .append("<input type=\"search\" name=\"q\" value=\"").append(Html.esc(q)).append("\" placeholder=\"")
                .append(req.t("文件名或机关名称", "file or body name")).append("\"></label> <button>")
                .append(req.t("筛选", "Filter")).append("</button></form>\n");
        String keep = (status.isEmpty() ? "" : "&amp;status=" + Html.esc(status))
                + (rule.isEmpty() ? "" : "&amp;rule=" + Html.esc(rule))
                + (q.isEmpty() ? "" : "&amp;q=" + Html.esc(URLEncoder.encode(q,
                        StandardCharsets.UTF_8)));
        b.append("<table class=\"list\" id=\"reports\"><thead><tr>");
        String[] heads = {req.t("序号", "#"), req.t("文件", "File"), req.t("机关", "Body"), req.t("年度", "Year"),
            req.t("格式", "Format"), req.t("层级", "Level"), req.t("结论", "Status"), req.t("错误", "Errors"),
            req.t("警告", "Warnings"), req.t("提示", "Infos")};
        for (int i = 0; i < COLUMNS.size(); i++) {
            String c = COLUMNS.get(i);
            boolean now = c.equals(sort);
            String dir = now && !desc ? "desc" : "asc";
            b.append("<th><a data-sort=\"").append(c).append("\" href=\"?sort=").append(c).append("&amp;dir=")
                    .append(dir).append(keep).append("\">").append(heads[i])
                    .append(now ? (desc ? " ▼" : " ▲") : "").append("</a></th>");
        }
        b.append("<th>").append(req.t("问题规则", "Rules")).append("</th></tr></thead><tbody>\n");
        for (ResultRow r : rows) {
            b.append("<tr class=\"report\" data-status=\"").append(r.status()).append("\"><td class=\"n\">").append(r.seq() + 1)
                    .append("</td><td><a href=\"/reports/").append(r.id()).append("\">").append(Html.esc(r.fileName()))
                    .append("</a></td><td>").append(Html.esc(r.agency() == null ? "" : r.agency())).append("</td><td>")
                    .append(r.year() == null ? "" : r.year()).append("</td><td>").append(Html.esc(FormatNames.of(r.inputFormat(), req.lang)))
                    .append("</td><td>").append(level(req, r.level())).append("</td><td class=\"status-")
                    .append(r.status()).append("\">").append(status(req, r.status())).append("</td><td class=\"n\">")
                    .append(r.errors()).append("</td><td class=\"n\">").append(r.warnings())
                    .append("</td><td class=\"n\">").append(r.infos()).append("</td><td class=\"rules\">");
            for (String id : r.rules()) {
                b.append(words.html(id, req.lang));
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody></table>\n<p class=\"muted\">").append(req.t("显示 ", "Showing ")).append(rows.size())
                .append(" / ").append(all.size()).append("</p>");
        return Page.shell(req, batch.title(), b.toString(), batch.running() ? 2 : 0);
    }

    /**
     * A running batch, from its progress in memory: no query of its results and no table, so that many readers
     * reloading it cost the batch nothing.
     */
    /** @param ahead files waiting to be checked before this batch's first (0 once it has started) */
    static String progress(Exchange req, BatchRow batch, BatchProgress p, int ahead) {
        int pct = p.total() == 0 ? 100 : p.done() * 100 / p.total();
        String b = "<h1 id=\"batch-title\">" + Html.esc(batch.title()) + "</h1>\n<p class=\"muted\">"
                + req.t("上传于 ", "Uploaded ") + Page.dateTime(batch.created()) + req.t("；规则版本 ", "; rules ")
                + Html.esc(batch.rulesVersion()) + "</p>\n<p id=\"state\">" + (p.started() ? state(req, batch)
                        : "<span id=\"queued\">" + req.t("排队中，前面还有 " + ahead + " 个文件等待检查",
                                "queued: " + ahead + " files to check before this batch") + "</span>") + " · "
                + req.t("已检查 ", "checked ") + "<span id=\"done\">" + p.done() + "</span> / <span id=\"total\">"
                + p.total() + "</span></p>\n<div class=\"progress\" role=\"progressbar\" aria-valuenow=\"" + pct
                + "\" aria-valuemin=\"0\" aria-valuemax=\"100\"><span class=\"w" + pct / 5 * 5 + "\"></span></div>\n"
                + "<p id=\"counts\">" + (req.zh()
                        ? String.format("通过 %d，不通过 %d，无法读取 %d；错误 %d，警告 %d。", p.passed(), p.failed(),
                                p.unreadable(), p.errors(), p.warnings())
                        : String.format("%d passed, %d failed, %d unreadable; %d errors, %d warnings.", p.passed(),
                                p.failed(), p.unreadable(), p.errors(), p.warnings())) + "</p>\n"
                + (p.error() == null ? "<p class=\"muted\">" + req.t("检查完成后这里列出每份报告。",
                        "Each report is listed here when the check is done.") + "</p>" : stopped(req, p.error()));
        return Page.shell(req, batch.title(), b, p.error() == null ? 2 : 0);
    }

    /** What stopped a batch before its end (a result that could not be stored), as the page says it. */
    static String stopped(Exchange req, String error) {
        return "<p class=\"flash\" id=\"error\">" + req.t("检查未能完成：", "The check could not finish: ")
                + Html.esc(error) + "</p>\n";
    }

    static String state(Exchange req, BatchRow r) {
        return switch (r.state()) {
            case BatchRow.RUNNING -> req.t("检查中", "running");
            case BatchRow.DONE -> req.t("已完成", "done");
            default -> req.t("已中断（服务器停止）", "interrupted (server stopped)");
        };
    }

    static String status(Exchange req, String status) {
        return switch (status) {
            case "pass" -> req.t("通过", "pass");
            case "fail" -> req.t("不通过", "fail");
            default -> req.t("无法读取", "unreadable");
        };
    }

    static String level(Exchange req, String level) {
        if (level == null) {
            return "";
        }
        return switch (level) {
            case "government" -> req.t("政府", "government");
            case "department" -> req.t("部门", "department");
            default -> Html.esc(level);
        };
    }

    private static String option(String value, String label, String chosen) {
        return "<option value=\"" + value + "\"" + (value.equals(chosen) ? " selected" : "") + ">" + label
                + "</option>";
    }

    private static boolean contains(String s, String q) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT));
    }

    private static long sum(List<ResultRow> rows, ToIntFunction<ResultRow> f) {
        return rows.stream().mapToInt(f).sum();
    }

    private static Comparator<ResultRow> comparator(String column) {
        Comparator<ResultRow> bySeq = Comparator.comparingInt(ResultRow::seq);
        Comparator<ResultRow> c = switch (column) {
            case "file" -> text(ResultRow::fileName);
            case "agency" -> text(ResultRow::agency);
            case "year" -> Comparator.comparing(ResultRow::year, Comparator.nullsLast(Comparator.naturalOrder()));
            case "format" -> text(ResultRow::inputFormat);
            case "level" -> text(ResultRow::level);
            case "status" -> text(ResultRow::status);
            case "errors" -> Comparator.comparingInt(ResultRow::errors);
            case "warnings" -> Comparator.comparingInt(ResultRow::warnings);
            case "infos" -> Comparator.comparingInt(ResultRow::infos);
            default -> bySeq;
        };
        return c.thenComparing(bySeq);
    }

    private static Comparator<ResultRow> text(Function<ResultRow, String> f) {
        return Comparator.comparing(f, Comparator.nullsLast(Collator.getInstance(Locale.CHINA)));
    }
}
