package org.nianbao.run;

import java.nio.file.Path;
import org.nianbao.model.Report;

/**
 * Where a file is read into a report: in this process ({@link LocalReading}) or in a worker process
 * ({@link org.nianbao.run.worker.WorkerPool}). The rules always run in the caller's process, on what comes back.
 */
public interface Reading {
    /**
     * What reading one file gave: the format told from its content ({@code unknown} when none), and the report or
     * why there is none (exactly one of the two is not null).
     */
    record Outcome(String format, Report report, FileResult.Unreadable unreadable) {
    }

    /**
     * Reads a file, never throwing for anything the file does; with {@code openingOnly}, only as much as tells its
     * body and year.
     */
    Outcome read(Path file, boolean openingOnly);
}
