package org.nianbao.web;

/**
 * The files accepted and not yet checked, bounded. Batches are checked one at a time, each on every worker, so when
 * uploads come faster than files are checked they wait; past the limit an upload is refused with 503 and a
 * {@code Retry-After} estimated from the rate files have been checked at, before anything of it is stored. What is
 * accepted is checked: its files are stored and its batch queued, and a batch a stopped server did not finish is
 * marked interrupted and can be checked again. An upload larger than the limit is taken when nothing waits, so every
 * upload the upload limits allow can get in.
 */
final class Backlog {
    private static final long MIN_RETRY_SECONDS = 5;
    private static final long MAX_RETRY_SECONDS = 3600;
    /** How much each checked file moves the measured time per file. */
    private static final double WEIGHT = 0.05;

    private final int maxFiles;
    private int waiting;
    private double secondsPerFile = 1;
    private long lastCheckedNanos;

    Backlog(int maxFiles) {
        if (maxFiles < 1) {
            throw new IllegalArgumentException("the backlog must hold at least one file");
        }
        this.maxFiles = maxFiles;
    }

    /** True when no upload can be taken now: refuse before receiving its bytes. */
    synchronized boolean full() {
        return waiting >= maxFiles;
    }

    /** Takes an upload of this many files into the backlog, or refuses it (503) with when to try again. */
    synchronized void admit(int files) throws Uploads.Refused {
        if (waiting > 0 && waiting + files > maxFiles) {
            throw refusal(files);
        }
        waiting += files;
    }

    /** Counts files that must be checked whatever the backlog holds (they follow from a change already made). */
    synchronized void take(int files) {
        waiting += files;
    }

    /** The refusal of an upload of this many files now. */
    synchronized Uploads.Refused refusal(int files) {
        long seconds = retrySeconds(files);
        String zhWait = seconds < 90 ? seconds + " 秒" : (seconds + 59) / 60 + " 分钟";
        String enWait = seconds < 90 ? seconds + " s" : (seconds + 59) / 60 + " minutes";
        String zhWhat = files > 0 ? "这 " + files + " 个文件" : "新的文件";
        String enWhat = files > 0 ? "these " + files + " files" : "new files";
        return new Uploads.Refused(503, "BUSY", "服务器上还有 " + waiting + " 个文件在排队等待检查，暂时不能接收" + zhWhat
                + "；请约 " + zhWait + "后再上传。已接收的批次不受影响。", "The server has " + waiting
                + " files waiting to be checked and cannot take " + enWhat + " now: upload again in about " + enWait
                + ". Batches already accepted are not affected.", seconds);
    }

    /** A batch starts being checked: the time to its first result counts, the idle time before it does not. */
    synchronized void batchStarted() {
        lastCheckedNanos = System.nanoTime();
    }

    /** One file of a running batch checked and its result stored. */
    synchronized void checked() {
        long now = System.nanoTime();
        secondsPerFile += WEIGHT * ((now - lastCheckedNanos) / 1e9 - secondsPerFile);
        lastCheckedNanos = now;
        waiting--;
    }

    /** Files of an accepted upload that will not be checked after all (its batch stopped early). */
    synchronized void dropped(int files) {
        waiting -= files;
    }

    synchronized int waiting() {
        return waiting;
    }

    /** How long until an upload of this many files would be taken, at the rate files are being checked. */
    private long retrySeconds(int files) {
        int mustFinish = Math.min(waiting, waiting + files - maxFiles);
        long seconds = (long) Math.ceil(Math.max(1, mustFinish) * secondsPerFile);
        return Math.max(MIN_RETRY_SECONDS, Math.min(MAX_RETRY_SECONDS, seconds));
    }
}
