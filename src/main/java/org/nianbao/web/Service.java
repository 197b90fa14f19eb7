package org.nianbao.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.TempFolder;
import org.nianbao.rules.RuleSet;
import org.nianbao.rules.RuleSource;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.TimeLimit;
import org.nianbao.run.worker.WorkerPool;
import org.nianbao.store.Database;
import org.nianbao.store.Store;

/**
 * The whole server put together — database, store, batch queue, HTTP — and taken down in the reverse order.
 * {@code serve} runs one until stopped; tests start and stop them.
 */
public final class Service implements AutoCloseable {
    /**
     * @param data        the data folder: the embedded database (unless jdbcUrl), file cache, uploads in flight
     * @param jdbcUrl     another database, or null for the embedded one
     * @param accessToken required on every request when not null (its holder an office person)
     * @param people      named people with tokens of their own, roles, as the audit log names them
     * @param maxWaitingFiles how many accepted files may wait to be checked before uploads are refused (503)
     */
    public record Config(String host, int port, Path data, String jdbcUrl, String accessToken, UploadLimits limits,
            TimeLimit timeout, RuleSet rules, String rulesVersion, String toolVersion, Workers workers,
            long maxStoredBytes, People people, int maxWaitingFiles) {
        /** The default quota of stored files. */
        public static final long MAX_STORED_BYTES = 20L << 30;
        /** The default backlog: four full batches of the default 500 files. */
        public static final int MAX_WAITING_FILES = 2000;

        public Config(String host, int port, Path data, String jdbcUrl, String accessToken, UploadLimits limits,
                Duration timeout, RuleSet rules, String rulesVersion, String toolVersion, Workers workers,
                long maxStoredBytes) {
            this(host, port, data, jdbcUrl, accessToken, limits, TimeLimit.of(timeout), rules, rulesVersion,
                    toolVersion, workers, maxStoredBytes, People.NONE, MAX_WAITING_FILES);
        }

        /** Everyone who may use the server: the named people and the single token's holder. */
        People everyone() {
            return accessToken == null || accessToken.isEmpty() ? people : people.with(accessToken,
                    People.TOKEN_HOLDER);
        }
    }

    /** The data folder's own folders for work in progress: left by a stopped server, emptied at start. */
    private static final List<String> SCRATCH = List.of("uploads", "work", "tmp", "files");

    /**
     * The worker processes every file is read in.
     *
     * @param count         how many, so how many files are read at once
     * @param heapMegabytes each one's heap limit
     */
    public record Workers(int count, int heapMegabytes) {
        public static final Workers DEFAULT = new Workers(Runtime.getRuntime().availableProcessors(),
                WorkerPool.Settings.HEAP_MEGABYTES);
    }

    private final Database database;
    private final TempFolder.Scope temp;
    private final WorkerPool workers;
    private final BatchJobs jobs;
    private final WebServer server;
    private final int interrupted;

    private Service(Database database, WorkerPool workers, BatchJobs jobs, WebServer server, int interrupted,
            TempFolder.Scope temp) {
        this.database = database;
        this.temp = temp;
        this.workers = workers;
        this.jobs = jobs;
        this.server = server;
        this.interrupted = interrupted;
    }

    public static Service start(Config c) throws IOException, SQLException {
        Files.createDirectories(c.data());
        for (String folder : SCRATCH) {
            TempFolder.deleteTree(c.data().resolve(folder)); // uploads half received, batches' files, workers' temp
        }
        // the outputs' own temporary files (the streamed workbook) go where the next start removes them
        TempFolder.Scope temp = TempFolder.use(c.data().resolve("tmp"));
        Database db;
        try {
            db = c.jdbcUrl() == null ? Database.embedded(c.data()) : Database.open(c.jdbcUrl());
        } catch (SQLException | RuntimeException e) {
            temp.close();
            throw e;
        }
        BatchJobs jobs = null;
        WorkerPool workers = null;
        try {
            Store store = new Store(db, owner(c.data()));
            int interrupted = store.markInterrupted();
            // a file the upload accepted is not refused by the reader for its size
            ReadLimits d = ReadLimits.DEFAULT;
            CheckOptions options = new CheckOptions(null, null, null, new ReadLimits(
                    Math.max(d.maxBytes(), c.limits().maxFileBytes()), d.maxPages(), d.maxTableCells(),
                    d.maxTextChars()));
            workers = new WorkerPool(new WorkerPool.Settings(c.workers().count(), c.workers().heapMegabytes(),
                    c.timeout().perFile(), options.limits(), c.data().resolve("tmp"), 2000, true));
            jobs = new BatchJobs(store, new Keeper(store, c.maxStoredBytes(), c.data()), c.rules(), c.rulesVersion(),
                    c.toolVersion(), options, workers, c.workers().count(), c.timeout(), c.data().resolve("work"),
                    c.maxWaitingFiles());
            WebServer server = WebServer.start(new WebServer.Settings(c.host(), c.port(), c.limits(),
                    c.everyone(), Files.createDirectories(c.data().resolve("uploads"))), store, jobs);
            return new Service(db, workers, jobs, server, interrupted, temp);
        } catch (IOException | SQLException | RuntimeException e) {
            temp.close();
            if (jobs != null) {
                jobs.close();
            }
            if (workers != null) {
                workers.close();
            }
            db.close();
            throw e;
        }
    }

    /** This server among others that may share one database: its host and data folder. */
    static String owner(Path data) {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + data.toAbsolutePath().normalize();
    }

    public int port() {
        return server.port();
    }

    /** How many batches the previous run left unfinished (now marked interrupted). */
    public int interruptedAtStart() {
        return interrupted;
    }

    /** Waits for a batch to finish (tests, and the API's {@code ?wait=}). */
    public boolean await(String batchId, Duration limit) throws InterruptedException {
        return jobs.await(batchId, limit);
    }

    @Override
    public void close() throws SQLException {
        server.close();
        jobs.stop();
        workers.close(); // what they read ends now, so the batch stops at its next result
        jobs.close();
        temp.close();
        database.close();
    }

    /** A short hash of the tool version and the rule files' names and text: each result names its rules by it. */
    public static String rulesVersion(String toolVersion, List<RuleSource> sources) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(toolVersion.getBytes(StandardCharsets.UTF_8));
            for (RuleSource s : sources.stream().sorted(Comparator.comparing(RuleSource::name)).toList()) {
                md.update(s.name().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(s.text().getBytes(StandardCharsets.UTF_8));
            }
            return toolVersion + "-" + HexFormat.of().formatHex(md.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
