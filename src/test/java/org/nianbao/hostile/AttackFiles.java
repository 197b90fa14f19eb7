package org.nianbao.hostile;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * The inputs of the hostile-input and server audit (issue 17), built in the test: each is small on disk and costly
 * to whatever reads it without a bound — a .docx whose styles or numbering part is huge, a .docx whose parts are
 * BZIP2-compressed (a method {@code java.util.zip} cannot read, but POI can), a PDF whose form XObjects draw each
 * other ten times over, a PDF that lies about its page count, and a zip of zeros.
 */
final class AttackFiles {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private AttackFiles() {
    }

    /** The seed .docx with a styles.xml of {@code styles} paragraph styles (580,000 ≈ 75 MB, a 3.5 MB file). */
    static byte[] hugeStyles(int styles) {
        RawZip.Part part = streamed("word/styles.xml", out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"" + W
                    + "\">");
            for (int i = 0; i < styles; i++) {
                write(out, "<w:style w:type=\"paragraph\" w:styleId=\"s" + i + "\"><w:name w:val=\"Style " + i
                        + "\"/><w:basedOn w:val=\"Normal\"/><w:rPr><w:sz w:val=\"24\"/></w:rPr></w:style>");
            }
            write(out, "</w:styles>");
        });
        return replacing(Seeds.of("docx"), part);
    }

    /** The seed .docx with a numbering.xml of {@code entries} numbering instances, all of one abstract list. */
    static byte[] hugeNumbering(int entries) {
        RawZip.Part part = streamed("word/numbering.xml", out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering xmlns:w=\"" + W
                    + "\"><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                    + "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl></w:abstractNum>");
            for (int i = 1; i <= entries; i++) {
                write(out, "<w:num w:numId=\"" + i + "\"><w:abstractNumId w:val=\"0\"/></w:num>");
            }
            write(out, "</w:numbering>");
        });
        List<RawZip.Part> parts = new ArrayList<>();
        for (Mutator.Entry e : Mutator.entries(Seeds.of("docx"))) {
            String data = new String(e.data(), StandardCharsets.UTF_8);
            if (e.name().equals("[Content_Types].xml")) {
                data = data.replace("</Types>", "<Override PartName=\"/word/numbering.xml\" ContentType=\""
                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/></Types>");
            } else if (e.name().equals("word/_rels/document.xml.rels")) {
                data = data.replace("</Relationships>", "<Relationship Id=\"rIdNum\" Type=\"http://schemas."
                        + "openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
                        + "</Relationships>");
            }
            parts.add(RawZip.deflate(e.name(), data.getBytes(StandardCharsets.UTF_8)));
        }
        parts.add(part);
        return RawZip.writeParts(parts);
    }

    /**
     * A .docx whose [Content_Types].xml (first, as Word writes it) and body are BZIP2-compressed, the body a table of
     * {@code cells} cells: past the cell limit, which a guard that cannot read BZIP2 would never count.
     */
    static byte[] bzip2Body(int cells) {
        List<RawZip.Part> parts = new ArrayList<>();
        List<Mutator.Entry> entries = new ArrayList<>(Mutator.entries(Seeds.of("docx")));
        entries.sort((a, b) -> Boolean.compare(!a.name().equals("[Content_Types].xml"),
                !b.name().equals("[Content_Types].xml")));
        for (Mutator.Entry e : entries) {
            if (e.name().equals("[Content_Types].xml")) {
                parts.add(bzip2(e.name(), e.data()));
            } else if (e.name().equals("word/document.xml")) {
                parts.add(bzip2(e.name(), table(cells, 0)));
            } else {
                parts.add(RawZip.deflate(e.name(), e.data()));
            }
        }
        return RawZip.writeParts(parts);
    }

    /**
     * The seed .docx whose body is one table of {@code cells} numbered cells: 150,000 is within every limit; POI
     * held over 200 MB for it, the streaming reader checks it within 64 MB.
     */
    static byte[] largeTable(int cells) {
        return replacing(Seeds.of("docx"), RawZip.deflate("word/document.xml", table(cells, 0)));
    }

    /**
     * A .docx within every limit that a 40 MB heap cannot check: 199,000 cells of 20 characters each (every cell is
     * held until the table is done), checked within 96 MB. Seven good reports in every format check within 36 MB.
     */
    static byte[] heavyTable() {
        return replacing(Seeds.of("docx"), RawZip.deflate("word/document.xml", table(199_000, 20)));
    }

    /**
     * Writes the seed .docx with a body of one table of {@code cells} cells laid out as an XML pretty-printer lays
     * them out (each cell with its width, on indented lines): 125,000 cells make a 1.2 MB file of 79 MB of XML,
     * within every default limit, that POI could not read in 512 MB. Streamed to the file, never held whole here.
     */
    static void wideIndentedTable(Path file, int cells) throws IOException {
        String indent = "\n" + " ".repeat(52);
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(new BufferedOutputStream(
                java.nio.file.Files.newOutputStream(file)))) {
            for (Mutator.Entry e : Mutator.entries(Seeds.of("docx"))) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.name()));
                if (!e.name().equals("word/document.xml")) {
                    zip.write(e.data());
                    continue;
                }
                java.io.Writer xml = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
                xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document xmlns:w=\"" + W
                        + "\">\n  <w:body>\n    <w:tbl>");
                for (int i = 0; i < cells; i++) {
                    if (i % 10 == 0) {
                        xml.write(indent + "<w:tr>");
                    }
                    xml.write(indent + "<w:tc>" + indent + "<w:tcPr>" + indent + "<w:tcW w:w=\"1000\"/>" + indent
                            + "</w:tcPr>" + indent + "<w:p>" + indent + "<w:r>" + indent + "<w:t>"
                            + i * 7919L % 100003 + "</w:t>" + indent + "</w:r>" + indent + "</w:p>" + indent
                            + "</w:tc>");
                    if (i % 10 == 9) {
                        xml.write(indent + "</w:tr>");
                    }
                }
                xml.write("\n    </w:tbl>\n  </w:body>\n</w:document>\n");
                xml.flush();
            }
        }
    }

    /**
     * A body of one table of ten columns, the cells numbered so that no ratio check takes it for a bomb, each number
     * repeated to {@code length} characters when that is not 0.
     */
    private static byte[] table(int cells, int length) {
        StringBuilder body = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W
                + "\"><w:body><w:tbl>");
        for (int i = 0; i < cells; i++) {
            String number = Long.toString(i * 7919L % 100003);
            body.append(i % 10 == 0 ? "<w:tr>" : "").append("<w:tc><w:p><w:r><w:t>")
                    .append(length == 0 ? number : number.repeat(length).substring(0, length))
                    .append("</w:t></w:r></w:p></w:tc>").append(i % 10 == 9 ? "</w:tr>" : "");
        }
        return body.append("</w:tbl></w:body></w:document>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The seed .docx with every entry BZIP2-compressed, nothing else changed: a reader may read or refuse it. */
    static byte[] bzip2Seed() {
        List<RawZip.Part> parts = new ArrayList<>();
        for (Mutator.Entry e : Mutator.entries(Seeds.of("docx"))) {
            parts.add(bzip2(e.name(), e.data()));
        }
        return RawZip.writeParts(parts);
    }

    /**
     * A one-page PDF whose page draws form X0 ten times, X0 draws X1 ten times, … down to {@code depth} levels, the
     * last drawing a short line and a glyph: about 3 KB, and 10^depth draws to whoever follows them all.
     */
    static byte[] xobjectFanOut(int depth) {
        int first = 6; // objects 6 … 6+depth-1 are the forms X0 … X(depth-1)
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >>"
                + " /XObject << /X " + first + " 0 R >> >> /Contents 5 0 R >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        objects.add(stream("BT /F1 12 Tf 72 770 Td (fan-out) Tj ET " + "/X Do ".repeat(10)));
        for (int level = 0; level < depth; level++) {
            boolean last = level == depth - 1;
            String content = last ? "0 0 m 10 10 l S BT /F1 1 Tf 1 1 Td (x) Tj ET" : "/X Do ".repeat(10);
            String resources = last ? "<< /Font << /F1 4 0 R >> >>"
                    : "<< /XObject << /X " + (first + level + 1) + " 0 R >> >>";
            objects.add("<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources " + resources + " /Length "
                    + content.length() + " >>\nstream\n" + content + "\nendstream");
        }
        return pdf(objects);
    }

    /** A one-page PDF with a line of text whose page tree declares {@code declaredCount} pages. */
    static byte[] lyingPageCount(long declaredCount) {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count " + declaredCount + " >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                + " /Contents 5 0 R >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        objects.add(stream("BT /F1 12 Tf 72 770 Td (one page of text) Tj ET"));
        return pdf(objects);
    }

    /**
     * A zip of {@code entries} files of {@code megabytes} MB of zero bytes each: 20 × 48 MB is about 1 MB on disk,
     * within every per-file and per-batch upload limit, and nearly 1 GB unpacked.
     */
    static byte[] zipOfZeros(int entries, int megabytes) {
        List<RawZip.Part> parts = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            parts.add(RawZip.repeated("zeros-" + i + ".docx", new byte[1 << 20], megabytes));
        }
        return RawZip.writeParts(parts);
    }

    private static String stream(String content) {
        return "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
    }

    private static byte[] pdf(List<String> objects) {
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.length());
            out.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            out.append(String.format("%010d 00000 n \n", offset));
        }
        out.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R")
                .append(" >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The seed's entries with one replaced (or added) by {@code part}. */
    private static byte[] replacing(byte[] docx, RawZip.Part part) {
        List<RawZip.Part> parts = new ArrayList<>();
        for (Mutator.Entry e : Mutator.entries(docx)) {
            if (!e.name().equals(part.name())) {
                parts.add(RawZip.deflate(e.name(), e.data()));
            }
        }
        parts.add(part);
        return RawZip.writeParts(parts);
    }

    /** Writes a part's content. */
    @FunctionalInterface
    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** An entry deflated as it is written, so a part of many megabytes is never held whole. */
    private static RawZip.Part streamed(String name, Writing writing) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        long[] size = {0};
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        OutputStream deflating = new DeflaterOutputStream(compressed, deflater, 65536) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                crc.update(b, off, len);
                size[0] += len;
                super.write(b, off, len);
            }
        };
        try (OutputStream out = new BufferedOutputStream(deflating, 65536)) {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return new RawZip.Part(name, compressed.toByteArray(), crc.getValue(), size[0], RawZip.DEFLATED);
    }

    private static RawZip.Part bzip2(String name, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BZip2CompressorOutputStream bz = new BZip2CompressorOutputStream(out)) {
            bz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CRC32 crc = new CRC32();
        crc.update(data);
        return new RawZip.Part(name, out.toByteArray(), crc.getValue(), data.length, RawZip.BZIP2);
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
