package org.nianbao.store;

/**
 * A batch: the files uploaded together (or a recheck of an earlier batch) and how far checking them has got.
 *
 * @param created      epoch milliseconds
 * @param state        {@code running}, {@code done} or {@code interrupted} (the server stopped during the batch)
 * @param rulesVersion hash of the rule files the batch was checked with
 * @param recheckOf    the batch this one checks again, or null
 * @param finished     epoch milliseconds, or null while running
 * @param error        what stopped the batch before its end (a store write that failed), or null
 */
public record BatchRow(String id, long created, String title, String state, int total, int done,
        String rulesVersion, String recheckOf, Long finished, String error) {
    public BatchRow(String id, long created, String title, String state, int total, int done, String rulesVersion,
            String recheckOf, Long finished) {
        this(id, created, title, state, total, done, rulesVersion, recheckOf, finished, null);
    }

    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String INTERRUPTED = "interrupted";

    public boolean running() {
        return RUNNING.equals(state);
    }
}
