package org.nianbao.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths a user gives into the files to check. A file named on the command line is always checked;
 * under a folder, every file with a report-like extension (or none, as saved web pages often have) is taken,
 * recursively and in name order, skipping hidden files. The format is decided by content later, not here.
 */
public final class FileCollector {
    private static final Set<String> EXTENSIONS = Set.of("json", "docx", "doc", "odt", "fodt", "pdf", "html", "htm",
            "shtml", "xhtml", "wps");

    private FileCollector() {
    }

    public static List<Path> collect(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(FileCollector::looksLikeReport).sorted()
                            .forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean looksLikeReport(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 || EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
