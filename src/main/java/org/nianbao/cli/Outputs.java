package org.nianbao.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Lang;
import org.nianbao.report.GitHubWriter;
import org.nianbao.report.GitLabWriter;
import org.nianbao.report.HtmlReportWriter;
import org.nianbao.report.JUnitXmlWriter;
import org.nianbao.report.JsonResultWriter;
import org.nianbao.report.MultiWriter;
import org.nianbao.report.ResultWriter;
import org.nianbao.report.SarifWriter;
import org.nianbao.report.TextResultWriter;
import org.nianbao.report.TextStyle;
import org.nianbao.report.XlsxWriter;
import org.nianbao.rules.RuleSet;

/** The writers of an {@link OutputPlan}, with the files they write to; closing closes both. */
final class Outputs implements Closeable {
    private final List<OutputStream> files = new ArrayList<>();
    private final List<ResultWriter> writers = new ArrayList<>();

    private Outputs() {
    }

    /**
     * Opens every target; a file that cannot be written (a folder that cannot be made, no permission, a full disk)
     * is a {@link UserError} naming it, before anything is checked.
     */
    static Outputs open(List<OutputPlan.Target> targets, Lang lang, RuleSet rules, TextStyle style, boolean quiet)
            throws IOException {
        Outputs o = new Outputs();
        try {
            for (OutputPlan.Target t : targets) {
                OutputStream stream = t.file() == null ? Main.OUT : o.openFile(t.file());
                o.writers.add(writer(t.format(), stream, lang, rules, t.file() == null ? style : TextStyle.PLAIN,
                        quiet));
            }
        } catch (IOException | RuntimeException e) {
            o.close();
            throw e;
        }
        return o;
    }

    private OutputStream openFile(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file));
            files.add(stream);
            return stream;
        } catch (IOException e) {
            String[] why = reason(e);
            throw new UserError("无法写入 " + file + "（" + why[0] + "）", "cannot write " + file + " (" + why[1] + ")",
                    ExitCode.USAGE, e);
        }
    }

    /** Why a file cannot be written, in Chinese and English. */
    private static String[] reason(IOException e) {
        String m = String.valueOf(e.getMessage());
        return switch (e.getClass().getSimpleName()) {
            case "AccessDeniedException" -> new String[] {"没有写入权限", "permission denied"};
            case "NoSuchFileException" -> new String[] {"所在文件夹不存在或无法创建", "its folder does not exist"};
            case "FileAlreadyExistsException" -> new String[] {"路径上有同名文件", "a file is in the way"};
            default -> m.contains("Read-only") ? new String[] {"只读的位置", "read-only"}
                    : m.contains("Is a directory") ? new String[] {"这是一个文件夹", "it is a folder"}
                    : new String[] {m, m};
        };
    }

    private static ResultWriter writer(OutputPlan.Format f, OutputStream s, Lang lang, RuleSet rules,
            TextStyle style, boolean quiet) throws IOException {
        return switch (f) {
            case text -> new TextResultWriter(printStream(s), lang, style, quiet);
            case github -> new GitHubWriter(printStream(s), lang);
            case gitlab -> new GitLabWriter(s, lang);
            case json -> new JsonResultWriter(s, lang, Version.current());
            case sarif -> new SarifWriter(s, lang, Version.current(), rules);
            case junit -> new JUnitXmlWriter(s, lang, rules);
            case html -> new HtmlReportWriter(s, lang);
            case xlsx -> new XlsxWriter(s, lang);
        };
    }

    private static PrintStream printStream(OutputStream s) {
        return s instanceof PrintStream p ? p : new PrintStream(s, false, StandardCharsets.UTF_8);
    }

    ResultWriter writer() {
        return writers.size() == 1 ? writers.get(0) : new MultiWriter(writers);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (ResultWriter w : writers) { // their temporary files, also after a run that stopped half way
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        for (OutputStream s : files) {
            try {
                s.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        Main.OUT.flush();
        if (first != null) {
            throw first;
        }
    }
}
