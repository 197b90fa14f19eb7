package org.nianbao.run;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.nianbao.parse.FormatSniffer;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.ReadLimits;
import org.nianbao.support.DisplayNames;

/**
 * A zip of reports, opened the same way by {@code check} and by the web page: names read as UTF-8 or GBK, a zip
 * that is really a document (.docx, .odt) told apart from an archive, and entries inflated one at a time into files
 * while their bytes are counted (never taken from the headers, which a zip bomb can fake). Entry names are cleaned for
 * display and never used as paths, so a name like {@code ../../x} cannot place a file anywhere (no zip slip).
 */
public final class ZipArchive implements Closeable {
    private static final Charset GBK = Charset.forName("GBK");
    /** FormatSniffer reads at most this many central directory entries (the count is 16 bits). */
    private static final int SNIFFED_ENTRIES = 0xFFFF;

    private final ZipFile zip;

    private ZipArchive(ZipFile zip) {
        this.zip = zip;
    }

    /**
     * Caps on unzipping, over every archive that shares one {@link Budget}: files unzipped, bytes of any one of them,
     * bytes in all.
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

    /** What has been unzipped so far under one set of limits. */
    public static final class Budget {
        private final Limits limits;
        private int entries;
        private long unzipped;

        public Budget(Limits limits) {
            this.limits = limits;
        }

        public Limits limits() {
            return limits;
        }
    }

    /** A file inside the archive: its path there, cleaned for display (never empty). */
    public record Entry(String name, ZipEntry zipEntry) {
    }

    /** Why unzipping stopped: a limit passed, or an entry whose data cannot be inflated (damaged or encrypted). */
    public static final class Failure extends Exception {
        /** Which limit, or damage. */
        public enum Kind { TOO_MANY_FILES, ENTRY_TOO_LARGE, TOO_LARGE_IN_ALL, DAMAGED }

        private final Kind kind;
        private final String entry;
        private final long limit;

        Failure(Kind kind, String entry, long limit, String message, Throwable cause) {
            super(message, cause);
            this.kind = kind;
            this.entry = entry;
            this.limit = limit;
        }

        public Kind kind() {
            return kind;
        }

        /** The entry being unzipped when it stopped. */
        public String entry() {
            return entry;
        }

        /** The limit passed ({@code -1} for damage). */
        public long limit() {
            return limit;
        }
    }

    /** Whether the file starts with a zip's local header ("PK\3\4"). */
    public static boolean startsAsZip(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, 4) == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    /**
     * The zip with its names read as UTF-8, or as GBK when some name is not UTF-8 (Windows on Chinese systems writes
     * GBK names without the UTF-8 flag; entries that carry the flag are read as UTF-8 either way). The fallback is
     * for the whole archive, as java.util.zip decodes all names with one charset. Empty when it does not start as a
     * zip or cannot be read as one: it is then checked as a file, and the checker says what it is.
     */
    public static Optional<ZipArchive> open(Path file) throws IOException {
        if (!startsAsZip(file)) {
            return Optional.empty();
        }
        for (Charset charset : List.of(StandardCharsets.UTF_8, GBK)) {
            try {
                ZipFile zip = new ZipFile(file.toFile(), charset);
                try {
                    // JDK 17 rejects a bad name on opening; decoding each name here covers runtimes that decode lazily
                    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                        e.nextElement().getName();
                    }
                    return Optional.of(new ZipArchive(zip));
                } catch (IllegalArgumentException badName) {
                    zip.close();
                }
            } catch (ZipException | IllegalArgumentException unreadable) {
                // try the next charset; after the last, not a zip we can expand
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@link FormatSniffer} takes this zip for a document nianbao reads (a Word document, an OpenDocument
     * text) rather than an archive of reports. It decides from the central directory, found from the end of the
     * content at absolute offsets, so it needs the whole file: the first kilobytes alone always read as a docx.
     * Rather than load an archive of hundreds of megabytes, or copy its rule here, it is given a zip with the same
     * entry names and no data (an OpenDocument text is then told by its parts, its mimetype entry being empty).
     */
    public boolean isDocument() throws IOException {
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
        return FormatSniffer.detect(names.toByteArray()) != InputFormat.UNKNOWN;
    }

    /** The files in the archive, in its order: no folders, macOS resource forks, .DS_Store or other hidden files. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            String name = entry.getName();
            List<String> steps = DisplayNames.steps(name);
            if (entry.isDirectory() || name.endsWith("\\")
                    || steps.stream().anyMatch(s -> s.equals("__MACOSX") || s.startsWith("."))) {
                continue;
            }
            out.add(new Entry(steps.isEmpty() ? DisplayNames.UNNAMED : DisplayNames.path(name), entry));
        }
        return out;
    }

    /**
     * Inflates one entry into {@code file}, counting it and its bytes against the budget as they come and stopping
     * at the first one over; returns its size. A header admitting too much is believed at once; a smaller one is not
     * trusted.
     */
    public long inflate(Entry entry, Path file, Budget budget) throws Failure, IOException {
        Limits limits = budget.limits;
        if (++budget.entries > limits.maxEntries()) {
            throw new Failure(Failure.Kind.TOO_MANY_FILES, entry.name(), limits.maxEntries(),
                    "more than " + limits.maxEntries() + " files unzipped", null);
        }
        if (entry.zipEntry().getSize() > limits.maxEntryBytes()) {
            throw entryTooLarge(entry, limits);
        }
        if (entry.zipEntry().getSize() > limits.maxUnzippedBytes() - budget.unzipped) {
            throw tooLargeInAll(entry, limits);
        }
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try (InputStream in = open(entry); OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = read(in, buffer, entry)) >= 0) {
                size += n;
                budget.unzipped += n;
                if (size > limits.maxEntryBytes()) {
                    throw entryTooLarge(entry, limits);
                }
                if (budget.unzipped > limits.maxUnzippedBytes()) {
                    throw tooLargeInAll(entry, limits);
                }
                out.write(buffer, 0, n);
            }
        }
        return size;
    }

    private InputStream open(Entry entry) throws Failure {
        try {
            return zip.getInputStream(entry.zipEntry());
        } catch (IOException e) {
            throw damaged(entry, e);
        }
    }

    /** A read of the entry's data; its failure (corrupt or encrypted data) is the archive's, not the reader's. */
    private static int read(InputStream in, byte[] buffer, Entry entry) throws Failure {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw damaged(entry, e);
        }
    }

    private static Failure damaged(Entry entry, IOException cause) {
        return new Failure(Failure.Kind.DAMAGED, entry.name(), -1,
                "cannot unzip \"" + entry.name() + "\" (damaged or encrypted): " + cause.getMessage(), cause);
    }

    private static Failure entryTooLarge(Entry entry, Limits limits) {
        return new Failure(Failure.Kind.ENTRY_TOO_LARGE, entry.name(), limits.maxEntryBytes(),
                "\"" + entry.name() + "\" unzips to more than " + limits.maxEntryBytes() + " bytes", null);
    }

    private static Failure tooLargeInAll(Entry entry, Limits limits) {
        return new Failure(Failure.Kind.TOO_LARGE_IN_ALL, entry.name(), limits.maxUnzippedBytes(),
                "unzips to more than " + limits.maxUnzippedBytes() + " bytes in all", null);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
