package org.nianbao.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.nianbao.report.Html;

/** The frame every page shares: header with navigation and language switch, the style sheet and the script. */
final class Page {
    private Page() {
    }

    /**
     * @param refreshSeconds reload the page after this many seconds (a running batch), or 0
     */
    static String shell(Exchange req, String title, String body, int refreshSeconds) {
        String other = req.zh() ? "en" : "zh";
        return "<!DOCTYPE html>\n<html lang=\"" + req.t("zh-CN", "en") + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + (refreshSeconds > 0 ? "<meta http-equiv=\"refresh\" content=\"" + refreshSeconds + "\">" : "")
                + "<title>" + Html.esc(title) + " · nianbao</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/app.css\"></head><body>\n"
                + "<header class=\"top\"><a class=\"brand\" href=\"/\">" + req.t("年报核查", "nianbao")
                + "</a><nav><a href=\"/\">" + req.t("上传与批次", "Upload & batches") + "</a><a href=\"/rules\">"
                + req.t("规则", "Rules") + "</a></nav><a class=\"lang\" id=\"lang-switch\" href=\"?lang=" + other
                + "\">" + (req.zh() ? "English" : "中文") + "</a></header>\n<main>\n" + body
                + "\n</main><script src=\"/assets/app.js\"></script></body></html>\n";
    }

    /** A hidden form field carrying the CSRF token. */
    static String csrfField(String token) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.esc(token) + "\">";
    }

    static String dateTime(long epochMillis) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(Instant.ofEpochMilli(epochMillis).atZone(ZoneId.systemDefault()));
    }
}
