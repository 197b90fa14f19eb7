package org.nianbao.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds the hostile files of the named cases, cheaply, in memory. */
final class HostileFiles {
    static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String DOC_OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String BODY_OPEN = "<w:document xmlns:w=\"" + W_NS + "\"><w:body>";
    private static final String BODY_CLOSE = "</w:body></w:document>";

    private HostileFiles() {
    }

    /** The seed .docx with word/document.xml replaced by the given XML. */
    static byte[] docxWithBody(String documentXml) {
        List<Mutator.Entry> entries = new ArrayList<>();
        for (Mutator.Entry e : Mutator.entries(Seeds.of("docx"))) {
            entries.add(e.name().equals("word/document.xml")
                    ? new Mutator.Entry(e.name(), documentXml.getBytes(StandardCharsets.UTF_8)) : e);
        }
        return Mutator.zip(entries);
    }

    static String wordDocument(String doctype, String body) {
        return DOC_OPEN + doctype + BODY_OPEN + body + BODY_CLOSE;
    }

    static String paragraph(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    /** Nine levels of ten entity references each: a billion copies of "lol" if expanded. */
    static String billionLaughsDoctype(String root) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return dtd.append("]>").toString();
    }

    static String externalEntityDoctype(String root, String fileUri) {
        return "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + fileUri + "\">]>";
    }

    /** A table of the given rows × 3 cells, as WordprocessingML. */
    static String wordTable(int rows) {
        StringBuilder b = new StringBuilder("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>");
        for (int r = 0; r < rows; r++) {
            b.append("<w:tr><w:tc>").append(paragraph("行" + r)).append("</w:tc><w:tc>").append(paragraph("1"))
                    .append("</w:tc><w:tc>").append(paragraph("2")).append("</w:tc></w:tr>");
        }
        return b.append("</w:tbl>").toString();
    }

    /** Tables nested in the first cell of each other, {@code depth} deep. */
    static String nestedWordTables(int depth) {
        String open = "<w:tbl><w:tr><w:tc>";
        String close = paragraph("x") + "</w:tc></w:tr></w:tbl>";
        return open.repeat(depth) + paragraph("深") + close.repeat(depth);
    }

    /**
     * A document.xml inflating to about {@code megabytes} MB from a zip over 100 times smaller, yet compressed less
     * than 100:1, so POI's inflate-ratio guard (1:100) lets it through: only a size guard stops it.
     */
    static byte[] moderateBomb(int megabytes) {
        Random random = new Random(7);
        StringBuilder chunk = new StringBuilder(1 << 20);
        String filler = "本年度报告中所列数据的统计期限自年月日起至年月日止".repeat(3);
        while (chunk.length() < (1 << 19)) {
            // a few random letters per paragraph keep the ratio near 1:50
            chunk.append("<w:p><w:r><w:t>").append(filler).append((char) ('a' + random.nextInt(26)))
                    .append((char) ('a' + random.nextInt(26))).append(random.nextInt(1000))
                    .append("</w:t></w:r></w:p>");
        }
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        int times = (int) ((long) megabytes * (1 << 20) / bytes.length);
        return docxWithPart(RawZip.repeated("word/document.xml", bytes, times), DOC_OPEN + BODY_OPEN, BODY_CLOSE);
    }

    /** A document.xml of {@code megabytes} MB of spaces: a classic, very high ratio bomb. */
    static byte[] spaceBomb(int megabytes) {
        byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        return docxWithPart(RawZip.repeated("word/document.xml", spaces, megabytes), DOC_OPEN + BODY_OPEN,
                BODY_CLOSE);
    }

    /**
     * The seed's other parts and a document.xml made of head + the big middle part + tail; the three are deflated
     * separately and joined as one deflate stream (each piece is flushed, so the joins are valid).
     */
    private static byte[] docxWithPart(RawZip.Part middle, String head, String tail) {
        RawZip.Part h = RawZip.repeated("h", head.getBytes(StandardCharsets.UTF_8), 1);
        RawZip.Part t = RawZip.repeated("t", tail.getBytes(StandardCharsets.UTF_8), 1);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        // each repeated() ends with a 2-byte final block: keep only the last one
        data.write(h.data(), 0, h.data().length - 2);
        data.write(middle.data(), 0, middle.data().length - 2);
        data.write(t.data(), 0, t.data().length);
        java.util.zip.CRC32 unknown = new java.util.zip.CRC32();
        long size = h.size() + middle.size() + t.size();
        List<RawZip.Part> parts = new ArrayList<>();
        for (Mutator.Entry e : Mutator.entries(Seeds.of("docx"))) {
            if (!e.name().equals("word/document.xml")) {
                parts.add(RawZip.deflate(e.name(), e.data()));
            }
        }
        // the CRC would take a pass over gigabytes to compute; a reader must give up long before it checks it
        parts.add(new RawZip.Part("word/document.xml", data.toByteArray(), unknown.getValue(), size, RawZip.DEFLATED));
        return RawZip.writeParts(parts);
    }

    /** A docx with {@code extra} more (empty) entries than the seed. */
    static byte[] manyEntries(int extra) {
        List<Mutator.Entry> entries = new ArrayList<>(Mutator.entries(Seeds.of("docx")));
        for (int i = 0; i < extra; i++) {
            entries.add(new Mutator.Entry("customXml/item" + i + ".xml", new byte[0]));
        }
        return Mutator.zip(entries);
    }

    /** A zip nested in a zip, {@code depth} deep, as the docx's only embedding. */
    static byte[] nestedZips(int depth) {
        byte[] inner = "deepest".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < depth; i++) {
            inner = Mutator.zip(List.of(new Mutator.Entry("z" + i + ".zip", inner)));
        }
        List<Mutator.Entry> entries = new ArrayList<>(Mutator.entries(Seeds.of("docx")));
        entries.add(new Mutator.Entry("word/embeddings/nested.zip", inner));
        return Mutator.zip(entries);
    }

    /** A page with a table of {@code rows} rows × 3 cells. */
    static String htmlTable(int rows) {
        StringBuilder b = new StringBuilder("<html><body><h1>2023年政府信息公开工作年度报告</h1><table>");
        for (int r = 0; r < rows; r++) {
            b.append("<tr><td>行").append(r).append("</td><td>1</td><td>2</td></tr>");
        }
        return b.append("</table></body></html>").toString();
    }

    /** A PDF of {@code pages} blank pages sharing one empty content stream, written by hand. */
    static byte[] manyPagePdf(int pages) {
        return pdf(pages, "");
    }

    /** A PDF of {@code pages} pages each ruled into a grid of {@code lines} × {@code lines} lines: a huge table. */
    static byte[] gridPdf(int pages, int lines) {
        StringBuilder grid = new StringBuilder("0.2 w\n");
        double step = 700.0 / lines;
        for (int i = 0; i <= lines; i++) {
            double y = 60 + i * step * 1.0;
            double x = 40 + i * step * 0.7;
            grid.append(String.format(java.util.Locale.ROOT, "40 %.2f m 530 %.2f l S\n", y, y));
            grid.append(String.format(java.util.Locale.ROOT, "%.2f 60 m %.2f 760 l S\n", x, x));
        }
        return pdf(pages, grid.toString());
    }

    /** A PDF of the given objects, numbered from 1 (the first is the catalog), with a correct xref table. */
    static byte[] rawPdf(List<String> objects) {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj").append(objects.get(i)).append(" endobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(offsets.size() + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            pdf.append(String.format("%010d 00000 n \n", o));
        }
        pdf.append("trailer<</Size ").append(offsets.size() + 1).append("/Root 1 0 R>>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pdf(int pages, String content) {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        int first = 4; // objects 1–3 are catalog, page tree, content; pages follow
        offsets.add(pdf.length());
        pdf.append("1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n");
        offsets.add(pdf.length());
        pdf.append("2 0 obj<</Type/Pages/Count ").append(pages).append("/Kids[");
        for (int i = 0; i < pages; i++) {
            pdf.append(first + i).append(" 0 R ");
        }
        pdf.append("]>>endobj\n");
        offsets.add(pdf.length());
        pdf.append("3 0 obj<</Length ").append(content.length()).append(">>stream\n").append(content)
                .append("\nendstream endobj\n");
        for (int i = 0; i < pages; i++) {
            offsets.add(pdf.length());
            pdf.append(first + i)
                    .append(" 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 3 0 R>>endobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(offsets.size() + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            pdf.append(String.format("%010d 00000 n \n", o));
        }
        pdf.append("trailer<</Size ").append(offsets.size() + 1).append("/Root 1 0 R>>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
