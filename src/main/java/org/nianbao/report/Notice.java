package org.nianbao.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.nianbao.model.Lang;

/**
 * A 整改通知 (a letter asking a body to correct its report): who sends it, to whom, about which report, the numbered
 * problems with how to fix each and the cells likely wrong, and by when to answer. Made from one report's result as
 * {@link JsonResultWriter} writes it (the form the server keeps), so a letter can be written for any stored result.
 *
 * @param office  the sending office (政务公开办), or blank when not given: the letter then leaves a line to fill in
 * @param body    the body that filed the report, as the report names itself (or the file's name when it does not)
 * @param problems the errors and warnings, in the order the result lists them
 * @param unsure  what could not be judged from the file: listed apart, for the body to confirm
 */
public record Notice(Lang lang, String office, String body, Integer year, String fileName, LocalDate dated,
        LocalDate replyBy, List<Problem> problems, List<Problem> unsure) {

    public Notice {
        problems = List.copyOf(problems);
        unsure = List.copyOf(unsure);
    }

    /**
     * One problem as the letter states it.
     *
     * @param severity "错误" / "警告" in the letter's language
     * @param likely   the cells likely mistyped and their likely values, or null
     */
    public record Problem(String rule, String title, String severity, String location, String message,
            String expected, String actual, String fix, String likely) {
    }

    /**
     * The letter for a stored result.
     *
     * @param result  one report's result in {@link JsonResultWriter}'s shape, in the letter's language
     * @param titles  a rule's title by its id, for results stored before titles were written into them
     */
    public static Notice of(JsonNode result, Lang lang, String office, LocalDate dated, LocalDate replyBy,
            UnaryOperator<String> titles) {
        JsonNode report = result.path("report");
        String file = result.path("file").asText("");
        file = file.substring(file.lastIndexOf('/') + 1);
        String agency = report.path("agency").asText("");
        Integer year = report.path("year").isInt() ? report.path("year").asInt() : null;
        List<Problem> problems = new ArrayList<>();
        for (JsonNode v : result.path("violations")) {
            if (!"info".equals(v.path("severity").asText())) {
                problems.add(problem(v, lang, titles));
            }
        }
        JsonNode unreadable = result.path("unreadable");
        if (unreadable.isObject()) {
            String cause = unreadable.path("cause").asText();
            problems.add(new Problem(cause, titles.apply(cause), lang == Lang.ZH ? "错误" : "error", null,
                    text(unreadable, "message"), null, null, lang == Lang.ZH
                            ? "请重新报送可以读取的文件（有文字层、未加密的 Word、PDF 或网页）。"
                            : "Please send a file that can be read (Word, PDF or a web page with text, not encrypted).",
                    null));
        }
        List<Problem> unsure = new ArrayList<>();
        for (JsonNode v : result.path("notAssessable")) {
            unsure.add(problem(v, lang, titles));
        }
        return new Notice(lang, office == null ? "" : office.strip(), agency.isBlank() ? file : agency, year, file,
                dated, replyBy, problems, unsure);
    }

    private static Problem problem(JsonNode v, Lang lang, UnaryOperator<String> titles) {
        String rule = v.path("rule").asText();
        String title = text(v, "title");
        String severity = switch (v.path("severity").asText()) {
            case "error" -> lang == Lang.ZH ? "错误" : "error";
            case "warning" -> lang == Lang.ZH ? "警告" : "warning";
            default -> lang == Lang.ZH ? "提示" : "note";
        };
        return new Problem(rule, title == null ? titles.apply(rule) : title, severity,
                text(v.path("location"), "text"), text(v, "message"), text(v, "expected"), text(v, "actual"),
                text(v, "fix"), text(v.path("suggestion"), "text"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode f = node.path(field);
        return f.isTextual() && !f.asText().isBlank() ? f.asText() : null;
    }

    /** The letter's title: 关于XX2025年政府信息公开工作年度报告问题的整改通知. */
    public String title() {
        return lang == Lang.ZH ? "关于" + body + (year == null ? "" : year + "年") + "政府信息公开工作年度报告问题的整改通知"
                : "Notice to correct the " + (year == null ? "" : year + " ")
                        + "annual report on government information disclosure of " + body;
    }

    /** The opening paragraph after the salutation. */
    public String opening() {
        String report = year == null ? fileName : year + (lang == Lang.ZH ? "年度报告" : " annual report");
        if (lang == Lang.ZH) {
            return "经核查，你单位报送的" + (year == null ? "《" + fileName + "》" : report) + "存在以下 " + problems.size()
                    + " 处问题。请对照《政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）逐项修改，"
                    + "并于 " + replyBy + " 前将修改后的年度报告报送" + sender() + "。";
        }
        return "Our check of your " + report + " found the " + problems.size() + " problem(s) below. Please correct"
                + " each as the national format requires and send the corrected report to " + sender()
                + " by " + replyBy + ".";
    }

    /** One problem as a sentence (without its number): what, where, expected and found, the fix, the likely cell. */
    public String sentence(Problem p) {
        boolean zh = lang == Lang.ZH;
        StringBuilder b = new StringBuilder();
        b.append(zh ? "【" : "[").append(p.title()).append(zh ? "】" : "] ");
        if (p.location() != null) {
            b.append(p.location()).append(zh ? "：" : ": ");
        }
        b.append(p.message() == null ? "" : p.message());
        if (p.expected() != null || p.actual() != null) {
            b.append(zh ? "（应为：" : " (expected: ").append(p.expected() == null ? "—" : p.expected())
                    .append(zh ? "；实为：" : "; found: ").append(p.actual() == null ? "—" : p.actual())
                    .append(zh ? "）" : ")");
        }
        return b.toString();
    }

    /** Who signs: the office, or a line to write it on. */
    public String sender() {
        return office.isBlank() ? (lang == Lang.ZH ? "＿＿＿＿＿＿" : "________") : office;
    }

    /** The file name a download of this letter gets, without extension: 整改通知-XX-2025. */
    public String fileStem() {
        String name = (lang == Lang.ZH ? "整改通知-" : "notice-") + body + (year == null ? "" : "-" + year);
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }
}
