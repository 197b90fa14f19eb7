package org.nianbao.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nianbao.run.ZipArchive;
import org.nianbao.web.Multipart.Rejected;

/**
 * Turns uploaded files into the files to check. A plain zip archive is expanded ({@link ZipArchive}), each regular
 * entry into a fresh temp file shown as {@code archive.zip/inner/name.docx}; everything else, a .docx or .odt
 * included, passes through untouched, since the checker tells formats by content and reports empty or unsupported
 * files itself. Entry names are only ever shown, never used as paths, so a name like {@code ../../x} cannot place a
 * file anywhere (no zip slip).
 */
public final class UploadIntake {

    private UploadIntake() {
    }

    /** A file to check: the name to show for it (never a path) and its content. */
    public record Upload(String displayName, Path file, long size) {
    }

    /**
     * The files to check, in upload order, an archive's entries in its own order (an archive with nothing in it to
     * check stays as itself). Closing deletes the files unzipped here; the uploaded files passed through stay, since
     * their {@link Multipart.Form} owns them.
     */
    public static final class Expansion implements AutoCloseable {
        private final List<Upload> uploads = new ArrayList<>();
        private final List<Path> extracted = new ArrayList<>();

        public List<Upload> uploads() {
            return Collections.unmodifiableList(uploads);
        }

        @Override
        public void close() throws IOException {
            TempFiles.deleteAll(extracted);
        }
    }

    /**
     * The files to check among {@code parts}, archives expanded into {@code tempDir}. Over a limit, or an entry that
     * cannot be inflated, is a {@link Rejected} naming the archive, and nothing unzipped is left behind.
     */
    public static Expansion expand(List<Multipart.Part> parts, ZipArchive.Limits limits, Path tempDir)
            throws Rejected, IOException {
        Expansion expansion = new Expansion();
        try {
            ZipArchive.Budget budget = new ZipArchive.Budget(limits);
            for (Multipart.Part part : parts) {
                try (ZipArchive zip = ZipArchive.open(part.tempFile()).orElse(null)) {
                    if (zip == null || zip.isDocument()) {
                        // not a zip, or one the checker reads as a document (or that only its docx reader can explain)
                        expansion.uploads.add(new Upload(part.clientFileName(), part.tempFile(), part.size()));
                    } else if (extract(zip, part.clientFileName(), budget, tempDir, expansion) == 0) {
                        // nothing in it to check: kept, so the checker lists it rather than it silently vanishing
                        expansion.uploads.add(new Upload(part.clientFileName(), part.tempFile(), part.size()));
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
            Expansion expansion) throws Rejected, IOException {
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

    private static Rejected rejected(ZipArchive.Failure f, String archive, String shown, ZipArchive.Limits limits) {
        return switch (f.kind()) {
            case TOO_MANY_FILES -> new Rejected(Rejected.Code.TOO_MANY_FILES, "maxEntries", limits.maxEntries(),
                    archive, "压缩包“" + archive + "”：解压出的文件超过上限 " + limits.maxEntries() + " 个",
                    "archive \"" + archive + "\": more than " + limits.maxEntries() + " files unzipped (maxEntries)");
            case ENTRY_TOO_LARGE -> entryTooLarge(archive, shown, limits);
            case TOO_LARGE_IN_ALL -> unzippedTooLarge(archive, limits);
            case DAMAGED -> unreadable(archive, shown, f);
        };
    }

    private static Rejected unreadable(String archive, String shown, ZipArchive.Failure cause) {
        Rejected r = new Rejected(Rejected.Code.MALFORMED, null, -1, archive, "无法解压“" + shown + "”（文件损坏或已加密）",
                "cannot unzip \"" + shown + "\" (damaged or encrypted): " + cause.getCause().getMessage());
        r.initCause(cause);
        return r;
    }

    private static Rejected entryTooLarge(String archive, String shown, ZipArchive.Limits limits) {
        return new Rejected(Rejected.Code.TOO_LARGE, "maxEntryBytes", limits.maxEntryBytes(), archive,
                "“" + shown + "”解压后超过单个文件上限 " + Multipart.Sizes.zh(limits.maxEntryBytes()),
                "\"" + shown + "\" unzips to more than "
                        + Multipart.Sizes.en(limits.maxEntryBytes()) + " (maxEntryBytes)");
    }

    private static Rejected unzippedTooLarge(String archive, ZipArchive.Limits limits) {
        return new Rejected(Rejected.Code.TOO_LARGE, "maxUnzippedBytes", limits.maxUnzippedBytes(), archive,
                "压缩包“" + archive + "”：解压后的总大小超过上限 " + Multipart.Sizes.zh(limits.maxUnzippedBytes()),
                "archive \"" + archive + "\": unzips to more than " + Multipart.Sizes.en(limits.maxUnzippedBytes())
                        + " in all (maxUnzippedBytes)");
    }
}
