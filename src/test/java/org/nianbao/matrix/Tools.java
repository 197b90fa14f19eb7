package org.nianbao.matrix;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Where the producers' programs and fonts are on this machine, asked once. */
final class Tools {
    private static final Map<String, Optional<String>> FONTS = new ConcurrentHashMap<>();

    private Tools() {
    }

    /** The first of the names found on the PATH, as a full path. */
    static Optional<String> onPath(String... names) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toString());
                }
            }
        }
        return Optional.empty();
    }

    /** The installed font file fontconfig gives for a family, if that family itself is installed. */
    static Optional<String> font(String family) {
        return FONTS.computeIfAbsent(family, f -> Optional.ofNullable(
                ExternalProcess.firstLine(List.of("fc-list", f + ":lang=zh", "file")))
                .filter(line -> line.startsWith("/")));
    }

    /** Whether any font with Chinese glyphs is installed. */
    static boolean anyCjkFont() {
        return Optional.ofNullable(ExternalProcess.firstLine(List.of("fc-list", ":lang=zh", "file")))
                .filter(line -> line.startsWith("/")).isPresent();
    }
}
