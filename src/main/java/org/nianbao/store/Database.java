package org.nianbao.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A JDBC database: the embedded H2 file under the data folder, or a server (PostgreSQL) named by a JDBC URL.
 * Connections are kept in a small pool and reused (a new one per unit of work cost a PostgreSQL login, and made H2
 * parse every statement afresh); one that fails is dropped. The schema is created, or brought up to date, by
 * {@link Migrations} when the database is opened; column types are the only thing that differs between the two.
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
        Migrations.apply(this, dialect);
    }

    @Override
    public void close() throws SQLException {
        closed = true;
        for (Connection c; (c = idle.poll()) != null; ) {
            c.close(); // the last H2 connection closed closes the database file
        }
    }
}
