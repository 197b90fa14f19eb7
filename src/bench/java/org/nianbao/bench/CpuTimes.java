package org.nianbao.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nianbao.model.Report;
import org.nianbao.parse.DocumentParser;
import org.nianbao.parse.FormatSniffer;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.json.JsonReportReader;
import org.nianbao.recognize.ReportRecognizer;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleLoader;
import org.nianbao.run.Readers;

/**
 * A companion to the JMH benchmarks for a shared machine: the same stages, timed by the CPU time of the thread
 * that runs them (ThreadMXBean) rather than by the wall clock, so that other processes competing for the cores
 * inflate the figures much less. Not a JMH benchmark: no forks, no blackholes; the results are consumed and
 * checked so that the work cannot be optimised away. For before/after comparisons on a busy machine.
 *
 * <pre>java -cp target/benchmarks.jar org.nianbao.bench.CpuTimes [warm-up seconds] [measured seconds] [samples] [stages]</pre>
 *
 * <p>samples: a comma-separated list (for example {@code pdf,huaian,hongze}); all of them when left out. stages: a
 * regular expression of the stages to time (for example {@code rules}); all of them when left out.
 */
public final class CpuTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long sink;

    private CpuTimes() {
    }

    public static void main(String[] args) throws Exception {
        double warmup = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        double measure = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        java.util.regex.Pattern wanted = java.util.regex.Pattern.compile(args.length > 3 ? args[3] : ".*");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        RuleEngine engine = new RuleEngine(RuleLoader.builtIn());
        ReportRecognizer recognizer = new ReportRecognizer();
        JsonReportReader json = new JsonReportReader();
        out.println("| sample | stage | CPU ms/op | wall ms/op | ops |");
        out.println("|---|---|---:|---:|---:|");
        String[] samples = args.length > 2 ? args[2].split(",")
                : new String[] {"json", "html", "doc", "docx", "odt", "pdf", Samples.HUAIAN, Samples.HONGZE,
                    Samples.BALANCE};
        for (String sample : samples) {
            byte[] content = Samples.bytes(sample);
            InputFormat format = FormatSniffer.detect(content);
            List<String> names = new ArrayList<>();
            List<Callable<Object>> stages = new ArrayList<>();
            if (format == InputFormat.JSON) {
                names.add("read");
                stages.add(() -> json.read(content, ReadLimits.DEFAULT));
            } else {
                DocumentParser parser = Readers.parsers().get(format);
                RawDocument raw = parser.parse(content, ReadLimits.DEFAULT);
                names.add("read");
                stages.add(() -> recognizer.recognize(parser.parse(content, ReadLimits.DEFAULT)));
                names.add("parse");
                stages.add(() -> parser.parse(content, ReadLimits.DEFAULT));
                names.add("recognize");
                stages.add(() -> recognizer.recognize(raw));
                if (format == InputFormat.PDF) {
                    names.add("floor (PDFBox load + text)");
                    stages.add(() -> FloorBenchmark.pdfText(content));
                }
            }
            Report report = format == InputFormat.JSON ? json.read(content, ReadLimits.DEFAULT)
                    : recognizer.recognize(Readers.parsers().get(format).parse(content, ReadLimits.DEFAULT));
            names.add("rules");
            stages.add(() -> engine.evaluate(report, null));
            for (int i = 0; i < stages.size(); i++) {
                if (!wanted.matcher(names.get(i)).matches()) {
                    continue;
                }
                run(stages.get(i), warmup);
                long ops = 0;
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                long until = wall0 + (long) (measure * 1e9);
                while (System.nanoTime() < until) {
                    sink += System.identityHashCode(stages.get(i).call());
                    ops++;
                }
                double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6 / ops;
                double wall = (System.nanoTime() - wall0) / 1e6 / ops;
                out.printf(Locale.ROOT, "| %s | %s | %.3f | %.3f | %d |%n", sample, names.get(i), cpu, wall, ops);
            }
        }
        if (sink == 42) {
            out.println();
        }
    }

    private static void run(Callable<Object> stage, double seconds) throws Exception {
        long until = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < until) {
            sink += System.identityHashCode(stage.call());
        }
    }
}
