package org.nianbao.report;

import java.io.IOException;
import java.util.List;
import org.nianbao.run.FileResult;

/** Sends each call to several writers, in order: one batch, several outputs at once. */
public final class MultiWriter implements ResultWriter {
    private final List<ResultWriter> writers;

    public MultiWriter(List<ResultWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    @Override
    public void start() throws IOException {
        for (ResultWriter w : writers) {
            w.start();
        }
    }

    @Override
    public void file(FileResult result) throws IOException {
        for (ResultWriter w : writers) {
            w.file(result);
        }
    }

    @Override
    public void end(Summary summary) throws IOException {
        for (ResultWriter w : writers) {
            w.end(summary);
        }
    }

    /** Closes every writer, also when one fails; the first failure is thrown. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (ResultWriter w : writers) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
