package org.nianbao.report;

import java.io.Closeable;
import java.io.IOException;
import org.nianbao.run.FileResult;

/**
 * Writes check results in one output format, file by file, so a batch of any size streams through. Calls come in
 * the order {@link #start()}, {@link #file(FileResult)} for each file, {@link #end(Summary)}; {@link #close()}
 * always comes last, also after a run that stopped half way, and lets go of what the writer holds (its temporary
 * files); it does not close the stream written to, which is the caller's.
 */
public interface ResultWriter extends Closeable {
    void start() throws IOException;

    void file(FileResult result) throws IOException;

    void end(Summary summary) throws IOException;

    @Override
    default void close() throws IOException {
    }
}
