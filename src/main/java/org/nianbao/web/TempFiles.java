package org.nianbao.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/** Deleting the temporary files an upload made: every one is tried, the first failure reported. */
final class TempFiles {
    private TempFiles() {
    }

    static void deleteAll(Collection<Path> files) throws IOException {
        IOException failed = null;
        for (Path p : files) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
