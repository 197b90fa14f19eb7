package org.nianbao.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.nianbao.model.Cell;
import org.nianbao.model.CellValue;
import org.nianbao.model.FormatVersion;
import org.nianbao.model.Report;
import org.nianbao.model.StandardLayouts;
import org.nianbao.model.TableId;
import org.nianbao.model.TableLayout;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.json.JsonReportReader;
import org.nianbao.report.Html;
import org.nianbao.rules.Labels;
import org.nianbao.store.ResultRow;
import org.nianbao.store.Store;

/**
 * A body across years: the bodies known (searchable, paged), and one body's page — each year's report that counts
 * (the newest upload not marked superseded) with its findings, tables 2 to 4 side by side with the change from the
 * year before, the cross-year findings with a link to the report they compared with, and every version submitted
 * with what changed between them.
 */
final class BodyPage {
    private BodyPage() {
    }

    static String list(Exchange req, String q, int from, Store.Page<Store.Body> page) {
        StringBuilder b = new StringBuilder("<h1>").append(req.t("机关", "Bodies")).append("</h1>\n<form class=\"filter\""
                + " method=\"get\" id=\"body-search\"><label>").append(req.t("查找：", "Find: ")).append("<input type=\"search\""
                + " name=\"q\" value=\"").append(Html.esc(q)).append("\"></label> <button>").append(req.t("查找", "Find"))
                .append("</button></form>\n<table class=\"list\" id=\"bodies\"><thead><tr><th>").append(req.t("机关", "Body"))
                .append("</th><th>").append(req.t("年度", "Years")).append("</th><th>").append(req.t("文件数", "Files"))
                .append("</th><th>").append(req.t("检查次数", "Checks")).append("</th></tr></thead><tbody>\n");
        for (Store.Body body : page.rows()) {
            b.append("<tr><td><a href=\"/bodies/").append(body.id()).append("\">").append(Html.esc(body.name()))
                    .append("</a></td><td>").append(body.firstYear() == null ? "" : body.firstYear().equals(body.lastYear())
                            ? body.firstYear() : body.firstYear() + "–" + body.lastYear()).append("</td><td class=\"n\">")
                    .append(body.files()).append("</td><td class=\"n\">").append(body.results()).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n").append(ManagePages.pager(req, "/bodies?" + (q.isEmpty() ? ""
                : "q=" + Html.esc(java.net.URLEncoder.encode(q, StandardCharsets.UTF_8)) + "&amp;"), from, page.total()));
        return Page.shell(req, req.t("机关", "Bodies"), b.toString(), 0);
    }

    /** One year's report that counts, and every version of that year. */
    private record Year(int year, ResultRow current, Report model, List<ResultRow> versions) {
    }

    /**
     * @param results    every result naming the body, oldest check first, with renderings and models
     * @param superseded the files marked as replaced
     */
    static String render(Exchange req, List<ResultRow> results, Set<String> superseded, RuleWords words) {
        String name = results.get(results.size() - 1).agency();
        List<Year> years = years(results, superseded);
        StringBuilder b = new StringBuilder("<h1 id=\"body-title\">").append(Html.esc(name)).append("</h1>\n");
        if (years.isEmpty()) {
            b.append("<p class=\"muted\">").append(req.t("没有写明年度的报告。", "No report states its year.")).append("</p>");
            return Page.shell(req, name, b.toString(), 0);
        }
        b.append("<table class=\"list\" id=\"years\"><thead><tr><th>").append(req.t("年度", "Year")).append("</th><th>")
                .append(req.t("报告", "Report")).append("</th><th>").append(req.t("结论", "Status")).append("</th><th>")
                .append(req.t("错误 / 警告", "Errors / warnings")).append("</th><th>").append(req.t("问题", "Problems"))
                .append("</th><th>").append(req.t("跨年度核对", "Compared with the year before")).append("</th></tr></thead>"
                        + "<tbody>\n");
        Map<Integer, Year> byYear = new TreeMap<>();
        years.forEach(y -> byYear.put(y.year(), y));
        for (Year y : years) {
            ResultRow r = y.current();
            Year before = byYear.get(y.year() - 1);
            b.append("<tr data-year=\"").append(y.year()).append("\"><td>").append(y.year()).append("</td><td><a href=\""
                    + "/reports/").append(r.id()).append("\">").append(Html.esc(r.fileName())).append("</a></td><td class=\""
                    + "status-").append(r.status()).append("\">").append(BatchPage.status(req, r.status()))
                    .append("</td><td class=\"n\">").append(r.errors()).append(" / ").append(r.warnings())
                    .append("</td><td class=\"rules\">");
            r.rules().forEach(id -> b.append(words.html(id, req.lang)));
            b.append("</td><td class=\"xyear\">");
            List<String> cross = r.rules().stream().filter(id -> id.startsWith("XYEAR.")).toList();
            if (before == null) {
                b.append(req.t("无上一年度报告", "no report for the year before"));
            } else {
                b.append(cross.isEmpty() ? req.t("与上一年度一致", "agrees with ") : req.t("与上一年度不一致：",
                        "disagrees with ")).append("<a href=\"/reports/").append(before.current().id()).append("\">")
                        .append(before.year()).append(req.t(" 年报告", " report")).append("</a>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        for (TableId t : TableId.values()) {
            b.append(sideBySide(req, t, years));
        }
        b.append(versions(req, years, superseded, words));
        return Page.shell(req, name, b.toString(), 0);
    }

    private static List<Year> years(List<ResultRow> results, Set<String> superseded) {
        Map<Integer, List<ResultRow>> byYear = new TreeMap<>();
        for (ResultRow r : results) {
            if (r.year() != null) {
                byYear.computeIfAbsent(r.year(), k -> new ArrayList<>()).add(r);
            }
        }
        JsonReportReader reader = new JsonReportReader();
        List<Year> out = new ArrayList<>();
        for (Map.Entry<Integer, List<ResultRow>> e : byYear.entrySet()) {
            // each file by its newest check, in the order the files were first seen
            Map<String, ResultRow> newest = new java.util.LinkedHashMap<>();
            for (ResultRow r : e.getValue()) {
                newest.merge(r.fileHash(), r, (a, c) -> c.checked() >= a.checked() ? c : a);
            }
            List<ResultRow> versions = new ArrayList<>(newest.values());
            ResultRow current = versions.stream().filter(r -> !superseded.contains(r.fileHash()))
                    .reduce((a, c) -> c).orElse(versions.get(versions.size() - 1));
            Report model = null;
            if (current.rendered() != null && current.rendered().model() != null) {
                try {
                    model = reader.read(current.rendered().model().getBytes(StandardCharsets.UTF_8),
                            ReadLimits.DEFAULT);
                } catch (ReadFailure ex) {
                    model = null; // written by this server; a model that does not read back shows no tables
                }
            }
            out.add(new Year(e.getKey(), current, model, versions));
        }
        out.sort(Comparator.comparingInt(Year::year));
        return out;
    }

    /** One table of every year side by side, each year with its change from the year before. */
    private static String sideBySide(Exchange req, TableId t, List<Year> years) {
        TableLayout layout = StandardLayouts.of(t, FormatVersion.V2021);
        List<Year> with = years.stream().filter(y -> y.model() != null && y.model().table(t).isPresent()).toList();
        if (with.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h2>").append(Html.esc(t.displayName().in(req.lang))).append("</h2>\n")
                .append("<table class=\"list years\" id=\"years-").append(t.id()).append("\"><thead><tr><th>")
                .append(req.t("项目", "Item")).append("</th>");
        for (int i = 0; i < with.size(); i++) {
            b.append("<th>").append(with.get(i).year()).append("</th>");
            if (i > 0) {
                b.append("<th class=\"delta\">").append(req.t("增减", "change")).append("</th>");
            }
        }
        b.append("</tr></thead><tbody>\n");
        Set<String> cells = new LinkedHashSet<>();
        for (var row : layout.rows()) {
            for (String column : row.columns()) {
                // table 3 has seven applicant columns per row: its total is what changes year to year
                if (t != TableId.APPLICATIONS || column.equals("total")) {
                    cells.add(row.id() + "|" + column);
                }
            }
        }
        for (String cell : cells) {
            String row = cell.substring(0, cell.indexOf('|'));
            String column = cell.substring(cell.indexOf('|') + 1);
            b.append("<tr><td>").append(Html.esc(Labels.cell(t, row, column).in(req.lang))).append("</td>");
            BigDecimal last = null;
            for (int i = 0; i < with.size(); i++) {
                CellValue v = with.get(i).model().table(t).get().cell(row, column).map(Cell::value).orElse(null);
                BigDecimal n = v instanceof CellValue.Number num ? num.value() : null;
                b.append("<td class=\"n\">").append(v instanceof CellValue.Number num ? num.value().toPlainString()
                        : v instanceof CellValue.Written w ? Html.esc(w.text()) : "").append("</td>");
                if (i > 0) {
                    b.append("<td class=\"n delta\">").append(n != null && last != null ? signed(n.subtract(last)) : "")
                            .append("</td>");
                }
                last = n;
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody></table>\n").toString();
    }

    private static String signed(BigDecimal d) {
        return d.signum() > 0 ? "+" + d.toPlainString() : d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** Every version submitted per year, and which problems each fixed or brought, against the one before. */
    private static String versions(Exchange req, List<Year> years, Set<String> superseded, RuleWords words) {
        StringBuilder b = new StringBuilder("<h2>").append(req.t("报送的各个版本", "Versions submitted")).append("</h2>\n")
                .append("<table class=\"list\" id=\"versions\"><thead><tr><th>").append(req.t("年度", "Year"))
                .append("</th><th>").append(req.t("文件", "File")).append("</th><th>").append(req.t("检查时间", "Checked"))
                .append("</th><th>").append(req.t("错误", "Errors")).append("</th><th>").append(req.t("与上一版本相比",
                        "Against the version before")).append("</th></tr></thead><tbody>\n");
        for (Year y : years) {
            ResultRow before = null;
            for (ResultRow r : y.versions()) {
                b.append("<tr><td>").append(y.year()).append("</td><td><a href=\"/reports/").append(r.id()).append("\">")
                        .append(Html.esc(r.fileName())).append("</a>").append(superseded.contains(r.fileHash())
                                ? " <span class=\"muted\">" + req.t("（已被新版本取代）", "(superseded)") + "</span>" : "")
                        .append(r == y.current() ? " <strong>" + req.t("（现行）", "(counts)") + "</strong>" : "")
                        .append("</td><td>").append(Page.dateTime(r.checked())).append("</td><td class=\"n\">")
                        .append(r.errors()).append("</td><td>");
                if (before != null) {
                    List<String> was = before.rules();
                    List<String> fixed = was.stream().filter(id -> !r.rules().contains(id)).toList();
                    List<String> added = r.rules().stream().filter(id -> !was.contains(id)).toList();
                    b.append(fixed.isEmpty() && added.isEmpty() ? req.t("问题相同", "the same problems") : "")
                            .append(fixed.isEmpty() ? "" : req.t("已改正：", "fixed: ") + Html.esc(String.join("、",
                                    fixed.stream().map(id -> words.text(id, req.lang)).toList())) + " ")
                            .append(added.isEmpty() ? "" : req.t("新出现：", "new: ") + Html.esc(String.join("、",
                                    added.stream().map(id -> words.text(id, req.lang)).toList())));
                }
                b.append("</td></tr>\n");
                before = r;
            }
        }
        return b.append("</tbody></table>\n").toString();
    }
}
