package org.nianbao.run;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.nianbao.parse.InputProblem;

/**
 * The files a run checks, from what the person named: files; folders, walked for report-like files
 * ({@link FileCollector}); glob patterns ({@code reports/**&#47;*.pdf}, for shells that do not expand them, as on
 * Windows); zips, opened as the web page opens them ({@link ZipArchive}); and {@code -}, standard input. It keeps
 * count of what it skipped and why, and of every name that gave nothing, so a run never passes on nothing checked.
 * Closing deletes what it unzipped or read from standard input.
 */
public final class Inputs implements Closeable {
    private static final String GLOB_CHARS = "*?";

    /**
     * How to collect.
     *
     * @param excludes   globs of paths to leave out: without a "/" over any one name on the path (a file or folder),
     *                   with one over the path as shown
     * @param openZips   whether zips are opened (false: skipped)
     * @param stdinName  the name standard input is shown under
     * @param maxBytes   the largest file read from standard input (a larger one is {@code INPUT.TOO_LARGE})
     * @param zipLimits  caps over every zip of the run; an entry over its own cap is {@code INPUT.TOO_LARGE} alone
     */
    public record Options(List<String> excludes, boolean openZips, String stdinName, long maxBytes,
            ZipArchive.Limits zipLimits) {
        public Options {
            excludes = List.copyOf(excludes);
        }
    }

    /** One file to check: the name shown for it, where its content is, or why it cannot be read at all. */
    public record Item(Path shown, Path content, FileResult.Unreadable problem) {
    }

    /** Why a file was not taken. */
    public enum Skip {
        /** In a folder or zip, with an extension that is not a report's. */
        NOT_A_REPORT,
        /** A hidden file (its name starts with a dot). */
        HIDDEN,
        /** Matched an {@code --exclude} pattern. */
        EXCLUDED,
        /** A zip, with zips not opened. */
        ZIP,
        /** A zip inside a zip (not opened). */
        NESTED_ZIP
    }

    /** A name given that yielded nothing, and why. */
    public record Empty(String name, Reason reason) {
        /** Why a name gave nothing. */
        public enum Reason { DOES_NOT_EXIST, NOTHING_TO_CHECK, NO_MATCH }
    }

    private final List<Item> items = new ArrayList<>();
    private final Map<Skip, Integer> skipped = new TreeMap<>();
    private final Map<String, Integer> skippedExtensions = new TreeMap<>();
    private final List<Empty> empty = new ArrayList<>();
    private final Set<Path> seen = new HashSet<>();
    private final Options options;
    private final Map<String, Pattern> excludes = new LinkedHashMap<>();
    private final ZipArchive.Budget budget;
    private Path tempDir;

    private Inputs(Options options) {
        this.options = options;
        this.budget = new ZipArchive.Budget(options.zipLimits());
        options.excludes().forEach(x -> excludes.put(x.replace('\\', '/'), new Pattern(x)));
    }

    /** Collects the files {@code names} stand for; {@code stdin} is read for {@code -}. */
    public static Inputs collect(List<String> names, Options options, InputStream stdin) throws IOException {
        Inputs inputs = new Inputs(options);
        try {
            for (String name : names) {
                int before = inputs.items.size();
                Empty.Reason none = inputs.add(name, stdin);
                if (none != null || inputs.items.size() == before) {
                    inputs.empty.add(new Empty(name, none == null ? Empty.Reason.NOTHING_TO_CHECK : none));
                }
            }
            return inputs;
        } catch (IOException | RuntimeException e) {
            inputs.close();
            throw e;
        }
    }

    /** The files to check, in the order named; a folder's in name order, a zip's in its own order. */
    public List<Item> items() {
        return List.copyOf(items);
    }

    /** The names that gave no file to check. */
    public List<Empty> empty() {
        return List.copyOf(empty);
    }

    /** How many files were skipped, by reason. */
    public Map<Skip, Integer> skipped() {
        return Map.copyOf(skipped);
    }

    /** Of the files skipped for their extension, how many had each one (e.g. {@code txt → 3}). */
    public Map<String, Integer> skippedExtensions() {
        return Map.copyOf(skippedExtensions);
    }

    /** Returns the reason it gave nothing, or null when it was found (possibly giving nothing). */
    private Empty.Reason add(String name, InputStream stdin) throws IOException {
        if (name.equals("-")) {
            readStandardInput(stdin);
            return null;
        }
        Path path = pathOrNull(name);
        if (path != null && Files.exists(path)) {
            if (Files.isDirectory(path)) {
                walk(path, null);
            } else {
                addNamedFile(path);
            }
            return null;
        }
        if (name.chars().anyMatch(c -> GLOB_CHARS.indexOf(c) >= 0)) {
            return glob(name) ? null : Empty.Reason.NO_MATCH;
        }
        return Empty.Reason.DOES_NOT_EXIST;
    }

    private static Path pathOrNull(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            return null; // e.g. "*" on Windows: a pattern, not a path
        }
    }

    /** A file named by the person: always taken (a zip opened), unless excluded. */
    private void addNamedFile(Path file) throws IOException {
        if (excluded(file)) {
            skip(Skip.EXCLUDED);
            return;
        }
        if (!seen.add(file.toAbsolutePath().normalize())) {
            return;
        }
        addFile(file);
    }

    private void addFile(Path file) throws IOException {
        if (ZipArchive.startsAsZip(file)) {
            try (ZipArchive zip = ZipArchive.open(file).orElse(null)) {
                if (zip != null && !zip.isDocument()) {
                    if (options.openZips()) {
                        unzip(zip, file);
                    } else {
                        skip(Skip.ZIP);
                    }
                    return;
                }
            }
        }
        items.add(new Item(file, file, null));
    }

    /**
     * Takes the report-like files under {@code root}, in name order, leaving out hidden and excluded files and
     * folders; with a {@code pattern}, only those whose path below the root it matches.
     */
    private void walk(Path root, Pattern pattern) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && (FileCollector.isHidden(dir.getFileName().toString()) || excluded(dir))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() || Files.isRegularFile(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!(e instanceof FileSystemLoopException) && !Files.isDirectory(file)) {
                    found.add(file); // unreadable: checked, so the reader's answer names it
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(Path::toString));
        for (Path file : found) {
            String name = file.getFileName().toString();
            if (pattern != null && !pattern.matches(root.relativize(file).toString().replace('\\', '/'))) {
                continue;
            }
            boolean zip = FileCollector.extension(name).equals("zip");
            if (FileCollector.isHidden(name)) {
                skip(Skip.HIDDEN);
            } else if (!zip && !FileCollector.looksLikeReport(name)) {
                skipExtension(name);
            } else if (excluded(file)) {
                skip(Skip.EXCLUDED); // counted among the files that would have been taken
            } else if (zip) {
                if (!options.openZips()) {
                    skip(Skip.ZIP);
                } else if (seen.add(file.toAbsolutePath().normalize())) {
                    addFile(file);
                }
            } else if (seen.add(file.toAbsolutePath().normalize())) {
                items.add(new Item(file, file, null));
            }
        }
    }

    /** A glob over the files under its fixed leading folders; whether anything matched. */
    private boolean glob(String pattern) throws IOException {
        String p = pattern.replace('\\', '/');
        String[] parts = p.split("/", -1);
        int fixed = 0;
        while (fixed < parts.length - 1 && parts[fixed].chars().noneMatch(c -> GLOB_CHARS.indexOf(c) >= 0)) {
            fixed++;
        }
        String base = String.join("/", Arrays.copyOfRange(parts, 0, fixed));
        if (base.isEmpty() && p.startsWith("/")) {
            base = "/";
        }
        Path root = pathOrNull(base); // "" is the working folder, and its files are shown without "./"
        if (root == null || !Files.isDirectory(root.toString().isEmpty() ? Path.of(".") : root)) {
            return false;
        }
        int before = items.size() + skippedTotal();
        walk(root, new Pattern(String.join("/", Arrays.copyOfRange(parts, fixed, parts.length))));
        return items.size() + skippedTotal() > before;
    }

    /** A glob where a leading {@code **&#47;} also matches no folder at all ({@code **&#47;*.pdf} takes a.pdf). */
    private static final class Pattern {
        private final Glob glob;
        private final Glob withoutLeadingFolders;

        Pattern(String text) {
            String t = text.replace('\\', '/');
            this.glob = new Glob(t);
            this.withoutLeadingFolders = t.startsWith("**/") ? new Glob(t.substring(3)) : null;
        }

        boolean matches(String path) {
            return glob.matches(path) || (withoutLeadingFolders != null && withoutLeadingFolders.matches(path));
        }
    }

    private boolean excluded(Path path) {
        if (excludes.isEmpty()) {
            return false;
        }
        String shown = path.toString().replace('\\', '/');
        String plain = shown.startsWith("./") ? shown.substring(2) : shown;
        for (Map.Entry<String, Pattern> e : excludes.entrySet()) {
            if (e.getKey().contains("/")) {
                if (e.getValue().matches(shown) || e.getValue().matches(plain)) {
                    return true;
                }
            } else {
                for (Path step : path) {
                    if (e.getValue().matches(step.toString())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The report-like files of a zip, each unzipped into a temp file and shown as {@code archive.zip/inner/name}. */
    private void unzip(ZipArchive zip, Path archive) throws IOException {
        for (ZipArchive.Entry entry : zip.entries()) {
            String name = entry.name().substring(entry.name().lastIndexOf('/') + 1);
            Path shown = archive.resolve(entry.name());
            if (FileCollector.extension(name).equals("zip")) {
                skip(Skip.NESTED_ZIP);
            } else if (!FileCollector.looksLikeReport(name)) {
                skipExtension(name);
            } else if (excluded(shown)) {
                skip(Skip.EXCLUDED);
            } else {
                Path file = Files.createTempFile(tempDir(), "unzipped-", ".part");
                try {
                    zip.inflate(entry, file, budget);
                    items.add(new Item(shown, file, null));
                } catch (ZipArchive.Failure f) {
                    items.add(new Item(shown, file, problem(f)));
                    if (f.kind() == ZipArchive.Failure.Kind.TOO_MANY_FILES
                            || f.kind() == ZipArchive.Failure.Kind.TOO_LARGE_IN_ALL) {
                        return; // the run's limits are spent: the rest of the archive is not read
                    }
                }
            }
        }
    }

    private static FileResult.Unreadable problem(ZipArchive.Failure f) {
        return switch (f.kind()) {
            case DAMAGED -> new FileResult.Unreadable(InputProblem.UNREADABLE, f.getMessage(), Map.of());
            case ENTRY_TOO_LARGE -> new FileResult.Unreadable(InputProblem.TOO_LARGE, f.getMessage(),
                    Map.of("limit", f.limit(), "what", "bytes", "option", "--max-size"));
            case TOO_MANY_FILES -> new FileResult.Unreadable(InputProblem.TOO_LARGE, f.getMessage()
                    + "; the rest of the archive was not read", Map.of("limit", f.limit(), "what", "files unzipped"));
            case TOO_LARGE_IN_ALL -> new FileResult.Unreadable(InputProblem.TOO_LARGE, f.getMessage()
                    + "; the rest of the archive was not read", Map.of("limit", f.limit(), "what", "bytes unzipped"));
        };
    }

    /** Standard input, read into a temp file up to the size limit. */
    private void readStandardInput(InputStream stdin) throws IOException {
        Path shown = pathOrNull(options.stdinName());
        if (shown == null) {
            shown = Path.of("stdin");
        }
        Path file = Files.createTempFile(tempDir(), "stdin-", ".part");
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = stdin.read(buffer)) >= 0) {
                size += n;
                if (size > options.maxBytes()) {
                    items.add(new Item(shown, file, new FileResult.Unreadable(InputProblem.TOO_LARGE,
                            "standard input: over the limit of " + options.maxBytes() + " bytes (--max-size)",
                            Map.of("limit", options.maxBytes(), "what", "bytes", "option", "--max-size"))));
                    return;
                }
                out.write(buffer, 0, n);
            }
        }
        items.add(new Item(shown, file, null));
    }

    private void skip(Skip why) {
        skipped.merge(why, 1, Integer::sum);
    }

    private void skipExtension(String name) {
        skip(Skip.NOT_A_REPORT);
        skippedExtensions.merge(FileCollector.extension(name), 1, Integer::sum);
    }

    private int skippedTotal() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    private Path tempDir() throws IOException {
        if (tempDir == null) {
            tempDir = Files.createTempDirectory("nianbao-inputs-");
        }
        return tempDir;
    }

    @Override
    public void close() throws IOException {
        if (tempDir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(tempDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
        tempDir = null;
    }

    /** For messages: skipped counts in a stable order. */
    public Map<Skip, Integer> skippedInOrder() {
        Map<Skip, Integer> out = new LinkedHashMap<>();
        for (Skip s : Skip.values()) {
            if (skipped.containsKey(s)) {
                out.put(s, skipped.get(s));
            }
        }
        return out;
    }
}
