package org.nianbao.matrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Headless Chromium printing a page to PDF ({@code --print-to-pdf}), as a portal's page becomes a PDF: Skia's
 * PDF backend, Type 3 fonts. Each print gets a fresh profile, so concurrent prints never share one.
 */
final class Chromium {
    private final String binary;

    private Chromium(String binary) {
        this.binary = binary;
    }

    /** Chromium, or empty with the reason it cannot be used here. */
    static Optional<Chromium> find(StringBuilder why) {
        Optional<String> binary = Tools.onPath("chromium", "chromium-browser", "google-chrome");
        if (binary.isEmpty()) {
            why.append("Chromium is not installed (Debian package chromium)");
            return Optional.empty();
        }
        if (!Tools.anyCjkFont()) {
            why.append("no CJK font is installed (fonts-wqy-zenhei or fonts-noto-cjk): Chinese would print as boxes");
            return Optional.empty();
        }
        return Optional.of(new Chromium(binary.get()));
    }

    String version() {
        return ExternalProcess.firstLine(List.of(binary, "--version"));
    }

    /** Prints the page to a PDF; {@code pageCss} (an @page rule) goes into the page's head first when given. */
    void print(Path html, String pageCss, Path pdf, Path log) throws IOException {
        Path profile = Files.createTempDirectory("nianbao-chromium-");
        try {
            Path page = PageCss.apply(html, pageCss, profile);
            ExternalProcess.run(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile.resolve("profile"), "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf.toAbsolutePath(), page.toUri().toString()), 120, log);
            if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                throw new IOException("Chromium wrote no PDF for " + html.getFileName() + " (log: " + log + ")");
            }
        } finally {
            Cleanup.deleteTree(profile);
        }
    }
}
