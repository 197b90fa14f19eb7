package org.nianbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.model.Lang;
import org.nianbao.model.Level;
import org.nianbao.parse.ReadLimits;
import org.nianbao.report.JsonResultWriter;
import org.nianbao.report.ResultWriter;
import org.nianbao.report.Summary;
import org.nianbao.report.TextResultWriter;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleFileException;
import org.nianbao.rules.RuleSet;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.Checker;
import org.nianbao.run.FileCollector;
import org.nianbao.run.FileResult;
import org.nianbao.run.PreviousReports;
import org.nianbao.run.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check}: checks files and folders of reports and prints the violations. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"核查年度报告 / check reports (files or folders)"})
public final class CheckCommand implements Callable<Integer> {

    /** Output formats of {@code check}. */
    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "text | json (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin
    LangOption lang;

    @Option(names = "--profile", paramLabel = "ID",
            description = "规则配置：2021 或 2019（默认按识别出的格式和年度）/ rule profile (default: by format and year)")
    String profile;

    @Option(names = "--level", paramLabel = "department|government",
            description = "报告机关层级（默认从机关名称判断）/ the reporting body's level (default: from its name)")
    String level;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "实际发布日期，用于核对发布时限 / the publication date, for the deadline")
    LocalDate published;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "52428800",
            description = "单个文件大小上限 / largest file read (default: ${DEFAULT-VALUE})")
    long maxSize;

    @Mixin
    RuleOptions rules;

    @Option(names = "--previous", paramLabel = "PATH",
            description = "上一年度报告（文件或文件夹，按机关和年度匹配）/ last year's reports (file or folder, matched by body and year)")
    List<Path> previous;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "文件或文件夹 / files or folders")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        Level lv = null;
        if (level != null) {
            lv = Level.byId(level).orElse(null);
            if (lv == null) {
                Main.ERR.println("--level: department 或 government / department or government, not '" + level + "'");
                return ExitCode.USAGE;
            }
        }
        RuleSet ruleSet;
        try {
            ruleSet = rules.load();
        } catch (RuleFileException e) {
            Main.ERR.println("规则文件错误 / rule file error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (profile != null && !ruleSet.profiles().contains(profile)) {
            Main.ERR.println("--profile: " + profile + " 不存在 / unknown; profiles: " + ruleSet.profiles());
            return ExitCode.USAGE;
        }
        ReadLimits limits = new ReadLimits(maxSize, ReadLimits.DEFAULT.maxPages(), ReadLimits.DEFAULT.maxTableCells(),
                ReadLimits.DEFAULT.maxTextChars());
        Checker checker = new Checker(new RuleEngine(ruleSet), new CheckOptions(profile, lv, published, limits),
                Readers.parsers(), Readers.recognizer());
        List<Path> files = FileCollector.collect(paths);
        // reports of one body for consecutive years are paired: those given with --previous and the batch's own
        PreviousReports index = new PreviousReports(checker::readQuietly);
        if (previous != null) {
            index.addAll(FileCollector.collect(previous));
        }
        if (files.size() > 1) {
            index.addAll(files);
        }
        checker.previous(index);
        Lang l = lang.lang();
        ResultWriter writer = format == Format.json ? new JsonResultWriter(Main.OUT, l, Version.current())
                : new TextResultWriter(Main.OUT, l);
        Summary summary = new Summary();
        writer.start();
        for (Path f : files) {
            FileResult r = checker.check(f);
            summary.add(r);
            writer.file(r);
        }
        writer.end(summary);
        if (summary.unreadable() > 0) {
            return ExitCode.UNREADABLE;
        }
        return summary.errors() > 0 ? ExitCode.ERRORS : ExitCode.OK;
    }
}
