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
        String signOut = Guard.signOutToken(req);
        return "<!DOCTYPE html>\n<html lang=\"" + req.t("zh-CN", "en") + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + (refreshSeconds > 0 ? "<meta http-equiv=\"refresh\" content=\"" + refreshSeconds + "\">" : "")
                + "<title>" + Html.esc(title) + " · nianbao</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/app.css\"></head><body>\n"
                + "<header class=\"top\"><a class=\"brand\" href=\"/\">" + req.t("年报核查", "nianbao")
                + "</a><nav><a href=\"/audits\">" + req.t("核查任务", "Audits") + "</a><a href=\"/\">"
                + req.t("上传与批次", "Upload & batches") + "</a><a href=\"/bodies\">" + req.t("机关", "Bodies")
                + "</a><a href=\"/rules\">" + req.t("规则", "Rules") + "</a><a href=\"/log\">"
                + req.t("操作记录", "Log") + "</a></nav>" + who(req) + "<a class=\"lang\" id=\"lang-switch\" href=\"?lang="
                + other + "\">" + (req.zh() ? "English" : "中文") + "</a>"
                + (signOut == null ? "" : "<form class=\"signout\" method=\"post\" action=\"/logout\">"
                        + csrfField(signOut) + "<button id=\"sign-out\">" + req.t("退出登录", "Sign out")
                        + "</button></form>")
                + "</header>\n<main>\n" + body
                + "\n</main><script src=\"/assets/app.js\"></script></body></html>\n";
    }

    /** Who is signed in, and whether they may change anything. */
    private static String who(Exchange req) {
        if (req.person == null) {
            return "";
        }
        return "<span class=\"who\" id=\"who\">" + Html.esc(req.person.name()) + (req.mayChange() ? ""
                : req.t("（只读）", " (read-only)")) + "</span>";
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
