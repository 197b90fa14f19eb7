package org.nianbao.report;

import java.io.PrintStream;
import org.nianbao.model.Lang;
import org.nianbao.run.FileResult;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…,title=…::message}): each finding becomes an
 * annotation on the file in the pull request and the run's summary. Errors and unreadable files are {@code error},
 * warnings {@code warning}, infos and findings that could not be judged {@code notice}. A line is given only in a
 * JSON submission, where the value has one; other files are annotated as a whole. The closing summary is a plain
 * log line.
 */
public final class GitHubWriter implements ResultWriter {
    private final PrintStream out;
    private final Lang lang;

    public GitHubWriter(PrintStream out, Lang lang) {
        this.out = out;
        this.lang = lang;
    }

    @Override
    public void start() {
        // annotations only
    }

    @Override
    public void file(FileResult result) {
        for (CiFindings.Finding f : CiFindings.of(result, lang)) {
            String command = switch (f.kind()) {
                case UNREADABLE, ERROR -> "error";
                case WARNING -> "warning";
                case INFO, NOT_ASSESSABLE -> "notice";
            };
            String title = f.kind() == CiFindings.Kind.NOT_ASSESSABLE
                    ? f.title() + (lang == Lang.ZH ? "（无法判断）" : " (not assessable)") : f.title();
            out.println("::" + command + " file=" + property(f.path()) + (f.line() > 0 ? ",line=" + f.line() : "")
                    + ",title=" + property(title) + "::" + data(f.text()));
        }
        out.flush();
    }

    @Override
    public void end(Summary s) {
        out.println(lang == Lang.ZH
                ? String.format("nianbao：共 %d 个文件，通过 %d，不通过 %d，无法读取 %d；错误 %d，警告 %d，提示 %d。", s.files(),
                        s.passed(), s.failed(), s.unreadable(), s.errors(), s.warnings(), s.infos())
                : String.format("nianbao: %d files, %d passed, %d failed, %d unreadable; %d errors, %d warnings,"
                        + " %d infos.", s.files(), s.passed(), s.failed(), s.unreadable(), s.errors(), s.warnings(),
                        s.infos()));
        out.flush();
    }

    /** A message: %, CR and LF escaped, as GitHub's toolkit escapes command data. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: also ":" and ",", which separate properties. */
    public static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
