package org.nianbao.matrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a {@link Producer.CommandPrint} printer (WeasyPrint, wkhtmltopdf): other layout engines than Chromium's and
 * LibreOffice's, with their own ways of breaking tables across pages and writing fonts.
 */
final class CommandPrinter {
    private CommandPrinter() {
    }

    /** Null when the printer can run here, else why not (it is not installed). */
    static String unavailable(Producer.CommandPrint p) {
        Optional<String> binary = Tools.onPath(p.program());
        if (binary.isEmpty()) {
            return p.program() + " is not installed (Debian package " + p.program() + ")";
        }
        return Tools.anyCjkFont() ? null : "no CJK font is installed (fonts-noto-cjk or fonts-wqy-zenhei)";
    }

    static String version(Producer.CommandPrint p) {
        return ExternalProcess.firstLine(List.of(p.program(), "--version"));
    }

    static void print(Producer.CommandPrint p, Path html, Path pdf, Path log) throws IOException {
        Path dir = Files.createTempDirectory("nianbao-print-");
        try {
            Path page = PageCss.apply(html, p.pageCss(), dir);
            List<String> command = new ArrayList<>();
            for (String part : p.command()) {
                command.add(part.replace("{in}", page.toAbsolutePath().toString())
                        .replace("{out}", pdf.toAbsolutePath().toString()));
            }
            ExternalProcess.run(command, 300, log);
            if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                throw new IOException(p.program() + " wrote no PDF for " + html.getFileName() + " (log: " + log + ")");
            }
        } finally {
            Cleanup.deleteTree(dir);
        }
    }
}
