package org.nianbao.parse;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The folder temporary files go to now. */
    public static File current() {
        File f = folder;
        return f != null ? f : new File(System.getProperty("java.io.tmpdir"));
    }
}
