package org.nianbao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The inputs the benchmarks read. The seed renderings travel in the benchmark jar (copied from
 * {@code src/test/resources/reports/samples}, the .odt from {@code src/test/resources/documents/odt/seed-soffice.odt},
 * the JSON from {@code samples/seed.json}, the failing balance from {@code samples/rules/T3.BALANCE.json}); the real
 * WPS reports are read from {@code src/test/resources/reports/real} (or the paths in {@code -Dnianbao.huaian=…},
 * {@code -Dnianbao.hongze=…}).
 */
final class Samples {
    static final String HUAIAN = "huaian";
    static final String HONGZE = "hongze";
    /** The rules' failing case: {@code samples/rules/T3.BALANCE.json}, the seed's numbers with a balance broken. */
    static final String BALANCE = "balance";
    private static final String REAL = "src/test/resources/reports/real/";

    private Samples() {
    }

    /**
     * The bytes of a sample: json, html, doc, docx, odt, pdf (the seed), balance (a JSON report whose balances fail),
     * huaian or hongze (the real WPS PDFs: 淮安市 2024 and 洪泽区 2024).
     */
    static byte[] bytes(String sample) {
        if (isReal(sample)) {
            try {
                return Files.readAllBytes(real(sample));
            } catch (IOException e) {
                throw new UncheckedIOException("the real reports are read from " + REAL + " (run from the project"
                        + " root or set -Dnianbao." + sample + "=PATH)", e);
            }
        }
        String name = BALANCE.equals(sample) ? "rules/T3.BALANCE.json" : "seed." + sample;
        try (InputStream in = Samples.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name + " in the benchmark jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file holding the sample, as {@code check} is given one: the real report in place, the seed in a temp file. */
    static Path file(String sample) throws IOException {
        if (isReal(sample)) {
            return real(sample);
        }
        Path dir = Files.createTempDirectory("nianbao-bench");
        Path file = dir.resolve(BALANCE.equals(sample) ? "T3.BALANCE.json" : "seed." + sample);
        Files.write(file, bytes(sample));
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return file;
    }

    /** PDFBox keeps its system-font cache where nianbao's PDF reader would; the floor sets it the same way. */
    static void pdfboxFontCache() {
        if (System.getProperty("pdfbox.fontcache") == null) {
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "nianbao-pdfbox-cache");
            if (Files.isDirectory(dir) || dir.toFile().mkdirs()) {
                System.setProperty("pdfbox.fontcache", dir.toAbsolutePath().toString());
            }
        }
    }

    private static boolean isReal(String sample) {
        return HUAIAN.equals(sample) || HONGZE.equals(sample);
    }

    private static Path real(String sample) {
        String file = HUAIAN.equals(sample) ? "huaian-city-gov_2024.pdf" : "huaian-hongze-district-gov_2024.pdf";
        return Path.of(System.getProperty("nianbao." + sample, REAL + file));
    }
}
