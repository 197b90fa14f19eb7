package org.nianbao.run;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nianbao.model.Report;
import org.nianbao.parse.DocumentParser;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.doc.DocParser;
import org.nianbao.parse.docx.DocxParser;
import org.nianbao.parse.html.HtmlParser;
import org.nianbao.parse.odt.OdtParser;
import org.nianbao.parse.pdf.PdfParser;
import org.nianbao.recognize.ReportRecognizer;

/**
 * The document parsers nianbao has, by format, and the recognizer that turns their output into the model. Adding a
 * format means adding its parser here; JSON submissions are the model already and need no recognizer.
 */
public final class Readers {
    private Readers() {
    }

    public static Map<InputFormat, DocumentParser> parsers() {
        Map<InputFormat, DocumentParser> out = new EnumMap<>(InputFormat.class);
        for (DocumentParser p : List.of(new DocxParser(), new DocParser(), new OdtParser(), new PdfParser(),
                new HtmlParser())) {
            out.put(p.format(), p);
        }
        return out;
    }

    public static Function<RawDocument, Report> recognizer() {
        ReportRecognizer recognizer = new ReportRecognizer();
        return recognizer::recognize;
    }
}
