package org.nianbao.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floors: the least any reader of these files must do, to compare our readers with. docx: find
 * {@code word/document.xml} in the zip and pull every StAX event through, collecting the text; odt: the same with
 * {@code content.xml}. PDF: PDFBox loads
 * the file and {@link PDFTextStripper} extracts its text (no tables, no positions kept).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Xms512m", "-Xmx512m"})
@Threads(1)
public class FloorBenchmark {
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** The inputs, loaded once per fork. */
    @State(Scope.Benchmark)
    public static class Inputs {
        byte[] docx;
        byte[] odt;
        byte[] pdf;
        byte[] huaian;
        byte[] hongze;

        @Setup(Level.Trial)
        public void setUp() {
            Samples.pdfboxFontCache();
            docx = Samples.bytes("docx");
            odt = Samples.bytes("odt");
            pdf = Samples.bytes("pdf");
            huaian = Samples.bytes(Samples.HUAIAN);
            hongze = Samples.bytes(Samples.HONGZE);
        }
    }

    @Benchmark
    public String docxStax(Inputs in) throws IOException, XMLStreamException {
        return zipPartText(in.docx, "word/document.xml");
    }

    @Benchmark
    public String odtStax(Inputs in) throws IOException, XMLStreamException {
        return zipPartText(in.odt, "content.xml");
    }

    @Benchmark
    public String pdfTextStripper(Inputs in) throws IOException {
        return pdfText(in.pdf);
    }

    @Benchmark
    public String huaianTextStripper(Inputs in) throws IOException {
        return pdfText(in.huaian);
    }

    @Benchmark
    public String hongzeTextStripper(Inputs in) throws IOException {
        return pdfText(in.hongze);
    }

    private static String zipPartText(byte[] zipped, String part) throws IOException, XMLStreamException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (part.equals(e.getName())) {
                    return text(zip);
                }
            }
        }
        throw new IOException("no " + part);
    }

    private static String text(InputStream in) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        XMLStreamReader r = XML.createXMLStreamReader(in, "UTF-8");
        try {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    sb.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                }
            }
        } finally {
            r.close();
        }
        return sb.toString();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = PDDocument.load(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
