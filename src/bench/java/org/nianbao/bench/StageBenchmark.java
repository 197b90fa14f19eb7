package org.nianbao.bench;

import java.util.concurrent.TimeUnit;
import org.nianbao.model.Report;
import org.nianbao.parse.DocumentParser;
import org.nianbao.parse.FormatSniffer;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;
import org.nianbao.recognize.ReportRecognizer;
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
 * The two halves of a document read, apart: {@link #parse} is the format's parser alone (bytes → raw document);
 * {@link #recognize} is the shared recognizer alone on a raw document parsed beforehand. JSON has neither: its
 * reader builds the model directly ({@link ReadBenchmark#read}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms512m", "-Xmx512m"})
@Threads(1)
public class StageBenchmark {
    @Param({"html", "doc", "docx", "odt", "pdf", Samples.HUAIAN, Samples.HONGZE})
    public String sample;

    private byte[] content;
    private DocumentParser parser;
    private final ReportRecognizer recognizer = new ReportRecognizer();
    private RawDocument raw;

    @Setup(Level.Trial)
    public void setUp() throws ReadFailure {
        content = Samples.bytes(sample);
        parser = Readers.parsers().get(FormatSniffer.detect(content));
        raw = parse();
    }

    @Benchmark
    public RawDocument parse() throws ReadFailure {
        return parser.parse(content, ReadLimits.DEFAULT);
    }

    @Benchmark
    public Report recognize() {
        return recognizer.recognize(raw);
    }
}
