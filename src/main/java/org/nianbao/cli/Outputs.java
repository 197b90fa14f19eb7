package org.nianbao.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Lang;
import org.nianbao.report.HtmlReportWriter;
import org.nianbao.report.JUnitXmlWriter;
import org.nianbao.report.JsonResultWriter;
import org.nianbao.report.MultiWriter;
import org.nianbao.report.ResultWriter;
import org.nianbao.report.SarifWriter;
import org.nianbao.report.TextResultWriter;
import org.nianbao.report.XlsxWriter;
import org.nianbao.rules.RuleSet;

/** The writers of an {@link OutputPlan}, with the files they write to; closing closes the files. */
final class Outputs implements Closeable {
    private final List<OutputStream> files = new ArrayList<>();
    private final List<ResultWriter> writers = new ArrayList<>();

    private Outputs() {
    }

    static Outputs open(List<OutputPlan.Target> targets, Lang lang, RuleSet rules) throws IOException {
        Outputs o = new Outputs();
        try {
            for (OutputPlan.Target t : targets) {
                OutputStream stream;
                if (t.file() == null) {
                    stream = Main.OUT;
                } else {
                    if (t.file().toAbsolutePath().getParent() != null) {
                        Files.createDirectories(t.file().toAbsolutePath().getParent());
                    }
                    stream = new BufferedOutputStream(Files.newOutputStream(t.file()));
                    o.files.add(stream);
                }
                o.writers.add(writer(t.format(), stream, lang, rules));
            }
        } catch (IOException | RuntimeException e) {
            o.close();
            throw e;
        }
        return o;
    }

    private static ResultWriter writer(OutputPlan.Format f, OutputStream s, Lang lang, RuleSet rules)
            throws IOException {
        return switch (f) {
            case text -> new TextResultWriter(s instanceof PrintStream p ? p
                    : new PrintStream(s, false, StandardCharsets.UTF_8), lang);
            case json -> new JsonResultWriter(s, lang, Version.current());
            case sarif -> new SarifWriter(s, lang, Version.current(), rules);
            case junit -> new JUnitXmlWriter(s, lang, rules);
            case html -> new HtmlReportWriter(s, lang);
            case xlsx -> new XlsxWriter(s, lang);
        };
    }

    ResultWriter writer() {
        return writers.size() == 1 ? writers.get(0) : new MultiWriter(writers);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
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
