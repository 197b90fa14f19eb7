package org.nianbao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nianbao.model.Lang;
import org.nianbao.model.Level;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.TempFolder;
import org.nianbao.report.ResultWriter;
import org.nianbao.report.Skipped;
import org.nianbao.report.Summary;
import org.nianbao.report.TextResultWriter;
import org.nianbao.report.TextStyle;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleFileException;
import org.nianbao.rules.RuleSet;
import org.nianbao.rules.Severity;
import org.nianbao.run.BatchCheck;
import org.nianbao.run.BatchRunner;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.Checker;
import org.nianbao.run.FileResult;
import org.nianbao.run.Inputs;
import org.nianbao.run.InputsUntouched;
import org.nianbao.run.LocalReading;
import org.nianbao.run.PublicationDates;
import org.nianbao.run.Suppressions;
import org.nianbao.run.ZipArchive;
import org.nianbao.run.worker.SizeRouting;
import org.nianbao.run.worker.WorkerPool;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code check}: checks files, folders, patterns and zips of reports and prints the violations. Its options come in
 * groups ({@link InputOptions}, {@link OutputOptions}, {@link JudgingOptions}, {@link LimitOptions}); a project's
 * {@code .nianbao.yaml} fills in what the command line leaves out ({@link ProjectConfig}).
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"核查年度报告 / check reports (files, folders, patterns, zips)"})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Mixin
    JudgingOptions judging;

    @Mixin
    LangOption lang;

    @Mixin
    LimitOptions limits;

    @Mixin
    RuleOptions rules;

    @Option(names = "--config", paramLabel = "FILE",
            description = "配置文件（默认：当前文件夹或其上级中的 .nianbao.yaml）/ settings file (default: .nianbao.yaml in"
                    + " the working folder or the nearest folder above)")
    Path config;

    @Option(names = "--no-config", description = "不读取 .nianbao.yaml / ignore .nianbao.yaml")
    boolean noConfig;

    @Option(names = "--isolate", description = "每个文件在独立的进程中读取（默认只对 4 MB 以上的文件）/ read every file"
            + " in a worker process of its own (by default only files of 4 MB or more)")
    boolean isolate;

    @Option(names = "--no-ocr", description = "不对扫描件（没有文字层的 PDF、图片）做文字识别，按“没有文字”处理 / do not read"
            + " scanned reports (PDFs without a text layer, images) by OCR: they are INPUT.NO_TEXT")
    boolean noOcr;

    /** Where files are read: here, or in worker processes; closed when the run ends. */
    private SizeRouting reading;

    /** The project's config in use, or null. */
    private ProjectConfig configFile;

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
        applyConfig();
        Lang l = lang.lang();
        Level lv = level();
        RuleSet ruleSet = loadRules();
        if (judging.profile != null && !ruleSet.profiles().contains(judging.profile)) {
            throw new UserError("--profile 没有“" + judging.profile + "”，可选：" + ruleSet.profiles(),
                    "--profile: no profile '" + judging.profile + "'; one of " + ruleSet.profiles());
        }
        List<OutputPlan.Target> targets = OutputPlan.of(output.formats, output.outputs);
        ReadLimits readLimits = limits.limits();
        Suppressions suppressions = suppressions();
        PublicationDates dates = publicationDates();
        int threads = Runtime.getRuntime().availableProcessors();
        WorkerPool.Settings workers = WorkerPool.Settings.of(threads, limits.timeLimit().perFile(), readLimits, temp);
        reading = new SizeRouting(LocalReading.standard(readLimits, !noOcr), () -> new WorkerPool(noOcr
                ? workers.withoutOcr() : workers), isolate ? 0 : SizeRouting.threshold());
        Checker checker = new Checker(new RuleEngine(ruleSet), new CheckOptions(judging.profile, lv,
                judging.published, readLimits), reading).publicationDates(dates);
        Inputs.Options collecting = new Inputs.Options(input.excludes, !input.noZip, input.stdinName,
                readLimits.maxBytes(), new ZipArchive.Limits(100_000, readLimits.maxBytes(), 4L << 30));
        try (Inputs files = Inputs.collect(input.paths, collecting, System.in);
                Inputs earlier = Inputs.collect(input.previous, collecting, InputStream.nullInputStream())) {
            refuseNothingToCheck(files, earlier);
            refuseWritingInputs(files, earlier);
            return run(files, earlier, checker, ruleSet, targets, suppressions, dates, l,
                    Files.createDirectory(temp.resolve("spool")));
        }
    }

    private int run(Inputs files, Inputs earlier, Checker checker, RuleSet ruleSet, List<OutputPlan.Target> targets,
            Suppressions suppressions, PublicationDates dates, Lang l, Path spool) throws IOException {
        Map<Path, Inputs.Item> byContent = new HashMap<>();
        List<BatchCheck.Input> inputs = new ArrayList<>();
        for (Inputs.Item item : files.items()) {
            byContent.put(item.content(), item);
            inputs.add(new BatchCheck.Input(item.shown(), item.content(), item.problem()));
        }
        // reports of one body for consecutive years are paired: those given with --previous and the batch's own
        int threads = Runtime.getRuntime().availableProcessors();
        BatchCheck batch = new BatchCheck(checker, threads, limits.timeLimit(), spool);
        if (!earlier.items().isEmpty()) {
            batch.addEarlier(earlier.items().stream().filter(i -> i.problem() == null).map(Inputs.Item::content)
                    .toList());
        }
        Summary summary = new Summary();
        long started = System.nanoTime();
        ProgressBar bar = !output.quiet && Console.stderrIsTerminal() ? new ProgressBar(Main.ERR, l) : null;
        try (Outputs out = Outputs.open(targets, l, ruleSet, style(), output.quiet)) {
            ResultWriter writer = out.writer();
            writer.start();
            batch.run(inputs, r -> {
                FileResult shown = suppressions.apply(shownAs(r, byContent.get(r.file())));
                summary.add(shown);
                if (bar != null) {
                    bar.clear(); // the result never runs into the progress line
                }
                writer.file(output.quiet ? errorsOnly(shown) : shown);
            }, bar == null ? BatchRunner.Progress.NONE
                    : (done, total, current) -> bar.update(done, total, current == null ? null
                            : byContent.get(current).shown()));
            summary.stale(suppressions.stale());
            summary.skipped(files.skipped(), files.skippedExtensions());
            summary.unusedDates(dates.unused());
            summary.finished((System.nanoTime() - started) / 1_000_000, PeakMemory.heapBytes());
            writer.end(summary);
        } catch (IOException e) { // every read is its file's outcome: what fails here is writing (a full disk)
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UserError("无法写出检查结果（" + why + "），结果不完整；请检查输出位置的磁盘空间和权限",
                    "could not write the results (" + why + "); they are incomplete: check the disk space and"
                            + " permissions where they go", ExitCode.USAGE, e);
        }
        if (targets.stream().allMatch(t -> t.file() != null)) {
            // every output went to a file: the closing summary still goes to the person, on standard error
            new TextResultWriter(Main.ERR, l).end(summary);
        }
        return exitCode(summary, l);
    }

    /** A result under the name the person knows the file by (the batch's own outcomes carry where the content is). */
    private static FileResult shownAs(FileResult r, Inputs.Item item) {
        if (item == null || r.file().equals(item.shown())) {
            return r;
        }
        return new FileResult(item.shown(), r.inputFormat(), r.report(), r.evaluation(), r.unreadable(), r.millis(),
                r.suppressed());
    }

    /** For --quiet: only the errors (an unreadable file stays as it is). */
    private static FileResult errorsOnly(FileResult r) {
        if (r.evaluation() == null) {
            return r;
        }
        return new FileResult(r.file(), r.inputFormat(), r.report(), new RuleEngine.Evaluation(
                r.evaluation().profile(), r.evaluation().violations().stream()
                        .filter(v -> v.assessable() && v.severity() == Severity.ERROR).toList()),
                null, r.millis(), List.of());
    }

    private int exitCode(Summary summary, Lang l) {
        if (summary.unreadable() > 0) {
            return ExitCode.UNREADABLE;
        }
        boolean fail = switch (output.failOn) {
            case error -> summary.errors() > 0;
            case warning -> summary.errors() + summary.warnings() > 0;
            case never -> false;
        };
        if (!fail && output.maxWarnings != null && summary.warnings() > output.maxWarnings) {
            Main.ERR.println(l == Lang.ZH ? "警告 " + summary.warnings() + " 个，超过 --max-warnings " + output.maxWarnings
                    : summary.warnings() + " warnings, more than --max-warnings " + output.maxWarnings);
            return ExitCode.ERRORS;
        }
        return fail ? ExitCode.ERRORS : ExitCode.OK;
    }

    /** An output onto an input, or into a folder being read, would destroy or be read as a report. */
    private void refuseWritingInputs(Inputs files, Inputs earlier) throws IOException {
        List<Path> named = new ArrayList<>();
        for (String n : concat(input.paths, input.previous)) {
            path(n).ifPresent(named::add);
        }
        if (suppressFile != null) {
            named.add(suppressFile);
        }
        List<Path> read = new ArrayList<>();
        for (Inputs.Item i : concat(files.items(), earlier.items())) {
            read.add(i.content());
        }
        InputsUntouched.clash(output.outputPaths(), named, read).ifPresent(clash -> {
            throw new UserError("--output " + clash + "：不会覆盖要检查的文件", "--output " + clash
                    + ": inputs are never written");
        });
    }

    /** A name given as a path, unless it is standard input or no path at all. */
    private static Optional<Path> path(String name) {
        try {
            return name.equals("-") ? Optional.empty() : Optional.of(Path.of(name));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A run that would check nothing stops here, naming each path that gave nothing and why. */
    private void refuseNothingToCheck(Inputs files, Inputs earlier) {
        List<String> missing = new ArrayList<>();
        for (Inputs.Empty e : files.empty()) {
            if (e.reason() == Inputs.Empty.Reason.DOES_NOT_EXIST) {
                missing.add(e.name());
            }
        }
        List<String> missingEarlier = earlier.empty().stream()
                .filter(e -> e.reason() == Inputs.Empty.Reason.DOES_NOT_EXIST).map(Inputs.Empty::name).toList();
        if (!missing.isEmpty() || !missingEarlier.isEmpty()) {
            List<String> all = new ArrayList<>(missing);
            missingEarlier.forEach(m -> all.add("--previous " + m));
            throw new UserError("不存在：" + String.join("、", all), "does not exist: " + String.join(", ", all));
        }
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Inputs.Empty e : files.empty()) {
            boolean pattern = e.reason() == Inputs.Empty.Reason.NO_MATCH;
            zh.add(e.name() + (pattern ? "（没有匹配的文件）" : "（其中没有可核查的报告文件）"));
            en.add(e.name() + (pattern ? " (nothing matches)" : " (no report files in it)"));
        }
        if (!zh.isEmpty()) {
            boolean some = !files.skipped().isEmpty();
            throw new UserError("没有找到要核查的文件：" + String.join("、", zh) + (some ? "；" + Skipped.line(files.skipped(),
                    files.skippedExtensions(), Lang.ZH) : ""), "no files to check: " + String.join(", ", en)
                    + (some ? "; " + Skipped.line(files.skipped(), files.skippedExtensions(), Lang.EN) : ""));
        }
    }

    private TextStyle style() {
        OutputOptions.Color c = output.noColor ? OutputOptions.Color.never : output.color;
        boolean on = switch (c) {
            case always -> true;
            case never -> false;
            case auto -> Console.stdoutIsTerminal() && (System.getenv("NO_COLOR") == null
                    || System.getenv("NO_COLOR").isEmpty()) && Console.terminalTakesAnsi();
        };
        return on ? TextStyle.ANSI : TextStyle.PLAIN;
    }

    private Level level() {
        if (judging.level == null) {
            return null;
        }
        return Level.byId(judging.level).orElseThrow(() -> new UserError("--level 应为 department（部门）或"
                + " government（县级以上人民政府），而不是“" + judging.level + "”", "--level: department or government,"
                + " not '" + judging.level + "'"));
    }

    private RuleSet loadRules() throws IOException {
        try {
            return rules.load();
        } catch (RuleFileException e) {
            throw new UserError("规则文件有误：" + e.getMessage(), "rule file error: " + e.getMessage());
        }
    }

    private Suppressions suppressions() throws IOException {
        Path file = judging.suppress != null ? judging.suppress : configFile != null && configFile.suppressions != null
                ? configFile.suppressions : null;
        if (file == null) {
            // the working folder's own file, unless it came with the submissions being checked
            file = Suppressions.defaultFile(input.paths.stream().flatMap(n -> path(n).stream()).toList())
                    .orElse(null);
            if (file != null) {
                Main.ERR.println("使用当前文件夹中的豁免清单 / using the suppressions in " + file.toAbsolutePath());
            }
        }
        suppressFile = file;
        if (file == null) {
            return Suppressions.NONE;
        }
        if (!Files.isRegularFile(file)) {
            throw new UserError("豁免清单不存在：" + file, "suppression file does not exist: " + file);
        }
        try {
            return Suppressions.load(file);
        } catch (Suppressions.InvalidException e) {
            throw new UserError("豁免清单有误：" + e.getMessage(), "suppression file error: " + e.getMessage());
        }
    }

    private PublicationDates publicationDates() throws IOException {
        Path file = judging.publishedDates != null ? judging.publishedDates
                : configFile == null ? null : configFile.publishedDatesFile;
        if (file == null) {
            return configFile != null && configFile.publishedDates != null ? configFile.publishedDates
                    : PublicationDates.NONE;
        }
        if (!Files.isRegularFile(file)) {
            throw new UserError("发布日期清单不存在：" + file, "list of publication dates does not exist: " + file);
        }
        try {
            return PublicationDates.load(file);
        } catch (PublicationDates.InvalidException e) {
            throw new UserError("发布日期清单有误：" + e.getMessage(), "list of publication dates: " + e.getMessage());
        }
    }

    private Path suppressFile;

    /** Fills in, from the project's config, every setting the command line did not give. */
    private void applyConfig() {
        Path file = config != null ? config : noConfig ? null : ProjectConfig.find(Path.of("")).orElse(null);
        if (file == null) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw new UserError("配置文件不存在：" + file, "config file does not exist: " + file);
        }
        ProjectConfig c = ProjectConfig.load(file);
        configFile = c;
        if (!given("--profile") && c.profile != null) {
            judging.profile = c.profile;
        }
        if (!given("--level") && c.level != null) {
            judging.level = c.level;
        }
        if (!given("--lang") && c.lang != null) {
            lang.code = convert("lang", c.lang, Converters::lang);
        }
        if (!given("--fail-on") && c.failOn != null) {
            output.failOn = convert("failOn", c.failOn, v -> OutputOptions.FailOn.valueOf(v.toLowerCase()));
        }
        if (!given("--max-warnings") && c.maxWarnings != null) {
            output.maxWarnings = c.maxWarnings;
        }
        if (!given("--format") && !given("--output")) {
            output.formats = new ArrayList<>(c.formats.stream().map(f -> convert("format", f,
                    v -> OutputPlan.Format.valueOf(v.toLowerCase()))).toList());
            output.outputs = new ArrayList<>(c.outputs);
        }
        input.excludes.addAll(c.exclude);
        if (!given("--timeout") && c.timeout != null) {
            limits.timeout = c.timeout;
        }
        if (!given("--ocr-page-timeout") && c.ocrPageTimeout != null) {
            limits.ocrPageTimeout = c.ocrPageTimeout;
        }
        if (!given("--published") && c.published != null) {
            judging.published = c.published;
        }
    }

    private <T> T convert(String key, String value, java.util.function.Function<String, T> f) {
        try {
            return f.apply(value);
        } catch (RuntimeException e) {
            throw new UserError("配置文件 " + configFile.file + "：" + key + " 的值“" + value + "”无效", "config file "
                    + configFile.file + ": invalid value '" + value + "' for " + key);
        }
    }

    private boolean given(String option) {
        CommandLine.ParseResult r = spec.commandLine().getParseResult();
        return r != null && r.hasMatchedOption(option);
    }
}
