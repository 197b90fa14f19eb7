package org.nianbao.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.nianbao.model.Report;
import org.nianbao.parse.DocumentParser;
import org.nianbao.parse.FormatSniffer;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.json.JsonReportReader;
import org.nianbao.recognize.ReportRecognizer;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleLoader;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.Checker;
import org.nianbao.run.FileResult;
import org.nianbao.run.Readers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One report per format, whole: {@link #read} is parse + recognize into a {@link Report} (for JSON, the JSON
 * reader, which builds the model itself); {@link #rules} is the rule engine with the built-in rules on that report,
 * read beforehand (the {@code balance} sample is a report whose balances fail, so that the rules are timed on a clean
 * and on a failing report in the same run); {@link #check} is what {@link Checker#check} does for one file (load, sniff, read, rules).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms512m", "-Xmx512m"})
@Threads(1)
public class ReadBenchmark {
    @Param({"json", "html", "doc", "docx", "odt", "pdf", Samples.HUAIAN, Samples.HONGZE, Samples.BALANCE})
    public String sample;

    private byte[] content;
    private DocumentParser parser;
    private final ReportRecognizer recognizer = new ReportRecognizer();
    private final JsonReportReader json = new JsonReportReader();
    private RuleEngine engine;
    private Checker checker;
    private Path file;
    private Report report;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        content = Samples.bytes(sample);
        InputFormat format = FormatSniffer.detect(content);
        parser = format == InputFormat.JSON ? null : Readers.parsers().get(format);
        engine = new RuleEngine(RuleLoader.builtIn());
        checker = new Checker(engine, CheckOptions.DEFAULT, Readers.parsers(), Readers.recognizer());
        file = Samples.file(sample);
        report = read();
        FileResult result = checker.check(file);
        if (result.unreadable() != null) {
            throw new IllegalStateException(sample + " is unreadable: " + result.unreadable());
        }
    }

    @Benchmark
    public Report read() throws ReadFailure {
        if (parser == null) {
            return json.read(content, ReadLimits.DEFAULT);
        }
        return recognizer.recognize(parser.parse(content, ReadLimits.DEFAULT));
    }

    @Benchmark
    public RuleEngine.Evaluation rules() {
        return engine.evaluate(report, null);
    }

    @Benchmark
    public FileResult check() {
        return checker.check(file);
    }
}
