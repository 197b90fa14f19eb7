package org.nianbao.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The good files the hostile inputs are made from: the seed report in each format, by reader name. */
final class Seeds {
    private static final Map<String, byte[]> BYTES = new LinkedHashMap<>();

    static {
        BYTES.put("json", read(Path.of("samples/seed.json")));
        BYTES.put("docx", read(Path.of("../shared/samples/seed.docx")));
        BYTES.put("doc", read(Path.of("../shared/samples/seed.doc")));
        BYTES.put("html", read(Path.of("../shared/samples/seed.html")));
        BYTES.put("pdf", read(Path.of("../shared/samples/seed.pdf")));
    }

    private Seeds() {
    }

    static Map<String, byte[]> all() {
        return BYTES;
    }

    static byte[] of(String reader) {
        return BYTES.get(reader);
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
