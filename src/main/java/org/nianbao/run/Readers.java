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
import org.nianbao.parse.scan.ImageParser;
import org.nianbao.parse.scan.OcrFallback;
import org.nianbao.recognize.ReportRecognizer;
import org.nianbao.rules.BalanceProofreader;
import org.nianbao.rules.RuleFileException;
import org.nianbao.rules.RuleLoader;
import org.nianbao.rules.RuleSet;

/**
 * The document parsers nianbao has, by format, and the recognizer that turns their output into the model. Adding a
 * format means adding its parser here; JSON submissions are the model already and need no recognizer.
 */
public final class Readers {
    private Readers() {
    }

    /** Every reader, scans read by OCR. */
    public static Map<InputFormat, DocumentParser> parsers() {
        return parsers(true);
    }

    /**
     * Every reader; with {@code ocr} false a scanned PDF or an image of a report is {@code INPUT.NO_TEXT}
     * ({@code --no-ocr}).
     */
    public static Map<InputFormat, DocumentParser> parsers(boolean ocr) {
        Map<InputFormat, DocumentParser> out = new EnumMap<>(InputFormat.class);
        for (DocumentParser p : List.of(new DocxParser(), new DocParser(), new OdtParser(),
                new OcrFallback(new PdfParser(), ocr), new HtmlParser(),
                new ImageParser(InputFormat.PNG, ocr), new ImageParser(InputFormat.JPEG, ocr),
                new ImageParser(InputFormat.TIFF, ocr))) {
            out.put(p.format(), p);
        }
        return out;
    }

    /** The recognizer, unsure OCR readings settled by the built-in balances. */
    public static Function<RawDocument, Report> recognizer() {
        try {
            return recognizer(RuleLoader.builtIn());
        } catch (RuleFileException e) {
            throw new IllegalStateException("the built-in rules do not load", e);
        }
    }

    /** The recognizer, unsure OCR readings settled by the balances of these rules (the ones the check runs). */
    public static Function<RawDocument, Report> recognizer(RuleSet rules) {
        ReportRecognizer recognizer = new ReportRecognizer(new BalanceProofreader(rules));
        return recognizer::recognize;
    }
}
