package org.nianbao.run;

import java.util.Locale;
import java.util.Set;

/**
 * Which files under a folder (or in a zip) are taken as reports: every file with a report-like extension, or none
 * (as saved web pages often have), never a hidden one. The format is decided by content later, not here; a file
 * named on the command line is always taken. {@link Inputs} walks the folders.
 */
public final class FileCollector {
    private static final Set<String> EXTENSIONS = Set.of("json", "docx", "doc", "odt", "fodt", "pdf", "html", "htm",
            "shtml", "xhtml", "wps", "png", "jpg", "jpeg", "tif", "tiff");

    private FileCollector() {
    }

    /** Whether a file of this name, found in a folder or a zip, is checked. */
    public static boolean looksLikeReport(String name) {
        if (isHidden(name)) {
            return false;
        }
        String ext = extension(name);
        return ext.isEmpty() || EXTENSIONS.contains(ext);
    }

    static boolean isHidden(String name) {
        return name.startsWith(".");
    }

    /** The extension, lower case, without the dot; empty when none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
