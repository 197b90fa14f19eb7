package org.nianbao.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.nianbao.parse.DocumentParser;
import org.nianbao.parse.FormatSniffer;
import org.nianbao.parse.ReadLimits;
import org.nianbao.recognize.ReportRecognizer;
import org.nianbao.run.Readers;

/**
 * Our PDF read (parse + recognize, as {@code ReadBenchmark.read}) against its floor (PDFBox load + text, as
 * {@code FloorBenchmark}), one operation of each in turn on the same thread, each timed by the thread's CPU time.
 * On a machine shared with other work the two then see the same conditions (load, caches, clock), which separate
 * runs or separate JMH forks do not: the ratio is what to read. Not a JMH benchmark; results are consumed.
 *
 * <pre>java -cp target/benchmarks.jar org.nianbao.bench.FloorRatio [warm-up s] [measured s] [samples]</pre>
 *
 * <p>samples: comma-separated, default {@code pdf,huaian,hongze} (the seed, 淮安 2024 and 洪泽 2024).
 */
public final class FloorRatio {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long sink;

    private FloorRatio() {
    }

    public static void main(String[] args) throws Exception {
        double warmup = args.length > 0 ? Double.parseDouble(args[0]) : 20;
        double measure = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        String[] samples = (args.length > 2 ? args[2] : "pdf," + Samples.HUAIAN + "," + Samples.HONGZE).split(",");
        Samples.pdfboxFontCache();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ReportRecognizer recognizer = new ReportRecognizer();
        out.println("| sample | read CPU ms/op | floor CPU ms/op | read / floor | pairs |");
        out.println("|---|---:|---:|---:|---:|");
        for (String sample : samples) {
            byte[] content = Samples.bytes(sample);
            DocumentParser parser = Readers.parsers().get(FormatSniffer.detect(content));
            long[] cpu = new long[2];
            long pairs = 0;
            for (int phase = 0; phase < 2; phase++) {
                cpu[0] = 0;
                cpu[1] = 0;
                pairs = 0;
                long until = System.nanoTime() + (long) ((phase == 0 ? warmup : measure) * 1e9);
                while (System.nanoTime() < until) {
                    long t0 = THREADS.getCurrentThreadCpuTime();
                    sink += System.identityHashCode(recognizer.recognize(parser.parse(content, ReadLimits.DEFAULT)));
                    long t1 = THREADS.getCurrentThreadCpuTime();
                    sink += FloorBenchmark.pdfText(content).length();
                    long t2 = THREADS.getCurrentThreadCpuTime();
                    cpu[0] += t1 - t0;
                    cpu[1] += t2 - t1;
                    pairs++;
                }
            }
            double read = cpu[0] / 1e6 / pairs;
            double floor = cpu[1] / 1e6 / pairs;
            out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f× | %d |%n", sample, read, floor, read / floor, pairs);
        }
        if (sink == 42) {
            out.println();
        }
    }
}
