package org.nianbao.report;

import java.io.IOException;
import org.nianbao.run.FileResult;

/**
 * Writes check results in one output format, file by file, so a batch of any size streams through. Calls come in
 * the order {@link #start()}, {@link #file(FileResult)} for each file, {@link #end(Summary)}.
 */
public interface ResultWriter {
    void start() throws IOException;

    void file(FileResult result) throws IOException;

    void end(Summary summary) throws IOException;
}
