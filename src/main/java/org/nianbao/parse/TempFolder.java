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

    /** From now on, temporary files go under {@code dir} (created if missing). */
    public static void use(Path dir) throws IOException {
        Files.createDirectories(dir);
        folder = dir.toFile();
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder));
    }

    /**
     * A folder of the program's own for this run, in use until closed; closing deletes it with all it holds (also
     * files a read abandoned past its time limit still has open: the system frees them when the program ends).
     */
    public static Scope own(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        use(dir);
        return new Scope(dir);
    }

    /** A folder in use until closed, then deleted. */
    public static final class Scope implements AutoCloseable {
        private final Path dir;

        private Scope(Path dir) {
            this.dir = dir;
        }

        public Path dir() {
            return dir;
        }

        @Override
        public void close() {
            folder = null;
            deleteTree(dir);
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

    /** The folder temporary files go to now. */
    public static File current() {
        File f = folder;
        return f != null ? f : new File(System.getProperty("java.io.tmpdir"));
    }
}
