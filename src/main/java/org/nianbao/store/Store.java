package org.nianbao.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Files, batches, results and batch downloads in the database. Uploaded files are stored once, by SHA-256, in the
 * database alone (the one place every server sharing it can read); a batch writes the files it checks into its own
 * work folder and removes them when it ends. Nothing a client sent is ever part of a path here.
 */
public final class Store {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String DUPLICATE_KEY = "23505"; // SQLSTATE of a unique violation, in H2 and PostgreSQL
    private static final String SUMMARY_COLUMNS = "id, batch_id, seq, file_hash, file_name, checked, rules_version,"
            + " input_format, status, agency, body_key, report_year, report_level, errors, warnings, infos, rule_ids";

    private final Database db;
    private final String owner;

    /**
     * @param owner names this server (host and data folder): batches are marked as its own, so that at a restart
     *              it marks only its own unfinished batches interrupted, not those of another server sharing the
     *              database
     */
    public Store(Database db, String owner) {
        this.db = db;
        this.owner = owner;
    }

    /** A new random identifier: 16 hex digits, not guessable from others. */
    public static String newId() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Keeps the file's content (once per content) and returns its SHA-256 in hex. */
    public String putFile(Path file) throws IOException, SQLException {
        return putFile(file, sha256(file));
    }

    /** Keeps the file's content under the hash the caller already took of it (once per content). */
    public String putFile(Path file, String hash) throws IOException, SQLException {
        boolean known = db.transaction(c -> exists(c, "SELECT 1 FROM stored_file WHERE hash = ?", hash));
        if (!known) {
            try {
                db.transaction(c -> {
                    try (PreparedStatement p = c.prepareStatement(
                            "INSERT INTO stored_file (hash, byte_size, content, first_seen) VALUES (?, ?, ?, ?)");
                            InputStream in = Files.newInputStream(file)) {
                        p.setString(1, hash);
                        p.setLong(2, Files.size(file));
                        p.setBinaryStream(3, in, Files.size(file));
                        p.setLong(4, System.currentTimeMillis());
                        p.executeUpdate();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                });
            } catch (SQLException e) {
                if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                    throw e; // else the same content arrived twice at once: stored by the other upload
                }
            }
        }
        return hash;
    }

    /** Whether this content is stored already. */
    public boolean hasFile(String hash) throws SQLException {
        return db.transaction(c -> exists(c, "SELECT 1 FROM stored_file WHERE hash = ?", hash));
    }

    /** The bytes of all stored files: what the data quota counts. */
    public long storedBytes() throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(SUM(byte_size), 0) FROM stored_file");
                    ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * The stored file written into {@code dir} under its hash (kept if already there), or empty if unknown. The
     * caller owns the folder and removes it.
     */
    public Optional<Path> writeFile(String hash, Path dir) throws IOException, SQLException {
        if (!hash.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Path local = Files.createDirectories(dir).resolve(hash);
        if (Files.exists(local)) {
            return Optional.of(local);
        }
        Path tmp = Files.createTempFile(dir, "fetch", ".tmp");
        try {
            boolean found = db.transaction(c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT content FROM stored_file WHERE hash = ?")) {
                    p.setString(1, hash);
                    try (ResultSet rs = p.executeQuery()) {
                        if (!rs.next()) {
                            return false;
                        }
                        try (InputStream in = rs.getBinaryStream(1)) {
                            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                        }
                        return true;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (!found) {
                return Optional.empty();
            }
            Files.move(tmp, local, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(local);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A stored file's bytes (an upload is at most the per-file limit), or empty if unknown. */
    public Optional<byte[]> fileContent(String hash) throws SQLException {
        if (!hash.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT content FROM stored_file WHERE hash = ?")) {
                p.setString(1, hash);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * A file of a batch: its place, the name it was uploaded under and its content's hash; {@code refused} names
     * the outcome of a file that was not kept (not a kind of file nianbao reads, or empty), else null.
     */
    public record BatchFile(int seq, String name, String hash, String refused) {
        public BatchFile(int seq, String name, String hash) {
            this(seq, name, hash, null);
        }
    }

    /** Records a batch and the files in it, before any is checked (so an interrupted batch can be checked again). */
    public void createBatch(BatchRow b, List<BatchFile> files) throws SQLException {
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO batch_file (batch_id, seq, file_hash, file_name, refused) VALUES (?, ?, ?, ?, ?)")) {
                for (BatchFile f : files) {
                    p.setString(1, b.id());
                    p.setInt(2, f.seq());
                    p.setString(3, f.hash());
                    p.setString(4, f.name());
                    p.setString(5, f.refused());
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO batch (id, created, title, state, total, done,"
                    + " rules_version, recheck_of, finished, owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, b.id());
                p.setLong(2, b.created());
                p.setString(3, b.title());
                p.setString(4, b.state());
                p.setInt(5, b.total());
                p.setInt(6, b.done());
                p.setString(7, b.rulesVersion());
                p.setString(8, b.recheckOf());
                setLong(p, 9, b.finished());
                p.setString(10, owner);
                p.executeUpdate();
            }
            return null;
        });
    }

    /** The files of a batch in upload order, checked or not. */
    public List<BatchFile> batchFiles(String batchId) throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT seq, file_name, file_hash, refused FROM batch_file WHERE batch_id = ? ORDER BY seq")) {
                p.setString(1, batchId);
                List<BatchFile> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new BatchFile(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
                return out;
            }
        });
    }

    /** Adds a result and counts it done in its batch, in one transaction. */
    public void addResult(ResultRow r) throws SQLException {
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO result (" + SUMMARY_COLUMNS
                    + ", html_zh, html_en, json_zh, json_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?)")) {
                p.setString(1, r.id());
                p.setString(2, r.batchId());
                p.setInt(3, r.seq());
                p.setString(4, r.fileHash());
                p.setString(5, r.fileName());
                p.setLong(6, r.checked());
                p.setString(7, r.rulesVersion());
                p.setString(8, r.inputFormat());
                p.setString(9, r.status());
                p.setString(10, r.agency());
                p.setString(11, r.bodyKey());
                if (r.year() == null) {
                    p.setNull(12, Types.INTEGER);
                } else {
                    p.setInt(12, r.year());
                }
                p.setString(13, r.level());
                p.setInt(14, r.errors());
                p.setInt(15, r.warnings());
                p.setInt(16, r.infos());
                p.setString(17, String.join(" ", r.rules()));
                ResultRow.Rendered x = r.rendered();
                p.setString(18, x.htmlZh());
                p.setString(19, x.htmlEn());
                p.setString(20, x.jsonZh());
                p.setString(21, x.jsonEn());
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE batch SET done = done + 1 WHERE id = ?")) {
                p.setString(1, r.batchId());
                p.executeUpdate();
            }
            return null;
        });
    }

    public void finishBatch(String id, String state) throws SQLException {
        finishBatch(id, state, null);
    }

    /** Marks a batch finished; {@code error} says what stopped it, if something did. */
    public void finishBatch(String id, String state, String error) throws SQLException {
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE batch SET state = ?, finished = ?, error = ? WHERE id = ?")) {
                p.setString(1, state);
                p.setLong(2, System.currentTimeMillis());
                p.setString(3, error == null ? null : error.length() > 900 ? error.substring(0, 900) : error);
                p.setString(4, id);
                p.executeUpdate();
            }
            return null;
        });
    }

    /** This server's batches its last run left running: they will never finish, so they are marked interrupted. */
    public int markInterrupted() throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE batch SET state = ?, finished = ? WHERE state = ? AND owner = ?")) {
                p.setString(1, BatchRow.INTERRUPTED);
                p.setLong(2, System.currentTimeMillis());
                p.setString(3, BatchRow.RUNNING);
                p.setString(4, owner);
                return p.executeUpdate();
            }
        });
    }

    public void putOutput(String batchId, String kind, Path file) throws SQLException {
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO batch_output (batch_id, kind, content) VALUES (?, ?, ?)");
                    InputStream in = Files.newInputStream(file)) {
                p.setString(1, batchId);
                p.setString(2, kind);
                p.setBinaryStream(3, in, Files.size(file));
                p.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    public Optional<byte[]> output(String batchId, String kind) throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT content FROM batch_output WHERE batch_id = ? AND kind = ?")) {
                p.setString(1, batchId);
                p.setString(2, kind);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    public Optional<BatchRow> batch(String id) throws SQLException {
        List<BatchRow> rows = batches("WHERE id = ?", id, 1);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The latest batches, newest first. */
    public List<BatchRow> latestBatches(int limit) throws SQLException {
        return batches("", null, limit);
    }

    private List<BatchRow> batches(String where, String arg, int limit) throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, created, title, state, total, done,"
                    + " rules_version, recheck_of, finished, error FROM batch " + where + " ORDER BY created DESC, id")) {
                if (arg != null) {
                    p.setString(1, arg);
                }
                p.setMaxRows(limit);
                List<BatchRow> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        long fin = rs.getLong(9);
                        Long finished = rs.wasNull() ? null : fin;
                        out.add(new BatchRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getString(8), finished,
                                rs.getString(10)));
                    }
                }
                return out;
            }
        });
    }

    /** A batch's results in upload order, summary columns only. */
    public List<ResultRow> results(String batchId) throws SQLException {
        return summaries("WHERE batch_id = ? ORDER BY seq", batchId);
    }

    /** Every result for this content, newest first, summary columns only: the file's history across rechecks. */
    public List<ResultRow> history(String fileHash) throws SQLException {
        return summaries("WHERE file_hash = ? ORDER BY checked DESC, id", fileHash);
    }

    /** One result with its renderings. */
    public Optional<ResultRow> result(String id) throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + SUMMARY_COLUMNS
                    + ", html_zh, html_en, json_zh, json_en FROM result WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(row(rs, new ResultRow.Rendered(rs.getString(18), rs.getString(19),
                            rs.getString(20), rs.getString(21))));
                }
            }
        });
    }

    /**
     * Every stored report that names its body and year, newest check first: the candidates for the cross-year
     * rules. Returns the file hash per body key and year.
     */
    public List<Earlier> earlierReports() throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT agency, report_year, file_hash FROM result"
                    + " WHERE body_key IS NOT NULL AND report_year IS NOT NULL ORDER BY checked DESC, id")) {
                List<Earlier> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Earlier(rs.getString(1), rs.getInt(2), rs.getString(3)));
                    }
                }
                return out;
            }
        });
    }

    /** A stored report's body as written, its year and its file. */
    public record Earlier(String agency, int year, String fileHash) {
    }

    private List<ResultRow> summaries(String where, String arg) throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM result " + where)) {
                p.setString(1, arg);
                List<ResultRow> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs, null));
                    }
                }
                return out;
            }
        });
    }

    private static ResultRow row(ResultSet rs, ResultRow.Rendered rendered) throws SQLException {
        int year = rs.getInt(12);
        Integer y = rs.wasNull() ? null : year;
        return new ResultRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), y, rs.getString(13), rs.getInt(14), rs.getInt(15), rs.getInt(16),
                rs.getString(17) == null || rs.getString(17).isBlank() ? List.of()
                        : List.of(rs.getString(17).split(" ")), rendered);
    }

    private static boolean exists(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, arg);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.BIGINT);
        } else {
            p.setLong(i, v);
        }
    }

    /** The SHA-256 of a file's content, in hex: the name it is stored under. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[65536];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
