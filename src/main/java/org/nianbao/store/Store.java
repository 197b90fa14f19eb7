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
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
            + " input_format, status, agency, body_key, report_year, report_level, errors, warnings, infos, rule_ids,"
            + " published, issued";
    private static final String FULL_COLUMNS = SUMMARY_COLUMNS + ", html_zh, html_en, json_zh, json_en, model_json";
    private static final String BATCH_COLUMNS = "id, created, title, state, total, done, rules_version, recheck_of,"
            + " finished, error, audit_id, published, created_by";

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
                    + " rules_version, recheck_of, finished, owner, audit_id, published, created_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                p.setString(11, b.auditId());
                p.setString(12, b.published());
                p.setString(13, b.createdBy());
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
            try (PreparedStatement p = c.prepareStatement("INSERT INTO result (" + FULL_COLUMNS
                    + ", body_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                p.setString(18, r.published());
                p.setString(19, r.issued());
                ResultRow.Rendered x = r.rendered();
                p.setString(20, x.htmlZh());
                p.setString(21, x.htmlEn());
                p.setString(22, x.jsonZh());
                p.setString(23, x.jsonEn());
                p.setString(24, x.model());
                p.setString(25, r.bodyId());
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
            try (PreparedStatement p = c.prepareStatement("SELECT " + BATCH_COLUMNS + " FROM batch " + where
                    + " ORDER BY created DESC, id")) {
                if (arg != null) {
                    p.setString(1, arg);
                }
                p.setMaxRows(limit);
                return batchRows(p);
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
        List<ResultRow> rows = full("WHERE id = ?", List.of(id));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * Every stored report that names its body and year, newest check first, those marked superseded left out: the
     * candidates for the cross-year rules. Returns the file hash per body key and year.
     */
    public List<Earlier> earlierReports() throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT agency, report_year, file_hash FROM result"
                    + " WHERE body_key IS NOT NULL AND report_year IS NOT NULL"
                    + " AND file_hash NOT IN (SELECT file_hash FROM superseded) ORDER BY checked DESC, id")) {
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

    /** Results with their renderings and model, by a condition on the result table. */
    private List<ResultRow> full(String where, List<String> args) throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + FULL_COLUMNS + " FROM result " + where)) {
                for (int i = 0; i < args.size(); i++) {
                    p.setString(i + 1, args.get(i));
                }
                List<ResultRow> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs, new ResultRow.Rendered(rs.getString(20), rs.getString(21),
                                rs.getString(22), rs.getString(23), rs.getString(24))));
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
                        : List.of(rs.getString(17).split(" ")), rendered, rs.getString(18), rs.getString(19));
    }

    private static List<BatchRow> batchRows(PreparedStatement p) throws SQLException {
        List<BatchRow> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                long fin = rs.getLong(9);
                Long finished = rs.wasNull() ? null : fin;
                out.add(new BatchRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getString(8), finished,
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)));
            }
        }
        return out;
    }

    /** The office's audits, rosters and placings, in this store's database. */
    public Audits audits() {
        return new Audits(db);
    }

    /** The log of who changed what, in this store's database. */
    public AuditLog log() {
        return new AuditLog(db);
    }

    /**
     * The files that name this body for a year after {@code year} (each once, under the last name it was uploaded
     * as): the reports whose cross-year findings an earlier year's deletion changes.
     */
    public List<BatchFile> laterFiles(String bodyKey, int year) throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT file_hash, MAX(file_name) FROM result"
                    + " WHERE body_key = ? AND report_year > ? GROUP BY file_hash ORDER BY MAX(checked)")) {
                p.setString(1, bodyKey);
                p.setInt(2, year);
                List<BatchFile> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new BatchFile(out.size(), rs.getString(2), rs.getString(1)));
                    }
                }
                return out;
            }
        });
    }

    /** A page of rows and how many there are in all. */
    public record Page<T>(List<T> rows, int total) {
        public Page {
            rows = List.copyOf(rows);
        }
    }

    /** Batches, newest first, whose title holds {@code query} (every batch when it is empty): one page of them. */
    public Page<BatchRow> batches(String query, int offset, int limit) throws SQLException {
        String where = query.isBlank() ? "" : " WHERE LOWER(title) LIKE ? ESCAPE '\\'";
        return db.transaction(c -> {
            int total;
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM batch" + where)) {
                like(p, 1, query);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    total = rs.getInt(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement("SELECT " + BATCH_COLUMNS + " FROM batch" + where
                    + " ORDER BY created DESC, id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
                int i = like(p, 1, query);
                p.setInt(i, offset);
                p.setInt(i + 1, limit);
                return new Page<>(batchRows(p), total);
            }
        });
    }

    /** The batches uploaded into an audit (rechecks of them too), oldest first. */
    public List<BatchRow> auditBatches(String auditId) throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + BATCH_COLUMNS
                    + " FROM batch WHERE audit_id = ? ORDER BY created, id")) {
                p.setString(1, auditId);
                return batchRows(p);
            }
        });
    }

    /** Per batch, how many of its results passed, failed and were unreadable (by status id). */
    public Map<String, Map<String, Integer>> statusCounts(Collection<String> batchIds) throws SQLException {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        if (batchIds.isEmpty()) {
            return out;
        }
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT batch_id, status, COUNT(*) FROM result WHERE"
                    + " batch_id IN (" + marks(batchIds.size()) + ") GROUP BY batch_id, status")) {
                int i = 1;
                for (String id : batchIds) {
                    p.setString(i++, id);
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2),
                                rs.getInt(3));
                    }
                }
            }
            return out;
        });
    }

    /** The results of every batch of an audit, summary columns only, in upload order. */
    public List<ResultRow> auditResults(String auditId) throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT r." + SUMMARY_COLUMNS.replace(", ", ", r.")
                    + " FROM result r JOIN batch b ON b.id = r.batch_id WHERE b.audit_id = ?"
                    + " ORDER BY b.created, r.seq, r.checked")) {
                p.setString(1, auditId);
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

    /** Every result of these bodies (by body key), with renderings and models, oldest check first. */
    public List<ResultRow> bodyResults(Collection<String> bodyKeys) throws SQLException {
        if (bodyKeys.isEmpty()) {
            return List.of();
        }
        return full("WHERE body_key IN (" + marks(bodyKeys.size()) + ") ORDER BY checked, id",
                List.copyOf(bodyKeys));
    }

    /** Results with their renderings and model, by id (those that exist). */
    public List<ResultRow> results(Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        return full("WHERE id IN (" + marks(ids.size()) + ") ORDER BY checked, id", List.copyOf(ids));
    }

    /**
     * A body known from the reports stored: its short id, its key (the normalised name), a name as written, how
     * many results and files, and its first and last report year.
     */
    public record Body(String id, String key, String name, int results, int files, Integer firstYear,
            Integer lastYear) {
    }

    /** The bodies whose name holds {@code query} (all when empty), by name: one page of them. */
    public Page<Body> bodies(String query, int offset, int limit) throws SQLException {
        String where = " WHERE body_id IS NOT NULL"
                + (query.isBlank() ? "" : " AND (LOWER(agency) LIKE ? ESCAPE '\\' OR body_key LIKE ? ESCAPE '\\')");
        return db.transaction(c -> {
            int total;
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(DISTINCT body_id) FROM result" + where)) {
                like(p, like(p, 1, query), query);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    total = rs.getInt(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement("SELECT body_id, MAX(body_key), MAX(agency), COUNT(*),"
                    + " COUNT(DISTINCT file_hash), MIN(report_year), MAX(report_year) FROM result" + where
                    + " GROUP BY body_id ORDER BY MAX(body_key), body_id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
                int i = like(p, like(p, 1, query), query);
                p.setInt(i, offset);
                p.setInt(i + 1, limit);
                List<Body> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        int first = rs.getInt(6);
                        Integer firstYear = rs.wasNull() ? null : first;
                        int last = rs.getInt(7);
                        Integer lastYear = rs.wasNull() ? null : last;
                        out.add(new Body(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                                rs.getInt(5), firstYear, lastYear));
                    }
                }
                return new Page<>(out, total);
            }
        });
    }

    /** The key of the body with this short id, if any report names it. */
    public Optional<String> bodyKey(String bodyId) throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT body_key FROM result WHERE body_id = ?")) {
                p.setString(1, bodyId);
                p.setMaxRows(1);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * What a deletion removed: how many results, the batches that held the file(s) (their downloads are removed
     * too, as they listed what is gone), and the names the files were uploaded under.
     */
    public record Deleted(int results, List<String> batches, List<String> names) {
        public Deleted {
            batches = List.copyOf(batches);
            names = List.copyOf(names);
        }
    }

    /**
     * Deletes a stored file and everything made from it: its results in every batch, its place in each batch (whose
     * counts go down by it), those batches' downloads, its superseded mark and any hand-made roster match.
     */
    public Deleted deleteFile(String hash) throws SQLException {
        return db.transaction(c -> {
            List<String> names = strings(c, "SELECT DISTINCT file_name FROM batch_file WHERE file_hash = ?", hash);
            names.addAll(strings(c, "SELECT DISTINCT file_name FROM result WHERE file_hash = ?", hash));
            Map<String, int[]> perBatch = new HashMap<>(); // batch → files, results removed
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT batch_id, COUNT(*) FROM batch_file WHERE file_hash = ? GROUP BY batch_id")) {
                p.setString(1, hash);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        perBatch.computeIfAbsent(rs.getString(1), k -> new int[2])[0] = rs.getInt(2);
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT batch_id, COUNT(*) FROM result WHERE file_hash = ? GROUP BY batch_id")) {
                p.setString(1, hash);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        perBatch.computeIfAbsent(rs.getString(1), k -> new int[2])[1] = rs.getInt(2);
                    }
                }
            }
            int results = update(c, "DELETE FROM result WHERE file_hash = ?", hash);
            update(c, "DELETE FROM batch_file WHERE file_hash = ?", hash);
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE batch SET total = total - ?, done = done - ? WHERE id = ?")) {
                for (Map.Entry<String, int[]> e : perBatch.entrySet()) {
                    p.setInt(1, e.getValue()[0]);
                    p.setInt(2, e.getValue()[1]);
                    p.setString(3, e.getKey());
                    p.addBatch();
                }
                p.executeBatch();
            }
            for (String batch : perBatch.keySet()) {
                update(c, "DELETE FROM batch_output WHERE batch_id = ?", batch);
            }
            forgetFile(c, hash);
            return new Deleted(results, List.copyOf(perBatch.keySet()),
                    names.stream().distinct().toList());
        });
    }

    /**
     * Deletes a batch: its results, its list of files and its downloads; and each of its files that no other batch
     * holds. Rechecks of it stay, no longer naming it.
     */
    public Deleted deleteBatch(String id) throws SQLException {
        return db.transaction(c -> {
            List<String> hashes = strings(c, "SELECT DISTINCT file_hash FROM batch_file WHERE batch_id = ?", id);
            hashes.addAll(strings(c, "SELECT DISTINCT file_hash FROM result WHERE batch_id = ?", id));
            List<String> names = strings(c, "SELECT file_name FROM batch_file WHERE batch_id = ? ORDER BY seq", id);
            int results = update(c, "DELETE FROM result WHERE batch_id = ?", id);
            update(c, "DELETE FROM batch_file WHERE batch_id = ?", id);
            update(c, "DELETE FROM batch_output WHERE batch_id = ?", id);
            update(c, "UPDATE batch SET recheck_of = NULL WHERE recheck_of = ?", id);
            update(c, "DELETE FROM batch WHERE id = ?", id);
            for (String hash : hashes.stream().distinct().toList()) {
                if (!exists(c, "SELECT 1 FROM batch_file WHERE file_hash = ?", hash)
                        && !exists(c, "SELECT 1 FROM result WHERE file_hash = ?", hash)) {
                    forgetFile(c, hash);
                }
            }
            return new Deleted(results, List.of(id), names);
        });
    }

    private static void forgetFile(Connection c, String hash) throws SQLException {
        update(c, "DELETE FROM stored_file WHERE hash = ?", hash);
        update(c, "DELETE FROM superseded WHERE file_hash = ?", hash);
        update(c, "DELETE FROM roster_match WHERE match_key = ?", "file:" + hash);
    }

    /** The kinds of download a batch still has (none once a report in it was deleted). */
    public List<String> outputKinds(String batchId) throws SQLException {
        return db.transaction(c -> strings(c, "SELECT kind FROM batch_output WHERE batch_id = ? ORDER BY kind",
                batchId));
    }

    /**
     * A report marked as replaced by a newer submission: left out as anyone's earlier year.
     *
     * @param byResult the newer submission's result, or null when not named
     */
    public record Superseded(String fileHash, String byResult, long marked, String markedBy) {
    }

    public void markSuperseded(String hash, String byResult, String who) throws SQLException {
        db.transaction(c -> {
            update(c, "DELETE FROM superseded WHERE file_hash = ?", hash);
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO superseded (file_hash, by_result, marked, marked_by) VALUES (?, ?, ?, ?)")) {
                p.setString(1, hash);
                p.setString(2, byResult);
                p.setLong(3, System.currentTimeMillis());
                p.setString(4, who);
                p.executeUpdate();
            }
            return null;
        });
    }

    public void unmarkSuperseded(String hash) throws SQLException {
        db.transaction(c -> update(c, "DELETE FROM superseded WHERE file_hash = ?", hash));
    }

    /** The superseded marks among these files. */
    public Map<String, Superseded> superseded(Collection<String> hashes) throws SQLException {
        Map<String, Superseded> out = new HashMap<>();
        if (hashes.isEmpty()) {
            return out;
        }
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT file_hash, by_result, marked, marked_by FROM"
                    + " superseded WHERE file_hash IN (" + marks(hashes.size()) + ")")) {
                int i = 1;
                for (String h : hashes) {
                    p.setString(i++, h);
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new Superseded(rs.getString(1), rs.getString(2), rs.getLong(3),
                                rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    /** {@code n} parameter marks, comma-separated. */
    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** Sets a LIKE pattern for a search (when there is one) at {@code i}; returns the next index. */
    private static int like(PreparedStatement p, int i, String query) throws SQLException {
        if (query.isBlank()) {
            return i;
        }
        String q = query.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        p.setString(i, "%" + q + "%");
        return i + 1;
    }

    static List<String> strings(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, arg);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    static int update(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, arg);
            return p.executeUpdate();
        }
    }

    static boolean exists(Connection c, String sql, String arg) throws SQLException {
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
