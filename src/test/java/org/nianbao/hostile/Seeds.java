package org.nianbao.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The good files the hostile inputs are made from: the seed report in each format, by reader name, and for the
 * fuzzer a few more of each format that reach other code (numbering, content controls, tracked changes, nested
 * tables, another PDF font kind, an OpenDocument package's lists and spans, and its flat XML form).
 */
final class Seeds {
    private static final Map<String, byte[]> BYTES = new LinkedHashMap<>();
    private static final Map<String, List<byte[]>> VARIANTS = new LinkedHashMap<>();
    private static final String DOCUMENTS = "src/test/resources/documents/";

    static {
        BYTES.put("json", read(Path.of("samples/seed.json")));
        BYTES.put("docx", read(Path.of("src/test/resources/reports/samples/seed.docx")));
        BYTES.put("doc", read(Path.of("src/test/resources/reports/samples/seed.doc")));
        BYTES.put("html", read(Path.of("src/test/resources/reports/samples/seed.html")));
        BYTES.put("pdf", read(Path.of("src/test/resources/reports/samples/seed.pdf")));
        BYTES.put("odt", read(Path.of(DOCUMENTS + "odt/seed-soffice.odt")));
        BYTES.forEach((reader, bytes) -> VARIANTS.put(reader, new ArrayList<>(List.of(bytes))));
        VARIANTS.get("json").add(read(Path.of("samples/rules/T3.BALANCE.json")));
        VARIANTS.get("docx").add(read(Path.of("src/test/resources/reports/samples/edge-sdt-gridbefore-trackchange.docx")));
        VARIANTS.get("docx").add(read(Path.of(DOCUMENTS + "docx/numbered-soffice-chinese-counting.docx")));
        VARIANTS.get("docx").add(read(Path.of(DOCUMENTS + "docx/structure-soffice-nested-multipara.docx")));
        VARIANTS.get("doc").add(read(Path.of(DOCUMENTS + "doc/trackchange.doc")));
        VARIANTS.get("html").add(read(Path.of(DOCUMENTS + "html/seed-libreoffice.html")));
        VARIANTS.get("pdf").add(read(Path.of("src/test/resources/reports/samples/seed-truetype.pdf")));
        VARIANTS.get("odt").add(read(Path.of(DOCUMENTS + "odt/numbering-soffice.odt")));
        VARIANTS.get("odt").add(read(Path.of(DOCUMENTS + "odt/structure-soffice.odt")));
        VARIANTS.get("odt").add(read(Path.of(DOCUMENTS + "odt/edge-soffice.odt")));
        VARIANTS.get("odt").add(read(Path.of(DOCUMENTS + "odt/seed-soffice.fodt")));
    }

    private Seeds() {
    }

    static Map<String, byte[]> all() {
        return BYTES;
    }

    static byte[] of(String reader) {
        return BYTES.get(reader);
    }

    /** The fuzzer's starting files for a reader, the seed report first. */
    static List<byte[]> variants(String reader) {
        return VARIANTS.get(reader);
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
