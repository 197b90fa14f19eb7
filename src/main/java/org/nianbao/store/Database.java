package org.nianbao.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A JDBC database: the embedded H2 file under the data folder, or a server (PostgreSQL) named by a JDBC URL.
 * Connections are kept in a small pool and reused (a new one per unit of work cost a PostgreSQL login, and made H2
 * parse every statement afresh); one that fails is dropped. The schema is created when missing; column types are
 * the only thing that differs between the two.
 */
public final class Database implements AutoCloseable {
    /** The column types that differ between the databases we support. */
    enum Dialect {
        H2("BLOB", "CLOB"), POSTGRESQL("BYTEA", "TEXT");

        final String bytes;
        final String text;

        Dialect(String bytes, String text) {
            this.bytes = bytes;
            this.text = text;
        }
    }

    /** One unit of work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private static final int POOL = 4;

    private final String url;
    private final Dialect dialect;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(POOL);
    private volatile boolean closed;

    private Database(String url, Dialect dialect) throws SQLException {
        this.url = url;
        this.dialect = dialect;
        createSchema();
    }

    /** The embedded database file {@code nianbao.mv.db} in {@code dataDir}. */
    public static Database embedded(Path dataDir) throws SQLException {
        // each commit is written before it returns: a result is "stored" only once it is on disk
        return open("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("nianbao")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    }

    /** A database by JDBC URL: {@code jdbc:postgresql://host/db?user=…&password=…} or {@code jdbc:h2:…}. */
    public static Database open(String url) throws SQLException {
        if (url.startsWith("jdbc:postgresql:")) {
            return new Database(url, Dialect.POSTGRESQL);
        }
        if (url.startsWith("jdbc:h2:")) {
            return new Database(url, Dialect.H2);
        }
        throw new SQLException("unsupported JDBC URL (jdbc:postgresql: or jdbc:h2:): "
                + url.replaceAll("password=[^&;]*", "password=***"));
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(Work<T> work) throws SQLException {
        if (closed) {
            throw new SQLException("database closed");
        }
        Connection c = idle.poll();
        if (c == null) {
            c = DriverManager.getConnection(url);
            c.setAutoCommit(false);
        }
        boolean reusable = false;
        try {
            T out = work.run(c);
            c.commit();
            reusable = true;
            return out;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
                reusable = true;
            } catch (SQLException broken) {
                e.addSuppressed(broken); // the connection itself failed: it is not reused
            }
            throw e;
        } finally {
            if (!reusable || closed || !idle.offer(c)) {
                c.close();
            }
        }
    }

    private void createSchema() throws SQLException {
        String bytes = dialect.bytes;
        String text = dialect.text;
        List<String> ddl = List.of(
                "CREATE TABLE IF NOT EXISTS stored_file (hash VARCHAR(64) PRIMARY KEY, byte_size BIGINT NOT NULL,"
                        + " content " + bytes + " NOT NULL, first_seen BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS batch (id VARCHAR(32) PRIMARY KEY, created BIGINT NOT NULL,"
                        + " title VARCHAR(400) NOT NULL, state VARCHAR(16) NOT NULL, total INT NOT NULL,"
                        + " done INT NOT NULL, rules_version VARCHAR(64) NOT NULL, recheck_of VARCHAR(32),"
                        + " finished BIGINT)",
                "CREATE TABLE IF NOT EXISTS result (id VARCHAR(32) PRIMARY KEY, batch_id VARCHAR(32) NOT NULL,"
                        + " seq INT NOT NULL, file_hash VARCHAR(64) NOT NULL, file_name VARCHAR(600) NOT NULL,"
                        + " checked BIGINT NOT NULL, rules_version VARCHAR(64) NOT NULL, input_format VARCHAR(16),"
                        + " status VARCHAR(16) NOT NULL, agency VARCHAR(400), body_key VARCHAR(400),"
                        + " report_year INT, report_level VARCHAR(16), errors INT NOT NULL, warnings INT NOT NULL,"
                        + " infos INT NOT NULL, html_zh " + text + ", html_en " + text + ", json_zh " + text
                        + ", json_en " + text + ")",
                "ALTER TABLE result ADD COLUMN IF NOT EXISTS rule_ids VARCHAR(4000)",
                "ALTER TABLE batch ADD COLUMN IF NOT EXISTS owner VARCHAR(600)",
                "ALTER TABLE batch ADD COLUMN IF NOT EXISTS error VARCHAR(1000)",
                "CREATE TABLE IF NOT EXISTS batch_file (batch_id VARCHAR(32) NOT NULL, seq INT NOT NULL,"
                        + " file_hash VARCHAR(64) NOT NULL, file_name VARCHAR(600) NOT NULL,"
                        + " PRIMARY KEY (batch_id, seq))",
                "ALTER TABLE batch_file ADD COLUMN IF NOT EXISTS refused VARCHAR(32)",
                "CREATE INDEX IF NOT EXISTS result_batch ON result (batch_id, seq)",
                "CREATE INDEX IF NOT EXISTS result_body ON result (body_key, report_year)",
                "CREATE INDEX IF NOT EXISTS result_file ON result (file_hash)",
                "CREATE TABLE IF NOT EXISTS batch_output (batch_id VARCHAR(32) NOT NULL, kind VARCHAR(16) NOT NULL,"
                        + " content " + bytes + " NOT NULL, PRIMARY KEY (batch_id, kind))");
        transaction(c -> {
            try (Statement s = c.createStatement()) {
                for (String sql : ddl) {
                    s.execute(sql);
                }
            }
            return null;
        });
    }

    @Override
    public void close() throws SQLException {
        closed = true;
        for (Connection c; (c = idle.poll()) != null; ) {
            c.close(); // the last H2 connection closed closes the database file
        }
    }
}
