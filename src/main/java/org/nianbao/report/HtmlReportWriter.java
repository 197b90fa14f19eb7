package org.nianbao.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.FormatVersion;
import org.nianbao.model.Lang;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;
import org.nianbao.rules.Violation;
import org.nianbao.run.FileResult;

/**
 * One self-contained HTML page (inline CSS, no scripts, no external assets): the batch summary, then per file its
 * violations and its three tables drawn, the cells a violation names highlighted and the expected value shown in the
 * cell the violation is about, and for a scan the scan's image of the cells to confirm beside each finding
 * ({@link CropHtml}; PNG data URIs, the page's one kind of image). The page streams file by file; the summary, known
 * only at the end, is written last and shown first by CSS ({@code order: -1}). Every value from a report is escaped.
 */
public final class HtmlReportWriter implements ResultWriter {
    /** The page's style sheet; the web pages use it too, for the report sections they show. */
    public static final String CSS = "body{font-family:sans-serif;margin:1em;display:flex;flex-direction:column}"
            + "#summary{order:-1;border:1px solid #888;padding:.5em;margin-bottom:1em}"
            + "section.file{border-top:2px solid #444;margin-top:1em}"
            + "table{border-collapse:collapse;margin:.5em 0;font-size:90%}"
            + "td,th{border:1px solid #aaa;padding:2px 6px;vertical-align:top}"
            + "td.num{text-align:right}sup.mark{color:#c00}.note{color:#b00;margin:0}"
            + "td.hit{background:#fdd;outline:2px solid #c00}table.data th:first-child{text-align:left}"
            + "table.violations{table-layout:fixed;width:100%}table.violations th{white-space:nowrap;text-align:left}"
            + "table.violations td{overflow-wrap:anywhere}col.c-n{width:3.2em}col.c-sev{width:5.5em}"
            + "col.c-rule{width:11em}col.c-loc{width:15%}col.c-val{width:8em}col.c-msg,col.c-fix{width:auto}"
            + ".rule-id{font-family:monospace;font-size:92%}.rule-title{display:block;color:#444;font-size:88%}"
            + "tr.na td,tr.na td.na{color:#888}tr.na{background:#f6f6f6}details.long summary{cursor:pointer}"
            + ".exp{display:block;color:#c00;font-size:85%}.error{color:#b00}.warning{color:#a60}.info{color:#06a}"
            + ".suppressed{color:#777}.status-fail{color:#b00}.status-pass{color:#080}.status-unreadable{color:#a0a}"
            + ".print-full{display:none}"
            // the scan's image of a cell OCR read, beside the finding: small, framed, its caption under it
            + ".ocr-crops{margin:.3em 0 0}.ocr-note{display:block;font-size:85%;color:#555}"
            + "figure.ocr-crop{display:inline-block;margin:.2em .6em .2em 0;vertical-align:top;max-width:100%}"
            + "img.ocr-crop{display:block;max-width:100%;max-height:7em;border:1px solid #c90}"
            + "figure.ocr-crop figcaption{font-size:80%;color:#444}"
            // on paper nothing can be clicked open: the whole value is printed, each table row kept on one page
            + "@media print{details.long{display:none}.print-full{display:inline}tr{break-inside:avoid}"
            + "body{margin:0;font-size:10.5pt}table.violations{font-size:9pt}}";

    private final Writer w;
    private final Lang lang;
    private final boolean zh;
    private int index;
    /** Each rule's title by id, as the files show them: the summary names rules by title too. */
    private final Map<String, String> titles = new HashMap<>();

    public HtmlReportWriter(OutputStream out, Lang lang) {
        this.w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.lang = lang;
        this.zh = lang == Lang.ZH;
    }

    @Override
    public void start() throws IOException {
        w.write(head());
    }

    /**
     * One report's page on its own, from the section {@link #file} wrote for it (kept by the web server): what an
     * auditor sends to the body that filed the report.
     */
    public static String standalone(String fileSection, Lang lang) {
        return new HtmlReportWriter(OutputStream.nullOutputStream(), lang).head() + fileSection + "</body></html>\n";
    }

    private String head() {
        return "<!DOCTYPE html>\n<html lang=\"" + (zh ? "zh-CN" : "en") + "\"><head><meta charset=\"utf-8\">"
                // nothing may load or run: the page is self-contained and its content comes from hostile files
                + "<meta http-equiv=\"Content-Security-Policy\""
                + " content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
                + "<title>" + (zh ? "年度报告核查结果" : "Annual report check results") + "</title><style>" + CSS
                + "</style></head><body>\n";
    }

    @Override
    public void file(FileResult r) throws IOException {
        writeSection(section(r));
    }

    /** Writes a section made by {@link #section} (the web server keeps the same text as the report's page). */
    public void writeSection(String section) throws IOException {
        w.write(section);
        w.flush();
    }

    /** One file's section, numbered as the next on this page: status, violations, its three tables. */
    public String section(FileResult r) {
        index++;
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"file\" id=\"f").append(index).append("\"><h2>").append(Html.esc(r.file()))
                .append(" <span class=\"status-").append(r.status().id()).append("\">").append(statusText(r.status()))
                .append("</span></h2>\n");
        if (r.unreadable() != null) {
            String title = Outcomes.title(r.unreadable().problem(), lang);
            titles.put(r.unreadable().problem().code(), title);
            return b.append("<p class=\"unreadable\"><strong>").append(Html.esc(title)).append("</strong> <span"
                    + " class=\"rule-id\">").append(Html.esc(r.unreadable().problem().code())).append("</span>")
                    .append(zh ? "：" : ": ").append(Html.esc(Outcomes.message(r.unreadable(), lang)))
                    .append("</p></section>\n").toString();
        }
        r.evaluation().violations().forEach(v -> titles.put(v.ruleId(), v.rule().title().in(lang)));
        Report rep = r.report();
        b.append("<p>").append(Html.esc(rep.agency())).append(rep.year() == null ? "" : " · " + rep.year())
                .append(" · ").append(Html.esc(FormatNames.of(r.inputFormat(), lang))).append("</p>\n");
        List<Violation> shown = shownOrder(r.evaluation().violations());
        violations(shown, r, new CropHtml(lang), b);
        for (TableId id : TableId.values()) {
            if (rep.table(id).isPresent()) {
                FormatVersion version = rep.table(id).get().version() != null ? rep.table(id).get().version()
                        : rep.formatVersion();
                b.append(TableHtml.draw(rep.table(id).get(), version, shown, lang));
            }
        }
        return b.append("</section>\n").toString();
    }

    /**
     * The violations in the order they are shown and numbered: the findings first (errors, warnings, infos as the
     * rules gave them), then those that could not be judged.
     */
    static List<Violation> shownOrder(List<Violation> all) {
        List<Violation> out = new ArrayList<>();
        all.stream().filter(Violation::assessable).forEach(out::add);
        all.stream().filter(v -> !v.assessable()).forEach(out::add);
        return out;
    }

    /**
     * The violations as a table laid out for reading: fixed column widths, 问题 and 修改建议 wide; each rule's title
     * under its id, its documentation as the tooltip; a long value shortened, the whole of it one click away (no
     * script needed); what could not be judged last and grey.
     */
    private void violations(List<Violation> all, FileResult r, CropHtml crops, StringBuilder b) {
        if (all.isEmpty() && r.suppressed().isEmpty()) {
            b.append("<p>").append(zh ? "未发现问题。" : "No problems found.").append("</p>\n");
            return;
        }
        b.append("<table class=\"violations\"><colgroup><col class=\"c-n\"><col class=\"c-sev\"><col class=\"c-rule\">"
                + "<col class=\"c-loc\"><col class=\"c-msg\"><col class=\"c-val\"><col class=\"c-val\">"
                + "<col class=\"c-fix\"></colgroup><thead><tr><th>#</th><th>" + (zh ? "级别" : "Severity") + "</th><th>"
                + (zh ? "规则" : "Rule") + "</th><th>" + (zh ? "位置" : "Location") + "</th><th>"
                + (zh ? "问题" : "Problem") + "</th><th>" + (zh ? "应为" : "Expected") + "</th><th>"
                + (zh ? "实为" : "Found") + "</th><th>" + (zh ? "修改建议" : "Fix") + "</th></tr></thead><tbody>\n");
        int n = 0;
        for (Violation v : all) {
            n++;
            String sev = v.assessable() ? v.severity().displayName().in(lang) : (zh ? "无法判断" : "not assessable");
            row(b, v, v.assessable() ? "" : " na", "<td>[" + n + "]</td><td class=\"" + (v.assessable()
                    ? v.severity().id() : "na") + "\">" + Html.esc(sev) + "</td>", crops.of(v, r.report()));
        }
        for (FileResult.Suppressed s : r.suppressed()) {
            row(b, s.violation(), " suppressed", "<td></td><td class=\"suppressed\">" + (zh ? "已豁免" : "suppressed")
                    + "</td>", " <em class=\"suppressed\">" + (zh ? "（豁免理由：" : "(reason: ")
                    + Html.esc(s.reason()) + (zh ? "）" : ")") + "</em>" + crops.of(s.violation(), r.report()));
        }
        b.append("</tbody></table>\n");
    }

    private void row(StringBuilder b, Violation v, String rowClass, String severityCell, String note) {
        b.append("<tr class=\"violation").append(rowClass).append("\">").append(severityCell)
                .append("<td class=\"rule\" title=\"").append(Html.esc(v.rule().doc().in(lang).strip()))
                .append("\"><span class=\"rule-id\">").append(Html.esc(v.ruleId()))
                .append("</span> <span class=\"rule-title\">").append(Html.esc(v.rule().title().in(lang)))
                .append("</span></td><td>").append(Html.esc(LocationText.describe(v.where(), lang))).append("</td><td>")
                .append(Html.esc(v.message(lang))).append(note).append("</td><td>")
                .append(shortened(ValueText.expected(v, lang))).append("</td><td>")
                .append(shortened(ValueText.actual(v, lang))).append("</td><td>").append(Html.esc(v.fix(lang)))
                .append(suggestion(v)).append("</td></tr>\n");
    }

    private String suggestion(Violation v) {
        return v.suggestion() == null ? "" : "<p class=\"note likely\">" + (zh ? "可能的错误：" : "Likely wrong: ")
                + Html.esc(v.suggestion().text(lang)) + "</p>";
    }

    /** Values longer than this many characters are shortened, the whole shown on demand. */
    static final int SHORT = 24;

    /** A value as a cell shows it: whole when short, else its start with the whole under a disclosure. */
    static String shortened(String value) {
        if (value == null || value.codePointCount(0, value.length()) <= SHORT) {
            return Html.esc(value);
        }
        String start = value.substring(0, value.offsetByCodePoints(0, SHORT - 2));
        return "<details class=\"long\"><summary>" + Html.esc(start) + "…</summary>" + Html.esc(value)
                + "</details><span class=\"print-full\">" + Html.esc(value) + "</span>";
    }

    private String statusText(FileResult.Status s) {
        return switch (s) {
            case PASS -> zh ? "通过" : "PASS";
            case FAIL -> zh ? "不通过" : "FAIL";
            case UNREADABLE -> zh ? "无法读取" : "UNREADABLE";
        };
    }

    @Override
    public void end(Summary s) throws IOException {
        w.write("<section id=\"summary\"><h1>" + (zh ? "核查汇总" : "Summary") + "</h1><p>");
        w.write(zh ? String.format("共 %d 个文件：通过 %d，不通过 %d，无法读取 %d；错误 %d，警告 %d，提示 %d，已豁免 %d。",
                s.files(), s.passed(), s.failed(), s.unreadable(), s.errors(), s.warnings(), s.infos(), s.suppressed())
                : String.format("%d files: %d passed, %d failed, %d unreadable; %d errors, %d warnings, %d infos,"
                        + " %d suppressed.", s.files(), s.passed(), s.failed(), s.unreadable(), s.errors(),
                        s.warnings(), s.infos(), s.suppressed()));
        w.write("</p>\n");
        if (s.wallMillis() >= 0) {
            w.write("<p class=\"timing\">" + String.format(zh ? "用时 %.1f 秒，内存峰值 %d MB。" : "Wall time %.1f s, peak"
                    + " memory %d MB.", s.wallMillis() / 1000.0, s.peakHeapBytes() >> 20) + "</p>\n");
        }
        if (!s.byRule().isEmpty()) {
            w.write("<table class=\"by-rule\"><tr><th>" + (zh ? "规则" : "Rule") + "</th><th>" + (zh ? "次数" : "Count")
                    + "</th><th>" + (zh ? "错误" : "Errors") + "</th><th>" + (zh ? "警告" : "Warnings") + "</th></tr>\n");
            for (Map.Entry<String, Integer> e : s.byRule().entrySet()) {
                String title = titles.getOrDefault(e.getKey(), "");
                w.write("<tr><td>" + Html.esc(title) + " <span class=\"rule-id\">" + Html.esc(e.getKey())
                        + "</span></td><td>" + e.getValue() + "</td><td>"
                        + s.errorsByRule().getOrDefault(e.getKey(), 0) + "</td><td>"
                        + s.warningsByRule().getOrDefault(e.getKey(), 0) + "</td></tr>\n");
            }
            w.write("</table>\n");
        }
        w.write("</section>\n</body></html>\n");
        w.flush();
    }
}
