package org.nianbao.web;

import java.util.Comparator;
import org.nianbao.report.Html;
import org.nianbao.rules.CompiledRule;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.rules.RuleSet;

/** Every rule the server checks with, and a page per rule with its documentation (what {@code explain} prints). */
final class RulePages {
    private RulePages() {
    }

    static String list(Exchange req, RuleSet rules, String rulesVersion) {
        StringBuilder b = new StringBuilder("<h1>" + req.t("规则", "Rules") + "</h1>\n<p class=\"muted\">"
                + req.t("规则版本 ", "Rules version ") + Html.esc(rulesVersion) + "</p>\n<table class=\"list\" id=\"rules\">"
                + "<tr><th>" + req.t("编号", "Id") + "</th><th>" + req.t("级别", "Severity") + "</th><th>"
                + req.t("规则", "Rule") + "</th></tr>\n");
        rules.all().stream().map(CompiledRule::definition).sorted(Comparator.comparing(RuleDefinition::id))
                .forEach(d -> b.append("<tr><td><a href=\"/rules/").append(Html.esc(d.id())).append("\">")
                        .append(Html.esc(d.id())).append("</a></td><td class=\"").append(d.severity().id())
                        .append("\">").append(Html.esc(d.severity().displayName().in(req.lang))).append("</td><td>")
                        .append(Html.esc(d.title().in(req.lang))).append("</td></tr>\n"));
        b.append("</table>");
        return Page.shell(req, req.t("规则", "Rules"), b.toString(), 0);
    }

    static String one(Exchange req, RuleDefinition d) {
        String body = "<p><a href=\"/rules\">← " + req.t("全部规则", "All rules") + "</a></p><h1 id=\"rule-id\">"
                + Html.esc(d.id()) + "</h1><h2>" + Html.esc(d.title().in(req.lang)) + "</h2><dl class=\"meta\"><dt>"
                + req.t("级别", "Severity") + "</dt><dd>" + Html.esc(d.severity().displayName().in(req.lang))
                + "</dd><dt>" + req.t("适用格式", "Profiles") + "</dt><dd>"
                + Html.esc(String.join(", ", d.profiles().stream().sorted().toList())) + "</dd><dt>"
                + req.t("依据", "Source") + "</dt><dd>" + Html.esc(d.source()) + "</dd><dt>"
                + req.t("规则文件", "Rule file") + "</dt><dd>" + Html.esc(d.file()) + "</dd></dl><div class=\"doc\">"
                + Html.esc(d.doc().in(req.lang).strip()) + "</div><h2>" + req.t("修改建议", "How to fix") + "</h2><p>"
                + Html.esc(d.fix().in(req.lang)) + "</p>";
        return Page.shell(req, d.id(), body, 0);
    }
}
