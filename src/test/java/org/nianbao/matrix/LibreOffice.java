package org.nianbao.matrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * LibreOffice converting many files in one headless run ({@code soffice --convert-to}), with a user profile of its
 * own (so it never collides with another soffice on the machine), deleted on close.
 */
final class LibreOffice implements AutoCloseable {
    /** Opens a web page as a Writer document rather than in Writer/Web, which has no Word or PDF export of tables. */
    static final String HTML_AS_WRITER = "HTML (StarWriter)";

    private final String binary;
    private final Path profile;

    private LibreOffice(String binary) throws IOException {
        this.binary = binary;
        this.profile = Files.createTempDirectory("nianbao-soffice-");
    }

    /** LibreOffice, or empty with the reason it cannot be used here. */
    static Optional<LibreOffice> find(StringBuilder why) throws IOException {
        Optional<String> binary = Tools.onPath("soffice", "libreoffice");
        if (binary.isEmpty()) {
            why.append("LibreOffice is not installed (Debian package libreoffice-writer-nogui)");
            return Optional.empty();
        }
        return Optional.of(new LibreOffice(binary.get()));
    }

    String version() {
        return ExternalProcess.firstLine(List.of(binary, "--version"));
    }

    /**
     * Converts every input into {@code outDir} (same base name, the target's extension) in one run.
     *
     * @param convertTo {@code ext} or {@code ext:Filter name}
     * @param infilter  the import filter, or null to let LibreOffice choose
     */
    void convert(List<Path> inputs, String convertTo, String infilter, Path outDir, Path log) throws IOException {
        if (inputs.isEmpty()) {
            return;
        }
        Files.createDirectories(outDir);
        List<String> command = new ArrayList<>(List.of(binary, "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--nolockcheck"));
        if (infilter != null) {
            command.add("--infilter=" + infilter);
        }
        command.addAll(List.of("--convert-to", convertTo, "--outdir", outDir.toString()));
        inputs.forEach(p -> command.add(p.toString()));
        ExternalProcess.run(command, 120 + 20L * inputs.size(), log);
    }

    @Override
    public void close() {
        Cleanup.deleteTree(profile);
    }
}
