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
 * @param auditId      the audit the batch was uploaded into, or null
 * @param published    the publication date given with the upload (yyyy-MM-dd), or null
 * @param createdBy    who uploaded it (or asked for the recheck), or null when not known
 */
public record BatchRow(String id, long created, String title, String state, int total, int done,
        String rulesVersion, String recheckOf, Long finished, String error, String auditId, String published,
        String createdBy) {
    public BatchRow(String id, long created, String title, String state, int total, int done, String rulesVersion,
            String recheckOf, Long finished) {
        this(id, created, title, state, total, done, rulesVersion, recheckOf, finished, null);
    }

    public BatchRow(String id, long created, String title, String state, int total, int done, String rulesVersion,
            String recheckOf, Long finished, String error) {
        this(id, created, title, state, total, done, rulesVersion, recheckOf, finished, error, null, null, null);
    }

    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String INTERRUPTED = "interrupted";

    public boolean running() {
        return RUNNING.equals(state);
    }
}
