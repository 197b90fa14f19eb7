package org.nianbao.run.worker;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.nianbao.parse.ScanTime;
import org.nianbao.parse.TempFolder;

/**
 * One worker process and the pipes to it. Answers are read by a thread of their own into a queue, so that waiting
 * for one has a deadline; the process's end shows as the end of its answers. Not shared: one caller at a time.
 */
final class Worker {
    /** The exit status of a JVM ended by {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OUT_OF_MEMORY_EXIT = 3;
    private static final Object END = new Object();

    /** What came of one request. */
    sealed interface Reply {
    }

    /** The answer line. */
    record Answered(JsonNode answer) implements Reply {
    }

    /** No answer within the time: the process was killed. */
    record TimedOut() implements Reply {
    }

    /** The process ended without answering, with its exit status. */
    record Died(int exitStatus) implements Reply {
    }

    private final Process process;
    private final Path temp;
    private final OutputStream requests;
    private final BlockingQueue<Object> answers = new LinkedBlockingQueue<>();
    private long served;
    private volatile int scannedPages;
    private volatile Duration granted = Duration.ZERO;

    private Worker(Process process, Path temp) {
        this.process = process;
        this.temp = temp;
        this.requests = process.getOutputStream();
        Thread reader = new Thread(this::readAnswers, "nianbao-worker-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a worker process with this command; {@code temp} is its own temporary folder, removed with it. */
    static Worker start(List<String> command, Path temp) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        return new Worker(pb.start(), temp);
    }

    /**
     * Sends one request and waits for its answer, at most {@code millis}; on timeout the process is killed. A scan
     * read by OCR is told on the way ({@link WorkerProtocol#SCAN_PAGES}): the caller's {@link ScanTime} listener
     * grants its pages more time, and the wait grows by what it granted.
     */
    Reply ask(JsonNode request, long millis) throws InterruptedException {
        scannedPages = 0;
        granted = Duration.ZERO;
        try {
            requests.write((ReportCodec.JSON.writeValueAsString(request) + "\n").getBytes(StandardCharsets.UTF_8));
            requests.flush();
        } catch (IOException e) {
            return died();
        }
        long start = System.nanoTime();
        long allowed = TimeUnit.MILLISECONDS.toNanos(millis);
        while (true) {
            Object line;
            try {
                line = answers.poll(Math.max(0, allowed - (System.nanoTime() - start)), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                kill(); // the caller gave up on this file: so does the process reading it
                throw e;
            }
            if (line == null) {
                kill();
                return new TimedOut();
            }
            if (line == END) {
                return died();
            }
            JsonNode answer;
            try {
                answer = ReportCodec.JSON.readTree((String) line);
            } catch (IOException e) {
                // not an answer: the JVM's own last words ("Terminating due to java.lang.OutOfMemoryError") come on
                // standard output too; whatever it is, the process is not to be trusted with another file
                return died();
            }
            if (answer.has(WorkerProtocol.SCAN_PAGES)) {
                scannedPages = Math.max(scannedPages, answer.get(WorkerProtocol.SCAN_PAGES).asInt());
                granted = ScanTime.scanning(scannedPages);
                allowed = TimeUnit.MILLISECONDS.toNanos(millis) + granted.toNanos();
                continue;
            }
            served++;
            return new Answered(answer);
        }
    }

    /** The pages of the file being read (or last read) that the worker is reading by OCR; 0 for none. */
    int scannedPages() {
        return scannedPages;
    }

    /** The time the caller granted those pages beyond the file's own. */
    Duration granted() {
        return granted;
    }

    /** How many files this process has read. */
    long served() {
        return served;
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Ends the process at once and removes its temporary folder. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        TempFolder.deleteTree(temp);
    }

    /** Ends the process by closing its input (it finishes its file first), then removes its temporary folder. */
    void stop() {
        try {
            requests.close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        TempFolder.deleteTree(temp);
    }

    private Died died() {
        try {
            process.waitFor(30, TimeUnit.SECONDS); // it is exiting; if not, it is ended below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int status = process.isAlive() ? -1 : process.exitValue();
        kill();
        return new Died(status);
    }

    private void readAnswers() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                answers.add(line);
            }
        } catch (IOException e) {
            // the process is gone: its answers end here
        }
        answers.add(END);
    }
}
