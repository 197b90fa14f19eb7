package org.nianbao.parse;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where the libraries put their temporary files while a file is read or an output written: PDFBox's scratch file
 * (large decoded streams), POI's temporary files (the streamed workbook). The process's temporary folder unless the
 * program gives one of its own ({@code check}, a worker, the server), which that program empties when it ends, so a
 * read that was abandoned past its time limit leaves nothing behind.
 */
public final class TempFolder {
    private static volatile File folder;

    private TempFolder() {
    }

    /**
     * From now on, temporary files go under {@code dir} (created if missing), until the scope is closed; the folder
     * is the caller's to empty.
     */
    public static Scope use(Path dir) throws IOException {
        Files.createDirectories(dir);
        folder = dir.toFile();
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder));
        return new Scope(dir, false);
    }

    /**
     * A folder of the program's own for this run, in use until closed; closing deletes it with all it holds (also
     * files a read abandoned past its time limit still has open: the system frees them when the program ends).
     */
    public static Scope own(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        use(dir);
        return new Scope(dir, true);
    }

    /** A folder in use until closed; then the process's temporary folder again, this one deleted if it was own. */
    public static final class Scope implements AutoCloseable {
        private final Path dir;
        private final boolean delete;

        private Scope(Path dir, boolean delete) {
            this.dir = dir;
            this.delete = delete;
        }

        public Path dir() {
            return dir;
        }

        @Override
        public void close() {
            if (dir.toFile().equals(folder)) {
                folder = null;
                TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
            }
            if (delete) {
                deleteTree(dir);
            }
        }
    }

    /** Deletes a folder and everything under it, as far as it can; what cannot be deleted is left. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // left for the next start's cleaning
        }
    }

    /** The folder temporary files go to now (the process's own, should the one given have been removed). */
    public static File current() {
        File f = folder;
        return f != null && (f.isDirectory() || f.mkdirs()) ? f : new File(System.getProperty("java.io.tmpdir"));
    }
}
