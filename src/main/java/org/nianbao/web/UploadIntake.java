package org.nianbao.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.nianbao.parse.FormatSniffer;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.ReadLimits;
import org.nianbao.web.Multipart.Rejected;

/**
 * Turns uploaded files into the files to check. A plain zip archive is expanded, each regular entry into a fresh temp
 * file shown as {@code archive.zip/inner/name.docx}; everything else, a .docx included, passes through untouched,
 * since the checker tells formats by content and reports empty or unsupported files itself. Entry names are only
 * ever shown, never used as paths, so a name like {@code ../../x} cannot place a file anywhere (no zip slip).
 */
public final class UploadIntake {
    private static final Charset GBK = Charset.forName("GBK");
    /** FormatSniffer reads at most this many central directory entries (the count is 16 bits). */
    private static final int SNIFFED_ENTRIES = 0xFFFF;

    private UploadIntake() {
    }

    /**
     * Caps on expanding, over all the archives of one call: files unzipped, bytes of any one of them, bytes in all.
     * Bytes are counted as they are inflated, never taken from the headers, which a zip bomb can fake.
     */
    public record Limits(int maxEntries, long maxEntryBytes, long maxUnzippedBytes) {
        /** 1,000 files, each as large as the checker reads by default, 1 GiB in all. */
        public static final Limits DEFAULT = new Limits(1000, ReadLimits.DEFAULT.maxBytes(), 1L << 30);

        public Limits {
            if (maxEntries < 0 || maxEntryBytes < 0 || maxUnzippedBytes < 0) {
                throw new IllegalArgumentException("limits cannot be negative");
            }
        }
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
    public static Expansion expand(List<Multipart.Part> parts, Limits limits, Path tempDir)
            throws Rejected, IOException {
        Expansion expansion = new Expansion();
        try {
            Counts counts = new Counts();
            for (Multipart.Part part : parts) {
                try (ZipFile zip = startsAsZip(part.tempFile()) ? openArchive(part.tempFile()) : null) {
                    if (zip == null || isWordDocument(zip)) {
                        // not a zip, or one the checker reads as a document (or that only its docx reader can explain)
                        expansion.uploads.add(new Upload(part.clientFileName(), part.tempFile(), part.size()));
                    } else if (extract(zip, part.clientFileName(), limits, tempDir, counts, expansion) == 0) {
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

    private static final class Counts {
        int entries;
        long unzipped;
    }

    private static boolean startsAsZip(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, 4) == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    /**
     * The zip with its names read as UTF-8, or as GBK when some name is not UTF-8 (Windows on Chinese systems writes
     * GBK names without the UTF-8 flag; entries that carry the flag are read as UTF-8 either way). The fallback is
     * for the whole archive, as java.util.zip decodes all names with one charset. Null when it cannot be read as a
     * zip at all: it then passes through, and the checker says what it is.
     */
    private static ZipFile openArchive(Path file) throws IOException {
        for (Charset charset : List.of(StandardCharsets.UTF_8, GBK)) {
            try {
                ZipFile zip = new ZipFile(file.toFile(), charset);
                try {
                    // JDK 17 rejects a bad name on opening; decoding each name here covers runtimes that decode lazily
                    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                        e.nextElement().getName();
                    }
                    return zip;
                } catch (IllegalArgumentException badName) {
                    zip.close();
                }
            } catch (ZipException | IllegalArgumentException unreadable) {
                // try the next charset; after the last, not a zip we can expand
            }
        }
        return null;
    }

    /**
     * Whether {@link FormatSniffer} takes this zip for a Word document. It decides from the central directory, found
     * from the end of the content at absolute offsets, so it needs the whole file: the first kilobytes alone always
     * read as a docx. Rather than load an archive of hundreds of megabytes, or copy its rule here, it is given a zip
     * with the same entry names and no data.
     */
    private static boolean isWordDocument(ZipFile zip) throws IOException {
        ByteArrayOutputStream names = new ByteArrayOutputStream();
        Set<String> seen = new HashSet<>();
        try (ZipOutputStream out = new ZipOutputStream(names, StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            for (int i = 0; i < SNIFFED_ENTRIES && entries.hasMoreElements(); i++) {
                String name = entries.nextElement().getName();
                if (!seen.add(name)) {
                    continue; // ZipOutputStream refuses a repeated name; the sniffer would see the same name twice
                }
                ZipEntry empty = new ZipEntry(name);
                empty.setMethod(ZipEntry.STORED);
                empty.setSize(0);
                empty.setCompressedSize(0);
                empty.setCrc(0);
                out.putNextEntry(empty);
                out.closeEntry();
            }
            if (seen.isEmpty()) {
                return false; // an empty archive; ZipOutputStream cannot write one
            }
        }
        // a Word document, or an OpenDocument text (told by its parts, since the copy's mimetype entry is empty)
        return FormatSniffer.detect(names.toByteArray()) != InputFormat.UNKNOWN;
    }

    /** Unzips the archive's regular entries; how many there were. */
    private static int extract(ZipFile zip, String archive, Limits limits, Path tempDir, Counts counts,
            Expansion expansion) throws Rejected, IOException {
        int found = 0;
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            String name = entry.getName();
            List<String> steps = DisplayNames.steps(name);
            if (entry.isDirectory() || name.endsWith("\\")
                    || steps.stream().anyMatch(s -> s.equals("__MACOSX") || s.startsWith("."))) {
                continue; // folders, macOS resource forks, .DS_Store and other hidden files
            }
            String shown = archive + "/" + (steps.isEmpty() ? DisplayNames.UNNAMED : DisplayNames.path(name));
            if (++counts.entries > limits.maxEntries()) {
                throw new Rejected(Rejected.Code.TOO_MANY_FILES, "maxEntries", limits.maxEntries(), archive,
                        "压缩包“" + archive + "”：解压出的文件超过上限 " + limits.maxEntries() + " 个",
                        "archive \"" + archive + "\": more than " + limits.maxEntries() + " files unzipped (maxEntries)");
            }
            // a header admitting too much is believed at once; a smaller one is not trusted (see copy)
            if (entry.getSize() > limits.maxEntryBytes()) {
                throw entryTooLarge(archive, shown, limits);
            }
            if (entry.getSize() > limits.maxUnzippedBytes() - counts.unzipped) {
                throw unzippedTooLarge(archive, limits);
            }
            Path file = Files.createTempFile(tempDir, "unzipped-", ".part");
            expansion.extracted.add(file);
            long size = copy(zip, entry, file, archive, shown, limits, counts);
            expansion.uploads.add(new Upload(shown, file, size));
            found++;
        }
        return found;
    }

    /** Inflates one entry into {@code file}, counting the bytes as they come and stopping at the first one over. */
    private static long copy(ZipFile zip, ZipEntry entry, Path file, String archive, String shown, Limits limits,
            Counts counts) throws Rejected, IOException {
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try (InputStream in = open(zip, entry, archive, shown); OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = read(in, buffer, archive, shown)) >= 0) {
                size += n;
                counts.unzipped += n;
                if (size > limits.maxEntryBytes()) {
                    throw entryTooLarge(archive, shown, limits);
                }
                if (counts.unzipped > limits.maxUnzippedBytes()) {
                    throw unzippedTooLarge(archive, limits);
                }
                out.write(buffer, 0, n);
            }
        }
        return size;
    }

    private static InputStream open(ZipFile zip, ZipEntry entry, String archive, String shown) throws Rejected {
        try {
            return zip.getInputStream(entry);
        } catch (IOException e) {
            throw unreadable(archive, shown, e);
        }
    }

    /** A read of the entry's data; its failure (corrupt or encrypted data) is the archive's, not the server's. */
    private static int read(InputStream in, byte[] buffer, String archive, String shown) throws Rejected {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw unreadable(archive, shown, e);
        }
    }

    private static Rejected unreadable(String archive, String shown, IOException cause) {
        Rejected r = new Rejected(Rejected.Code.MALFORMED, null, -1, archive, "无法解压“" + shown + "”（文件损坏或已加密）",
                "cannot unzip \"" + shown + "\" (damaged or encrypted): " + cause.getMessage());
        r.initCause(cause);
        return r;
    }

    private static Rejected entryTooLarge(String archive, String shown, Limits limits) {
        return new Rejected(Rejected.Code.TOO_LARGE, "maxEntryBytes", limits.maxEntryBytes(), archive,
                "“" + shown + "”解压后超过单个文件上限 " + Multipart.Sizes.zh(limits.maxEntryBytes()),
                "\"" + shown + "\" unzips to more than "
                        + Multipart.Sizes.en(limits.maxEntryBytes()) + " (maxEntryBytes)");
    }

    private static Rejected unzippedTooLarge(String archive, Limits limits) {
        return new Rejected(Rejected.Code.TOO_LARGE, "maxUnzippedBytes", limits.maxUnzippedBytes(), archive,
                "压缩包“" + archive + "”：解压后的总大小超过上限 " + Multipart.Sizes.zh(limits.maxUnzippedBytes()),
                "archive \"" + archive + "\": unzips to more than " + Multipart.Sizes.en(limits.maxUnzippedBytes())
                        + " in all (maxUnzippedBytes)");
    }
}
