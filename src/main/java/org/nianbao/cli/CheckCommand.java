package org.nianbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nianbao.model.Lang;
import org.nianbao.model.Level;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.TempFolder;
import org.nianbao.report.ResultWriter;
import org.nianbao.report.Summary;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleFileException;
import org.nianbao.rules.RuleSet;
import org.nianbao.run.BatchRunner;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.Checker;
import org.nianbao.run.FileCollector;
import org.nianbao.run.FileResult;
import org.nianbao.run.InputsUntouched;
import org.nianbao.run.LocalReading;
import org.nianbao.run.PreviousReports;
import org.nianbao.run.Suppressions;
import org.nianbao.run.worker.SizeRouting;
import org.nianbao.run.worker.WorkerPool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check}: checks files and folders of reports and prints the violations. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"核查年度报告 / check reports (files or folders)"})
public final class CheckCommand implements Callable<Integer> {
    /** What makes the exit code 1. */
    enum FailOn { error, warning, never }

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text | json | sarif | junit | html | xlsx，可重复 / repeatable (default: text)")
    List<OutputPlan.Format> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "写入文件，格式取自扩展名（.json .sarif .xml .html .xlsx .txt），可重复 / write to a file, format"
                    + " from the extension; repeatable")
    List<Path> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "error|warning|never", defaultValue = "error",
            description = "何种问题使退出码为 1 / what makes the exit code 1 (default: ${DEFAULT-VALUE})")
    FailOn failOn;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "单个文件的处理时限 / time limit per file (default: ${DEFAULT-VALUE})")
    double timeout;

    @Option(names = "--suppress", paramLabel = "FILE",
            description = "豁免清单（默认：当前目录下的 .nianbao-suppress.yaml）/ suppressions (default:"
                    + " .nianbao-suppress.yaml in the current directory, if present)")
    Path suppress;

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

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "500",
            description = "PDF 页数上限 / most PDF pages read (default: ${DEFAULT-VALUE})")
    int maxPages;

    @Option(names = "--max-cells", paramLabel = "N", defaultValue = "200000",
            description = "表格单元格总数上限 / most table cells read per file (default: ${DEFAULT-VALUE})")
    int maxCells;

    @Option(names = "--max-text", paramLabel = "CHARS", defaultValue = "5000000",
            description = "文字字符数上限 / most characters of text read per file (default: ${DEFAULT-VALUE})")
    int maxText;

    @Mixin
    RuleOptions rules;

    @Option(names = "--previous", paramLabel = "PATH",
            description = "上一年度报告（文件或文件夹，按机关和年度匹配）/ last year's reports (file or folder, matched by body and year)")
    List<Path> previous;

    @Option(names = "--isolate", description = "每个文件在独立的进程中读取（默认只对 4 MB 以上的文件）/ read every file"
            + " in a worker process of its own (by default only files of 4 MB or more)")
    boolean isolate;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "文件或文件夹 / files or folders")
    List<Path> paths;

    private SizeRouting reading;

    @Override
    public Integer call() throws IOException {
        // the readers' temporary files live in a folder of this run's own, gone when it ends
        try (TempFolder.Scope temp = TempFolder.own("nianbao-check-")) {
            try {
                return check(temp.dir());
            } finally {
                if (reading != null) {
                    reading.close(); // its workers, before their folders go
                }
            }
        }
    }

    private Integer check(Path temp) throws IOException {
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
        List<OutputPlan.Target> targets;
        try {
            targets = OutputPlan.of(formats, outputs);
        } catch (OutputPlan.Invalid e) {
            Main.ERR.println(e.getMessage());
            return ExitCode.USAGE;
        }
        if (!(timeout > 0)) {
            Main.ERR.println("--timeout 须大于 0 / must be above 0");
            return ExitCode.USAGE;
        }
        Suppressions suppressions = Suppressions.NONE;
        Path suppressFile = suppress != null ? suppress : Suppressions.defaultFile(paths).orElse(null);
        if (suppress == null && suppressFile != null) {
            Main.ERR.println("使用当前目录下的豁免清单 / using the suppressions in " + suppressFile.toAbsolutePath());
        }
        if (suppressFile != null) {
            try {
                suppressions = Suppressions.load(suppressFile);
            } catch (Suppressions.InvalidException | IOException e) {
                Main.ERR.println("豁免清单错误 / suppression file error: " + e.getMessage());
                return ExitCode.USAGE;
            }
        }
        if (maxSize < 1 || maxPages < 1 || maxCells < 1 || maxText < 1) {
            Main.ERR.println("--max-size、--max-pages、--max-cells、--max-text 须大于 0 / must be above 0");
            return ExitCode.USAGE;
        }
        ReadLimits limits = new ReadLimits(maxSize, maxPages, maxCells, maxText);
        int threads = Runtime.getRuntime().availableProcessors();
        Duration limit = Duration.ofMillis((long) (timeout * 1000));
        reading = new SizeRouting(LocalReading.standard(limits), () -> new WorkerPool(WorkerPool.Settings.of(threads,
                limit, limits, temp)), isolate ? 0 : SizeRouting.DEFAULT_THRESHOLD);
        Checker checker = new Checker(new RuleEngine(ruleSet), new CheckOptions(profile, lv, published, limits),
                reading);
        List<Path> files = FileCollector.collect(paths);
        List<Path> inputs = new ArrayList<>(paths);
        if (previous != null) {
            inputs.addAll(previous);
        }
        if (suppressFile != null) {
            inputs.add(suppressFile);
        }
        Optional<String> clash = InputsUntouched.clash(outputs, inputs, files);
        if (clash.isPresent()) {
            Main.ERR.println("--output " + clash.get() + "：不会覆盖输入 / inputs are never written");
            return ExitCode.USAGE;
        }
        // reports of one body for consecutive years are paired: those given with --previous and the batch's own
        PreviousReports index = new PreviousReports(checker::identifyQuietly, checker::readQuietly);
        if (previous != null) {
            index.addAll(FileCollector.collect(previous), threads, limit);
        }
        if (files.size() > 1) {
            index.addAll(files, threads, limit);
        }
        checker.previous(index);
        Lang l = lang.lang();
        Summary summary = new Summary();
        Suppressions accepted = suppressions;
        long started = System.nanoTime();
        try (Outputs out = Outputs.open(targets, l, ruleSet)) {
            ResultWriter writer = out.writer();
            writer.start();
            new BatchRunner(checker::check, threads, limit).run(files, r -> {
                        FileResult shown = accepted.apply(r);
                        summary.add(shown);
                        writer.file(shown);
                    }, ProgressBar.forTerminal(Main.ERR, l));
            summary.stale(accepted.stale());
            summary.finished((System.nanoTime() - started) / 1_000_000, PeakMemory.heapBytes());
            writer.end(summary);
        }
        if (targets.stream().allMatch(t -> t.file() != null)) {
            // every output went to a file: the closing summary still goes to the person, on standard error
            new org.nianbao.report.TextResultWriter(Main.ERR, l).end(summary);
        }
        if (summary.unreadable() > 0) {
            return ExitCode.UNREADABLE;
        }
        boolean fail = switch (failOn) {
            case error -> summary.errors() > 0;
            case warning -> summary.errors() + summary.warnings() > 0;
            case never -> false;
        };
        return fail ? ExitCode.ERRORS : ExitCode.OK;
    }
}
