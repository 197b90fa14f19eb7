package org.nianbao.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.nianbao.report.Html;
import org.nianbao.report.Notice;
import org.nianbao.report.NoticeDocx;
import org.nianbao.store.ResultRow;

/**
 * A report's 整改通知: the form on the report page that asks who sends it and by when the body must answer, the
 * letter as a page to print, and as a Word document. The sender and the reply date come with the request (a GET
 * form: nothing is stored), so the page can be bookmarked and printed again.
 */
final class LetterPage {
    /** Days a body has to answer when the form does not say. */
    static final int REPLY_DAYS = 15;
    static final ObjectMapper JSON = new ObjectMapper();

    private LetterPage() {
    }

    /** The letter of a stored result, with the sender and reply date the request gives. */
    static Notice notice(Exchange req, ResultRow r, RuleWords words) throws IOException {
        LocalDate today = LocalDate.now();
        LocalDate reply;
        try {
            reply = LocalDate.parse(req.param("reply", ""));
        } catch (DateTimeParseException e) {
            reply = today.plusDays(REPLY_DAYS);
        }
        return Notice.of(JSON.readTree(r.rendered().json(req.zh())), req.lang, req.param("office", ""), today, reply,
                id -> words.title(id, req.lang));
    }

    /** The form under a report's result: sender, reply date, and the two ways to have the letter. */
    static String form(Exchange req, ResultRow r) {
        return "<form class=\"letter-form no-print\" id=\"letter-form\" method=\"get\" action=\"/reports/" + r.id()
                + "/letter\"><h2>" + req.t("整改通知", "Notice to correct") + "</h2><label>"
                + req.t("发文单位：", "Sent by: ") + "<input name=\"office\" size=\"24\" placeholder=\""
                + req.t("如：某市人民政府办公室", "e.g. the city's disclosure office") + "\"></label> <label>"
                + req.t("回复期限：", "Reply by: ") + "<input type=\"date\" name=\"reply\" value=\""
                + LocalDate.now().plusDays(REPLY_DAYS) + "\"></label> <button id=\"letter-print\">"
                + req.t("打开可打印的通知", "Open the printable notice") + "</button> <button id=\"letter-docx\""
                + " formaction=\"/reports/" + r.id() + "/letter.docx\">" + req.t("下载 Word 文档（.docx）",
                        "Download as Word (.docx)") + "</button></form>\n";
    }

    /** The letter as a page, laid out to print on A4 (the site's header and forms are not printed). */
    static String page(Exchange req, ResultRow r, Notice n) {
        boolean zh = req.zh();
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"no-print\"><a href=\"/reports/").append(r.id()).append("\">← ")
                .append(req.t("返回报告", "Back to the report")).append("</a> · ")
                .append(req.t("用浏览器的“打印”即可打印或存为 PDF。", "Print it, or save it as PDF, from the browser."))
                .append("</p>\n<article class=\"letter\" id=\"letter\"><h1>").append(Html.esc(n.title()))
                .append("</h1>\n<p>").append(Html.esc(n.body())).append(zh ? "：" : ":").append("</p>\n<p class=\"para\">")
                .append(Html.esc(n.opening())).append("</p>\n<ol class=\"problems\">");
        for (Notice.Problem p : n.problems()) {
            b.append("<li><p>").append(Html.esc(n.sentence(p))).append("</p>");
            if (p.fix() != null) {
                b.append("<p>").append(req.t("修改建议：", "How to fix: ")).append(Html.esc(p.fix())).append("</p>");
            }
            if (p.likely() != null) {
                b.append("<p>").append(req.t("可能的错误：", "Likely wrong: ")).append(Html.esc(p.likely()))
                        .append("</p>");
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n");
        if (!n.unsure().isEmpty()) {
            b.append("<p class=\"para\">").append(req.t("以下事项无法从报送的文件中自动判断，请一并核实：",
                    "These could not be judged from the file; please check them too:")).append("</p><ol>");
            n.unsure().forEach(p -> b.append("<li>").append(Html.esc(n.sentence(p))).append("</li>"));
            b.append("</ol>\n");
        }
        b.append("<p class=\"sign\">").append(Html.esc(n.sender())).append("<br>").append(zh
                ? n.dated().getYear() + "年" + n.dated().getMonthValue() + "月" + n.dated().getDayOfMonth() + "日"
                : n.dated()).append("</p></article>\n");
        return Page.shell(req, n.title(), b.toString(), 0);
    }

    static byte[] docx(Notice n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NoticeDocx.write(n, out);
        return out.toByteArray();
    }
}
