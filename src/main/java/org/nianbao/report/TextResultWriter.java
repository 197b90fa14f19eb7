package org.nianbao.report;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.nianbao.model.Lang;
import org.nianbao.model.Report;
import org.nianbao.rules.Violation;
import org.nianbao.run.FileResult;

/**
 * Text for people: grouped by file, errors before warnings before infos, each with its location and, for a
 * balance, both sides and the difference (in the message), then what was expected and found and how to fix it.
 */
public final class TextResultWriter implements ResultWriter {
    private final PrintStream out;
    private final Lang lang;
    private final boolean zh;
    private final TextStyle style;
    private final boolean problemsOnly;

    public TextResultWriter(PrintStream out, Lang lang) {
        this(out, lang, TextStyle.PLAIN, false);
    }

    /**
     * @param style        plain or coloured
     * @param problemsOnly leave out files with nothing to show (for {@code --quiet}, which shows errors only)
     */
    public TextResultWriter(PrintStream out, Lang lang, TextStyle style, boolean problemsOnly) {
        this.out = out;
        this.lang = lang;
        this.zh = lang == Lang.ZH;
        this.style = style;
        this.problemsOnly = problemsOnly;
    }

    @Override
    public void start() {
        // nothing before the first file
    }

    @Override
    public void file(FileResult r) throws IOException {
        if (problemsOnly && r.unreadable() == null && r.evaluation().violations().isEmpty()) {
            return;
        }
        out.println(style.file(r.file().toString()) + "  " + header(r));
        if (r.unreadable() != null) {
            out.println("  " + r.unreadable().problem().code() + "  " + Outcomes.message(r.unreadable(), lang));
            out.println();
            return;
        }
        List<Violation> all = r.evaluation().violations();
        for (Violation v : all) {
            if (v.assessable()) {
                print(v, r.report());
            }
        }
        List<Violation> open = all.stream().filter(v -> !v.assessable()).toList();
        if (!open.isEmpty()) {
            out.println(zh ? "  无法判断（相关单元格不是数字或缺失）：" : "  Not assessable (a needed cell is text or missing):");
            for (Violation v : open) {
                out.println("    " + v.ruleId() + "  " + v.message(lang));
                scanned(v, r.report(), "        ", false); // no place printed for these
            }
        }
        if (!r.suppressed().isEmpty()) {
            out.println(zh ? "  已豁免（不计入统计）：" : "  Suppressed (not counted):");
            for (FileResult.Suppressed s : r.suppressed()) {
                out.println("    " + s.violation().ruleId() + "  " + LocationText.describe(s.violation().where(), lang)
                        + (zh ? "　理由：" : "  reason: ") + s.reason());
            }
        }
        out.println();
    }

    /** The scanned cells to confirm by eye, each with what OCR read and its page and box on the scan. */
    private void scanned(Violation v, Report report, String indent, boolean placeShown) {
        OcrCells.lines(v, report, lang, placeShown).forEach(l -> out.println(indent + l));
    }

    private void print(Violation v, Report report) {
        out.println("  " + style.severity(v.severity(), pad(v.severity().displayName().in(lang))) + v.ruleId() + "  "
                + LocationText.describe(v.where(), lang));
        out.println("        " + v.message(lang));
        String values = ValueText.line(v, lang);
        if (values != null) {
            out.println("        " + values);
        }
        if (v.suggestion() != null) {
            out.println("        " + (zh ? "可能的错误：" : "likely wrong: ") + v.suggestion().text(lang));
        }
        scanned(v, report, "        ", true);
        out.println("        " + (zh ? "修改建议：" : "fix: ") + v.fix(lang));
    }

    private String header(FileResult r) {
        StringBuilder sb = new StringBuilder("[").append(r.inputFormat());
        Report report = r.report();
        if (report != null) {
            if (report.formatVersion() != null) {
                sb.append(" · ").append(zh ? report.formatVersion().id() + (report.formatVersion().id().equals("hybrid")
                        ? "（新旧混用）" : "年格式") : report.formatVersion().id() + " format");
            }
            if (report.agency() != null) {
                sb.append(" · ").append(report.agency());
            }
            if (report.year() != null) {
                sb.append(" · ").append(report.year()).append(zh ? "年度" : "");
            }
            if (report.level() != null) {
                sb.append(" · ").append(report.level().displayName().in(lang));
            }
        }
        sb.append("]  ");
        switch (r.status()) {
            case PASS -> sb.append(style.pass(zh ? "通过" : "PASS"));
            case FAIL -> sb.append(style.fail(zh ? "不通过" : "FAIL"));
            default -> sb.append(style.unreadable(zh ? "无法读取" : "UNREADABLE"));
        }
        if (r.evaluation() != null) {
            sb.append(zh ? String.format("：错误 %d，警告 %d，提示 %d", r.count(org.nianbao.rules.Severity.ERROR),
                    r.count(org.nianbao.rules.Severity.WARNING), r.count(org.nianbao.rules.Severity.INFO))
                    : String.format(": %d errors, %d warnings, %d infos", r.count(org.nianbao.rules.Severity.ERROR),
                    r.count(org.nianbao.rules.Severity.WARNING), r.count(org.nianbao.rules.Severity.INFO)));
        }
        return sb.toString();
    }

    @Override
    public void end(Summary s) {
        if (zh) {
            out.printf("共 %d 个文件：通过 %d，不通过 %d，无法读取 %d；错误 %d，警告 %d，提示 %d。%n", s.files(), s.passed(),
                    s.failed(), s.unreadable(), s.errors(), s.warnings(), s.infos());
        } else {
            out.printf("%d files: %d passed, %d failed, %d unreadable; %d errors, %d warnings, %d infos.%n", s.files(),
                    s.passed(), s.failed(), s.unreadable(), s.errors(), s.warnings(), s.infos());
        }
        if (!s.byRule().isEmpty()) {
            StringBuilder sb = new StringBuilder(zh ? "按规则：" : "by rule: ");
            s.byRule().forEach((rule, n) -> sb.append(rule).append(' ').append(n).append(zh ? "　" : ", "));
            out.println(sb.toString().replaceAll("[　, ]+$", ""));
        }
        if (!s.errorsByRule().isEmpty() || !s.warningsByRule().isEmpty()) {
            StringBuilder sb = new StringBuilder(zh ? "错误和警告按规则：" : "errors and warnings by rule: ");
            java.util.Set<String> ids = new java.util.TreeSet<>(s.errorsByRule().keySet());
            ids.addAll(s.warningsByRule().keySet());
            for (String id : ids) {
                int e = s.errorsByRule().getOrDefault(id, 0);
                int w = s.warningsByRule().getOrDefault(id, 0);
                sb.append(id).append(zh ? " 错误 " + e + "、警告 " + w + "　" : " " + e + " errors, " + w + " warnings; ");
            }
            out.println(sb.toString().replaceAll("[　; ]+$", ""));
        }
        if (s.suppressed() > 0) {
            out.println(zh ? "已豁免 " + s.suppressed() + " 项（见各文件）。" : s.suppressed() + " suppressed (see each file).");
        }
        if (s.wallMillis() >= 0) {
            out.printf(zh ? "用时 %.1f 秒，内存峰值 %d MB。%n" : "Wall time %.1f s, peak memory %d MB.%n",
                    s.wallMillis() / 1000.0, s.peakHeapBytes() >> 20);
        }
        if (!s.skipped().isEmpty()) {
            out.println(Skipped.line(s, lang));
        }
        if (!s.unusedDates().isEmpty()) {
            List<String> rows = s.unusedDates().stream().map(e -> (zh ? "第 " + e.line() + " 行 " : "row " + e.line()
                    + " ") + e.name()).toList();
            out.println(zh ? "发布日期清单中有 " + rows.size() + " 行未对应任何报告：" + String.join("、", rows)
                    : rows.size() + " row(s) of the list of publication dates matched no report: "
                            + String.join(", ", rows));
        }
        for (org.nianbao.run.Suppressions.Entry e : s.stale()) {
            out.println(zh ? "豁免条目 #" + e.number() + "（" + e.rule() + "，" + e.file() + "）未匹配任何问题，已过时，可删除。"
                    : "Suppression #" + e.number() + " (" + e.rule() + ", " + e.file()
                            + ") matched nothing: stale, remove it.");
        }
        out.flush();
    }

    private static String pad(String s) {
        return s + " ".repeat(Math.max(1, 8 - s.length() * (s.chars().allMatch(c -> c < 128) ? 1 : 2)));
    }
}
