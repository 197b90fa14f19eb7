package org.nianbao.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The schema, as numbered steps. Each step runs once, in order, in its own transaction, and is recorded in
 * {@code schema_version}; a data folder made by an earlier release gets the steps it lacks at the next start, so
 * nothing it holds is lost. Step 1 is the schema before steps were numbered: written so that it also runs over
 * such a database (every statement "if not exists"). Column types are the only thing that differs between H2 and
 * PostgreSQL. Every statement is written "if not exists", so that a step H2 stopped half-way (its DDL is not
 * transactional) runs again whole.
 */
final class Migrations {
    /** One step: statements, then optionally work in Java (filling a new column from old ones). */
    private record Step(int version, String what, List<String> sql, Database.Work<Void> then) {
    }

    private Migrations() {
    }

    /** The schema's latest version: what a database has once {@link #apply} has run. */
    static int latest(Database.Dialect d) {
        List<Step> steps = steps(d);
        return steps.get(steps.size() - 1).version();
    }

    /** Brings the database up to the latest version; returns how many steps ran. */
    static int apply(Database db, Database.Dialect d) throws SQLException {
        db.transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY,"
                        + " applied BIGINT NOT NULL, what VARCHAR(200) NOT NULL)");
            }
            return null;
        });
        int current = db.transaction(Migrations::current);
        int ran = 0;
        for (Step step : steps(d)) {
            if (step.version() <= current) {
                continue;
            }
            try {
                db.transaction(c -> {
                    try (Statement s = c.createStatement()) {
                        for (String sql : step.sql()) {
                            s.execute(sql);
                        }
                    }
                    if (step.then() != null) {
                        step.then().run(c);
                    }
                    try (PreparedStatement p = c.prepareStatement(
                            "INSERT INTO schema_version (version, applied, what) VALUES (?, ?, ?)")) {
                        p.setInt(1, step.version());
                        p.setLong(2, System.currentTimeMillis());
                        p.setString(3, step.what());
                        p.executeUpdate();
                    }
                    return null;
                });
            } catch (SQLException e) {
                if (db.transaction(Migrations::current) >= step.version()) {
                    continue; // another server sharing the database ran the step first
                }
                throw new SQLException("schema step " + step.version() + " (" + step.what() + ") failed: "
                        + e.getMessage(), e.getSQLState(), e);
            }
            ran++;
        }
        return ran;
    }

    private static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<Step> steps(Database.Dialect d) {
        String bytes = d.bytes;
        String text = d.text;
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(1, "files, batches, results, downloads", List.of(
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
                        + " content " + bytes + " NOT NULL, PRIMARY KEY (batch_id, kind))"), null));
        steps.add(new Step(2, "audits, rosters, people, the report's model and dates", List.of(
                // each result keeps the report as read (its tables, for the years side by side and the region's
                // sum), its publication and signature dates, and a short id of its body for addresses
                "ALTER TABLE result ADD COLUMN IF NOT EXISTS model_json " + text,
                "ALTER TABLE result ADD COLUMN IF NOT EXISTS body_id VARCHAR(16)",
                "ALTER TABLE result ADD COLUMN IF NOT EXISTS published VARCHAR(10)",
                "ALTER TABLE result ADD COLUMN IF NOT EXISTS issued VARCHAR(10)",
                "CREATE INDEX IF NOT EXISTS result_body_id ON result (body_id, report_year)",
                "ALTER TABLE batch ADD COLUMN IF NOT EXISTS audit_id VARCHAR(32)",
                "ALTER TABLE batch ADD COLUMN IF NOT EXISTS published VARCHAR(10)",
                "ALTER TABLE batch ADD COLUMN IF NOT EXISTS created_by VARCHAR(200)",
                "CREATE INDEX IF NOT EXISTS batch_audit ON batch (audit_id)",
                "CREATE INDEX IF NOT EXISTS batch_file_hash ON batch_file (file_hash)",
                "CREATE TABLE IF NOT EXISTS audit (id VARCHAR(32) PRIMARY KEY, created BIGINT NOT NULL,"
                        + " title VARCHAR(400) NOT NULL, report_year INT, office VARCHAR(400),"
                        + " reply_days INT NOT NULL, created_by VARCHAR(200))",
                "CREATE TABLE IF NOT EXISTS roster_body (id VARCHAR(32) PRIMARY KEY, audit_id VARCHAR(32) NOT NULL,"
                        + " seq INT NOT NULL, name VARCHAR(400) NOT NULL, name_key VARCHAR(400) NOT NULL,"
                        + " body_level VARCHAR(16), deadline VARCHAR(10), contact VARCHAR(400),"
                        + " published VARCHAR(10), sent_back BIGINT, sent_back_by VARCHAR(200))",
                "CREATE INDEX IF NOT EXISTS roster_audit ON roster_body (audit_id, seq)",
                // a submission placed by hand: its body's name (body:KEY) or its file (file:HASH) → a roster body
                "CREATE TABLE IF NOT EXISTS roster_match (audit_id VARCHAR(32) NOT NULL, match_key VARCHAR(500) NOT NULL,"
                        + " roster_id VARCHAR(32) NOT NULL, PRIMARY KEY (audit_id, match_key))",
                "CREATE TABLE IF NOT EXISTS superseded (file_hash VARCHAR(64) PRIMARY KEY, by_result VARCHAR(32),"
                        + " marked BIGINT NOT NULL, marked_by VARCHAR(200))",
                "CREATE TABLE IF NOT EXISTS audit_log (id VARCHAR(32) PRIMARY KEY, at BIGINT NOT NULL, who VARCHAR(200) NOT NULL,"
                        + " action VARCHAR(40) NOT NULL, target VARCHAR(200), detail VARCHAR(2000))",
                "CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at)"), Migrations::fillBodyIds));
        return steps;
    }

    /** Results stored before step 2 get their body's short id from the body's key. */
    private static Void fillBodyIds(Connection c) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT DISTINCT body_key FROM result WHERE body_key IS NOT NULL")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE result SET body_id = ? WHERE body_key = ?")) {
            for (String key : keys) {
                p.setString(1, bodyId(key));
                p.setString(2, key);
                p.addBatch();
            }
            p.executeBatch();
        }
        return null;
    }

    /** A body's short id: the first 16 hex digits of its key's SHA-256 (a name is no part of an address). */
    static String bodyId(String bodyKey) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bodyKey.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
