package org.nianbao.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An office's audits: an audit year with its roster of bodies (name, level, deadline, contact), the publication
 * dates entered for them, which were sent back, and the submissions placed by hand on a roster body whose name
 * they did not match. Which reports belong to an audit is the batches' {@code audit_id}.
 */
public final class Audits {
    /**
     * An audit.
     *
     * @param year      the report year audited, or null when not said
     * @param office    the office's name, heading its letters (整改通知)
     * @param replyDays how many days a body has to answer a letter
     */
    public record Audit(String id, long created, String title, Integer year, String office, int replyDays,
            String createdBy) {
    }

    /**
     * A body on an audit's roster.
     *
     * @param nameKey   the name normalised, as reports' bodies are matched
     * @param level     {@code government}, {@code department} or null when the roster does not say
     * @param deadline  its own publication deadline (yyyy-MM-dd), or null for the rules' deadline for its level
     * @param published its publication date as entered by the office (yyyy-MM-dd), or null
     * @param sentBack  when the office sent its report back for correction (epoch ms), or null
     */
    public record RosterBody(String id, String auditId, int seq, String name, String nameKey, String level,
            String deadline, String contact, String published, Long sentBack, String sentBackBy) {
    }

    private final Database db;

    public Audits(Database db) {
        this.db = db;
    }

    public void create(Audit a) throws SQLException {
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO audit (id, created, title, report_year,"
                    + " office, reply_days, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, a.id());
                p.setLong(2, a.created());
                p.setString(3, a.title());
                setInt(p, 4, a.year());
                p.setString(5, a.office());
                p.setInt(6, a.replyDays());
                p.setString(7, a.createdBy());
                p.executeUpdate();
            }
            return null;
        });
    }

    /** Changes an audit's title, year, office and reply days. */
    public void update(Audit a) throws SQLException {
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE audit SET title = ?, report_year = ?, office = ?,"
                    + " reply_days = ? WHERE id = ?")) {
                p.setString(1, a.title());
                setInt(p, 2, a.year());
                p.setString(3, a.office());
                p.setInt(4, a.replyDays());
                p.setString(5, a.id());
                p.executeUpdate();
            }
            return null;
        });
    }

    /** Every audit, newest first. */
    public List<Audit> all() throws SQLException {
        return audits("", null);
    }

    public Optional<Audit> audit(String id) throws SQLException {
        List<Audit> a = audits(" WHERE id = ?", id);
        return a.isEmpty() ? Optional.empty() : Optional.of(a.get(0));
    }

    private List<Audit> audits(String where, String arg) throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, created, title, report_year, office,"
                    + " reply_days, created_by FROM audit" + where + " ORDER BY created DESC, id")) {
                if (arg != null) {
                    p.setString(1, arg);
                }
                List<Audit> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        int y = rs.getInt(4);
                        out.add(new Audit(rs.getString(1), rs.getLong(2), rs.getString(3), rs.wasNull() ? null : y,
                                rs.getString(5), rs.getInt(6), rs.getString(7)));
                    }
                }
                return out;
            }
        });
    }

    /** How many bodies each audit's roster holds. */
    public Map<String, Integer> rosterSizes() throws SQLException {
        return db.transaction(c -> {
            Map<String, Integer> out = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT audit_id, COUNT(*) FROM roster_body GROUP BY audit_id");
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    /**
     * Adds bodies to a roster; a body whose key is on it already has its level, deadline and contact updated
     * (when the import gives them). Returns how many were added.
     */
    public int importRoster(String auditId, List<RosterBody> bodies) throws SQLException {
        return db.transaction(c -> {
            Map<String, String> known = new HashMap<>();
            int seq = 0;
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT name_key, id, seq FROM roster_body WHERE audit_id = ?")) {
                p.setString(1, auditId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        known.put(rs.getString(1), rs.getString(2));
                        seq = Math.max(seq, rs.getInt(3) + 1);
                    }
                }
            }
            int added = 0;
            for (RosterBody b : bodies) {
                String id = known.get(b.nameKey());
                if (id != null) {
                    try (PreparedStatement p = c.prepareStatement("UPDATE roster_body SET"
                            + " body_level = COALESCE(?, body_level), deadline = COALESCE(?, deadline),"
                            + " contact = COALESCE(?, contact) WHERE id = ?")) {
                        p.setString(1, b.level());
                        p.setString(2, b.deadline());
                        p.setString(3, b.contact());
                        p.setString(4, id);
                        p.executeUpdate();
                    }
                    continue;
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO roster_body (id, audit_id, seq, name,"
                        + " name_key, body_level, deadline, contact) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    p.setString(1, b.id());
                    p.setString(2, auditId);
                    p.setInt(3, seq++);
                    p.setString(4, b.name());
                    p.setString(5, b.nameKey());
                    p.setString(6, b.level());
                    p.setString(7, b.deadline());
                    p.setString(8, b.contact());
                    p.executeUpdate();
                }
                known.put(b.nameKey(), b.id());
                added++;
            }
            return added;
        });
    }

    /** The roster in its order. */
    public List<RosterBody> roster(String auditId) throws SQLException {
        return bodies("audit_id = ? ORDER BY seq", auditId);
    }

    public Optional<RosterBody> rosterBody(String id) throws SQLException {
        List<RosterBody> b = bodies("id = ?", id);
        return b.isEmpty() ? Optional.empty() : Optional.of(b.get(0));
    }

    private List<RosterBody> bodies(String where, String arg) throws SQLException {
        return db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, audit_id, seq, name, name_key, body_level,"
                    + " deadline, contact, published, sent_back, sent_back_by FROM roster_body WHERE " + where)) {
                p.setString(1, arg);
                List<RosterBody> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        long sent = rs.getLong(10);
                        Long sentBack = rs.wasNull() ? null : sent;
                        out.add(new RosterBody(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9), sentBack, rs.getString(11)));
                    }
                }
                return out;
            }
        });
    }

    /** Removes a body from its roster, with the submissions placed on it by hand. */
    public void removeFromRoster(String rosterId) throws SQLException {
        db.transaction(c -> {
            Store.update(c, "DELETE FROM roster_match WHERE roster_id = ?", rosterId);
            return Store.update(c, "DELETE FROM roster_body WHERE id = ?", rosterId);
        });
    }

    /** The publication date the office entered for a body (null clears it). */
    public void setPublished(String rosterId, String date) throws SQLException {
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE roster_body SET published = ? WHERE id = ?")) {
                p.setString(1, date);
                p.setString(2, rosterId);
                return p.executeUpdate();
            }
        });
    }

    /** Marks a body's report as sent back for correction now (or, with null, takes the mark back). */
    public void setSentBack(String rosterId, Long when, String who) throws SQLException {
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE roster_body SET sent_back = ?, sent_back_by = ? WHERE id = ?")) {
                if (when == null) {
                    p.setNull(1, Types.BIGINT);
                } else {
                    p.setLong(1, when);
                }
                p.setString(2, when == null ? null : who);
                p.setString(3, rosterId);
                return p.executeUpdate();
            }
        });
    }

    /**
     * Places submissions on a roster body by hand: every report naming the body {@code body:KEY}, or one file
     * {@code file:HASH}. A null roster id takes the placing back.
     */
    public void match(String auditId, String matchKey, String rosterId) throws SQLException {
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "DELETE FROM roster_match WHERE audit_id = ? AND match_key = ?")) {
                p.setString(1, auditId);
                p.setString(2, matchKey);
                p.executeUpdate();
            }
            if (rosterId != null) {
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO roster_match (audit_id, match_key, roster_id) VALUES (?, ?, ?)")) {
                    p.setString(1, auditId);
                    p.setString(2, matchKey);
                    p.setString(3, rosterId);
                    p.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The placings made by hand: match key → roster body id. */
    public Map<String, String> matches(String auditId) throws SQLException {
        return db.transaction(c -> {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT match_key, roster_id FROM roster_match WHERE audit_id = ?")) {
                p.setString(1, auditId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    /** Deletes an audit with its roster and placings; its batches stay, no longer part of an audit. */
    public void delete(String auditId) throws SQLException {
        db.transaction(c -> {
            Store.update(c, "DELETE FROM roster_match WHERE audit_id = ?", auditId);
            Store.update(c, "DELETE FROM roster_body WHERE audit_id = ?", auditId);
            Store.update(c, "UPDATE batch SET audit_id = NULL WHERE audit_id = ?", auditId);
            return Store.update(c, "DELETE FROM audit WHERE id = ?", auditId);
        });
    }

    private static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.INTEGER);
        } else {
            p.setInt(i, v);
        }
    }
}
