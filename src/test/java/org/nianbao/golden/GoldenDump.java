package org.nianbao.golden;

import java.util.List;
import org.nianbao.model.Location;
import org.nianbao.model.Report;
import org.nianbao.parse.DocumentParser;
import org.nianbao.parse.FormatSniffer;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.json.JsonReportReader;
import org.nianbao.recognize.ReportRecognizer;
import org.nianbao.report.ModelJsonWriter;
import org.nianbao.run.Readers;

/**
 * What the readers make of one file, as text a reviewer can diff: the raw document (each paragraph with its
 * numbering label, heading level, bold, size and place; each table with every cell's span, text and place) and
 * then the model as {@code extract} prints it; or the outcome when the file cannot be read.
 */
public final class GoldenDump {
    private static final ReportRecognizer RECOGNIZER = new ReportRecognizer();

    private GoldenDump() {
    }

    public static String of(String name, byte[] content) {
        StringBuilder out = new StringBuilder("# ").append(name).append('\n');
        InputFormat format = FormatSniffer.detect(content);
        out.append("format: ").append(format.id()).append('\n');
        try {
            Report report;
            if (format == InputFormat.JSON) {
                report = new JsonReportReader().read(content, ReadLimits.DEFAULT);
            } else {
                DocumentParser parser = Readers.parsers().get(format);
                if (parser == null) {
                    return out.append("no reader\n").toString();
                }
                RawDocument raw = parser.parse(content, ReadLimits.DEFAULT);
                out.append("## raw document\n").append(raw(raw));
                report = RECOGNIZER.recognize(raw);
            }
            out.append("## model (extract)\n").append(ModelJsonWriter.write(report));
        } catch (ReadFailure e) {
            out.append("## unreadable\n").append(e.problem().code()).append(": ").append(e.getMessage()).append('\n');
        }
        return out.toString();
    }

    /** The raw document, one line per paragraph and per cell. */
    public static String raw(RawDocument d) {
        StringBuilder out = new StringBuilder();
        if (d.published() != null) {
            out.append("published ").append(d.published()).append('\n');
        }
        for (RawBlock b : d.blocks()) {
            if (b instanceof RawParagraph p) {
                out.append("P ").append(escape(p.text()));
                if (p.numberingLabel() != null) {
                    out.append(" |label ").append(escape(p.numberingLabel()));
                }
                if (p.headingLevel() != 0) {
                    out.append(" |h").append(p.headingLevel());
                }
                if (p.bold()) {
                    out.append(" |bold");
                }
                if (p.fontSize() != 0) {
                    out.append(" |").append(p.fontSize()).append("pt");
                }
                out.append(" @").append(place(p.source())).append('\n');
            } else if (b instanceof RawTable t) {
                out.append("T").append(t.index()).append(' ').append(t.rowCount()).append('x').append(t.columnCount())
                        .append(t.nested() ? " nested" : "").append(" @").append(place(t.source())).append('\n');
                for (RawCell c : t.cells()) {
                    out.append("  [").append(c.row()).append(',').append(c.col()).append(' ').append(c.rowSpan())
                            .append('x').append(c.colSpan()).append("] ").append(escape(c.text())).append(" @")
                            .append(place(c.source())).append('\n');
                }
            } else {
                out.append("? ").append(b).append('\n');
            }
        }
        return out.toString();
    }

    private static String place(Location l) {
        if (l == null) {
            return "-";
        }
        StringBuilder s = new StringBuilder();
        field(s, "p", l.page());
        field(s, "t", l.tableIndex());
        field(s, "r", l.printedRow());
        field(s, "c", l.printedColumn());
        field(s, "para", l.paragraph());
        field(s, "ptr", l.pointer());
        field(s, "from", l.charStart());
        field(s, "to", l.charEnd());
        field(s, "box", l.box());
        return s.length() == 0 ? "-" : s.toString();
    }

    private static void field(StringBuilder s, String name, Object value) {
        if (value != null) {
            s.append(s.length() == 0 ? "" : ",").append(name).append('=').append(value);
        }
    }

    private static String escape(String text) {
        return text == null ? "null" : text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t");
    }

    /** The file's name and the first line where the expected and actual dumps part, with its neighbours. */
    static String firstDifference(String name, String expected, String actual) {
        if (expected == null) {
            return name + ": no golden file";
        }
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int i = 0;
        while (i < e.size() && i < a.size() && e.get(i).equals(a.get(i))) {
            i++;
        }
        return name + " line " + (i + 1) + ":\n  expected: " + (i < e.size() ? e.get(i) : "<end>")
                + "\n  actual:   " + (i < a.size() ? a.get(i) : "<end>");
    }
}
