package org.nianbao.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nianbao.run.ZipArchive;

/**
 * Turns uploaded files into the files to check. A plain zip archive is expanded ({@link ZipArchive}), each regular
 * entry into a fresh temp file shown as {@code archive.zip/inner/name.docx}; everything else, a .docx or .odt
 * included, passes through untouched, since the checker tells formats by content and reports empty or unsupported
 * files itself. Entry names are only ever shown, never used as paths, so a name like {@code ../../x} cannot place a
 * file anywhere (no zip slip).
 */
final class UploadIntake {

    private UploadIntake() {
    }

    /** A file to check: the name to show for it (never a path) and its content. */
    record Upload(String displayName, Path file, long size) {
    }

    /**
     * The files to check, in upload order, an archive's entries in its own order (an archive with nothing in it to
     * check stays as itself). Closing deletes the files unzipped here; the uploaded files passed through stay, since
     * the upload owns them.
     */
    static final class Expansion implements AutoCloseable {
        private final List<Upload> uploads = new ArrayList<>();
        private final List<Path> extracted = new ArrayList<>();

        public List<Upload> uploads() {
            return Collections.unmodifiableList(uploads);
        }

        @Override
        public void close() throws IOException {
            for (Path p : extracted) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The files to check among those uploaded, archives expanded into {@code tempDir}. Over a limit, or an entry that
     * cannot be inflated, is a {@link Uploads.Refused} naming the archive, and nothing unzipped is left behind.
     */
    static Expansion expand(List<Upload> uploaded, ZipArchive.Limits limits, Path tempDir)
            throws Uploads.Refused, IOException {
        Expansion expansion = new Expansion();
        try {
            ZipArchive.Budget budget = new ZipArchive.Budget(limits);
            for (Upload part : uploaded) {
                try (ZipArchive zip = ZipArchive.open(part.file()).orElse(null)) {
                    if (zip == null || zip.isDocument()) {
                        // not a zip, or one the checker reads as a document (or that only its docx reader can explain)
                        expansion.uploads.add(part);
                    } else if (extract(zip, part.displayName(), budget, tempDir, expansion) == 0) {
                        // nothing in it to check: kept, so the checker lists it rather than it silently vanishing
                        expansion.uploads.add(part);
                    }
                }
            }
            return expansion;
        } catch (Throwable e) {
            try {
                expansion.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Unzips the archive's files; how many there were. */
    private static int extract(ZipArchive zip, String archive, ZipArchive.Budget budget, Path tempDir,
            Expansion expansion) throws Uploads.Refused, IOException {
        int found = 0;
        for (ZipArchive.Entry entry : zip.entries()) {
            String shown = archive + "/" + entry.name();
            Path file = Files.createTempFile(tempDir, "unzipped-", ".part");
            expansion.extracted.add(file);
            long size;
            try {
                size = zip.inflate(entry, file, budget);
            } catch (ZipArchive.Failure f) {
                throw rejected(f, archive, shown, budget.limits());
            }
            expansion.uploads.add(new Upload(shown, file, size));
            found++;
        }
        return found;
    }

    private static Uploads.Refused rejected(ZipArchive.Failure f, String archive, String shown,
            ZipArchive.Limits limits) {
        return switch (f.kind()) {
            case TOO_MANY_FILES -> new Uploads.Refused(413, "TOO_MANY_FILES", "压缩包“" + archive + "”：解压出的文件超过上限 "
                    + limits.maxEntries() + " 个", "archive \"" + archive + "\": more than " + limits.maxEntries()
                    + " files unzipped");
            case ENTRY_TOO_LARGE -> new Uploads.Refused(413, "TOO_LARGE", "“" + shown + "”解压后超过单个文件上限 "
                    + Sizes.zh(limits.maxEntryBytes()), "\"" + shown + "\" unzips to more than "
                    + Sizes.en(limits.maxEntryBytes()));
            case TOO_LARGE_IN_ALL -> new Uploads.Refused(413, "TOO_LARGE", "压缩包“" + archive + "”：解压后的总大小超过上限 "
                    + Sizes.zh(limits.maxUnzippedBytes()), "archive \"" + archive + "\": unzips to more than "
                    + Sizes.en(limits.maxUnzippedBytes()) + " in all");
            case DAMAGED -> new Uploads.Refused(400, "MALFORMED", "无法解压“" + shown + "”（文件损坏或已加密）",
                    "cannot unzip \"" + shown + "\" (damaged or encrypted)");
        };
    }

    /** Byte counts as a person reads them. */
    static final class Sizes {
        private Sizes() {
        }

        static String zh(long bytes) {
            return words(bytes, " 字节");
        }

        static String en(long bytes) {
            return words(bytes, " bytes");
        }

        private static String words(long bytes, String unit) {
            if (bytes >= 1024 * 1024) {
                return decimal(bytes / (1024.0 * 1024)) + " MB";
            }
            if (bytes >= 1024) {
                return decimal(bytes / 1024.0) + " KB";
            }
            return bytes + unit;
        }

        private static String decimal(double d) {
            String s = String.format(java.util.Locale.ROOT, "%.1f", d);
            return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        }
    }
}
