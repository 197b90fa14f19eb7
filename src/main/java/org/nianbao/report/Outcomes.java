package org.nianbao.report;

import java.util.Comparator;
import java.util.Map;
import org.nianbao.model.Lang;
import org.nianbao.model.Text;
import org.nianbao.parse.InputProblem;
import org.nianbao.rules.MessageFormatter;
import org.nianbao.run.FileResult;

/** What to tell a person about a file that could not be read, per cause. */
public final class Outcomes {
    private static final Map<InputProblem, Text> MESSAGES = Map.of(
            InputProblem.UNREADABLE, Text.of("文件已损坏、不完整，或内容与其格式不符，无法读取。",
                    "The file is corrupt, truncated, or not what its content claims, and cannot be read."),
            InputProblem.ENCRYPTED, Text.of("文件设有打开密码，无法读取。请提供未加密的文件。",
                    "The file needs a password. Please supply an unencrypted file."),
            InputProblem.NO_TEXT, Text.of("文件没有可识别的文字（如扫描件或字体无法解码），无法核对。请提供可复制文字的版本。",
                    "The file has no readable text (a scan, or fonts that cannot be decoded). Please supply a text version."),
            InputProblem.UNSUPPORTED, Text.of("不支持的文件类型。支持 .docx、.doc、.odt、PDF、网页（HTML）、JSON 和扫描图片（PNG、JPEG、TIFF）。",
                    "Unsupported kind of file. nianbao reads .docx, .doc, .odt, PDF, web pages (HTML), JSON and scanned"
                            + " images (PNG, JPEG, TIFF)."),
            InputProblem.TOO_LARGE, Text.of("文件超过设定的上限，未读取。",
                    "The file is over a configured limit and was not read."),
            InputProblem.EMPTY, Text.of("文件为空。", "The file is empty."),
            InputProblem.TIMEOUT, Text.of("处理时间超过单个文件的时限，已跳过；其余文件照常核查。可用 --timeout 放宽时限。",
                    "Checking the file took longer than the per-file time limit; it was skipped and the others were"
                            + " checked. --timeout raises the limit."));

    /** Each outcome's name in a few words, shown next to its id wherever rules show their titles. */
    private static final Map<InputProblem, Text> TITLES = Map.of(
            InputProblem.UNREADABLE, Text.of("文件损坏或无法读取", "Damaged or unreadable file"),
            InputProblem.ENCRYPTED, Text.of("文件有密码", "Password-protected file"),
            InputProblem.NO_TEXT, Text.of("没有可识别的文字（扫描件）", "No readable text (a scan)"),
            InputProblem.UNSUPPORTED, Text.of("不支持的文件类型", "Unsupported kind of file"),
            InputProblem.TOO_LARGE, Text.of("文件超过上限", "File over a limit"),
            InputProblem.EMPTY, Text.of("空文件", "Empty file"),
            InputProblem.TIMEOUT, Text.of("检查超时", "Check timed out"));

    private static final Text AT_LINE = Text.of("（第 {line} 行第 {column} 列：{problem}）",
            " (line {line}, column {column}: {problem})");

    private static final Text OUT_OF_MEMORY = Text.of("（读取它所需的内存超过了 {limit} MB 的上限；可在更大内存下重试）",
            " (reading it needed more than the {limit} MB of memory allowed; retry with more memory)");

    private Outcomes() {
    }

    /** What a limit counts, in words (the {@code what} of {@link org.nianbao.parse.Limit}'s details). */
    private static final Map<String, Text> COUNTED = Map.of(
            "bytes", Text.of("字节", "bytes"),
            "pages", Text.of("页", "pages"),
            "table cells", Text.of("个表格单元格", "table cells"),
            "characters of text", Text.of("个字符", "characters of text"),
            "zip entries", Text.of("个压缩包条目", "zip entries"),
            "files unzipped", Text.of("个解压出的文件", "files unzipped"),
            "bytes unzipped", Text.of("字节（解压后）", "bytes unzipped"),
            "elements and attributes", Text.of("个 XML 元素和属性（每个允许的表格单元格五个）",
                    "elements and attributes (five per allowed table cell)"));

    /** An outcome's name in a few words ("没有可识别的文字（扫描件）"). */
    public static String title(InputProblem problem, Lang lang) {
        return TITLES.get(problem).in(lang);
    }

    /** What every reader of an outcome should know about it: its full message without the file's details. */
    public static String explanation(InputProblem problem, Lang lang) {
        return MESSAGES.get(problem).in(lang);
    }

    /** The outcome with this id ({@code INPUT.NO_TEXT}), if it is one. */
    public static java.util.Optional<InputProblem> byCode(String code) {
        for (InputProblem p : InputProblem.values()) {
            if (p.code().equals(code)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A file's time limit in words: "（时限 60 秒）", or for a scan read by OCR how its limit was made: "（时限共 210
     * 秒：每个文件 60 秒，另加扫描件 5 页 × 每页 30 秒，可用 --ocr-page-timeout 调整）".
     */
    private static String timeLimit(Map<String, Object> d, Lang lang) {
        boolean zh = lang == Lang.ZH;
        if (!d.containsKey("scannedPages")) {
            return zh ? "（时限 " + d.get("seconds") + " 秒）" : " (limit: " + d.get("seconds") + " s)";
        }
        Object pages = d.get("scannedPages");
        Object timed = d.getOrDefault("timedPages", pages);
        boolean capped = !String.valueOf(timed).equals(String.valueOf(pages));
        return zh ? "（时限共 " + d.get("seconds") + " 秒：每个文件 " + d.get("fileSeconds") + " 秒，另加扫描件 "
                + (capped ? timed + " 页（共 " + pages + " 页，至多按 " + timed + " 页计）" : pages + " 页 ")
                + "× 每页 " + d.get("pageSeconds") + " 秒，用于文字识别；可用 --ocr-page-timeout 调整每页时限）"
                : " (limit: " + d.get("seconds") + " s in all: " + d.get("fileSeconds") + " s a file, plus "
                + (capped ? timed + " scanned pages (of " + pages + "; at most " + timed + " count)" : pages
                        + " scanned pages") + " × " + d.get("pageSeconds") + " s a page for OCR;"
                + " --ocr-page-timeout sets the time a page)";
    }

    /**
     * The message for an unreadable file: the line and column where the source gives them, the limit passed (in
     * the reader's language), otherwise the technical detail, marked as such.
     */
    public static String message(FileResult.Unreadable u, Lang lang) {
        boolean zh = lang == Lang.ZH;
        String base = MESSAGES.get(u.problem()).in(lang);
        Object what = u.details().get("what");
        if (u.details().containsKey("line")) {
            return base + MessageFormatter.format(AT_LINE.in(lang), u.details(), lang);
        }
        if (FileResult.MEMORY.equals(what)) {
            return base + MessageFormatter.format(OUT_OF_MEMORY.in(lang), u.details(), lang);
        }
        if (u.problem() == InputProblem.TOO_LARGE && u.details().containsKey("limit") && what != null) {
            // the longest name that fits: "bytes unzipped …" is not "bytes"
            Text counted = COUNTED.entrySet().stream().filter(e -> String.valueOf(what).startsWith(e.getKey()))
                    .max(Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue)
                    .orElse(Text.of(String.valueOf(what), String.valueOf(what)));
            Object option = u.details().get("option");
            return base + (zh ? "（上限 " : " (limit: ") + u.details().get("limit") + " " + counted.in(lang)
                    + (option == null ? "" : zh ? "，可用 " + option + " 调整" : ", set with " + option)
                    + (zh ? "）" : ")");
        }
        if (u.problem() == InputProblem.TIMEOUT && u.details().containsKey("seconds")) {
            return base + timeLimit(u.details(), lang);
        }
        Object ocr = u.details().get("ocr");
        if (u.problem() == InputProblem.NO_TEXT && ocr != null) { // a scan: why OCR did not read it
            Text why = switch (String.valueOf(ocr)) {
                case "off" -> Text.of("未启用文字识别（--no-ocr）", "OCR is turned off (--no-ocr)");
                case "missing" -> Text.of("本机未安装文字识别（缺少 " + u.details().get("missing") + "）",
                        "OCR is not installed here (" + u.details().get("missing") + " is missing)");
                default -> Text.of("文字识别未在页面上找到报告的文字或表格", "OCR found no report text or table on the pages");
            };
            return base + (zh ? "（" + why.zh() + "）" : " (" + why.en() + ")");
        }
        if (u.detail() != null && !u.detail().isBlank()) {
            return base + (zh ? "（技术细节：" + u.detail() + "）" : " (" + u.detail() + ")");
        }
        return base;
    }
}
