package org.nianbao.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.run.Checker;

/**
 * Tries hostile inputs one after another, counting each outcome in the {@link Tally} and keeping the failures, so a
 * test tries all its inputs and then names every one that failed.
 */
final class Trial {
    private final Path dir;
    private final java.time.Duration limit;
    private final List<String> failures = new ArrayList<>();

    Trial(Path dir) {
        this(dir, HostileRun.LIMIT);
    }

    /** @param limit how long one input may take (the inputs built to be costly get more on a busy machine) */
    Trial(Path dir, java.time.Duration limit) {
        this.dir = dir;
        this.limit = limit;
    }

    HostileRun.Outcome run(String reader, String name, byte[] content) {
        return run(null, reader, name, content);
    }

    /** Checks the content written to a file named {@code name}; a null checker uses the default limits. */
    HostileRun.Outcome run(Checker checker, String reader, String name, byte[] content) {
        Path file = dir.resolve(name);
        try {
            Files.write(file, content);
            HostileRun.Outcome o = checker == null ? HostileRun.check(file, limit)
                    : HostileRun.check(checker, file, limit);
            Tally.add(reader, o);
            if (o.failure()) {
                failures.add(reader + " " + name + ": " + o);
            }
            return o;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temp dir; JUnit removes it anyway
            }
        }
    }

    List<String> failures() {
        return failures;
    }
}
