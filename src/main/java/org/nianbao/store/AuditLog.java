package org.nianbao.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Who did what and when: every change a person makes to the data (an upload, a deletion, a roster imported, a
 * report marked or sent back) is one entry. Entries are only ever added.
 */
public final class AuditLog {
    /**
     * One entry.
     *
     * @param action what was done, as a short id ({@code upload}, {@code delete-report}, …)
     * @param target what it was done to (a batch, report, audit or body id), or null
     * @param detail in words: the names involved
     */
    public record Entry(String id, long at, String who, String action, String target, String detail) {
    }

    private final Database db;

    public AuditLog(Database db) {
        this.db = db;
    }

    public void add(String who, String action, String target, String detail) throws SQLException {
        db.transaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO audit_log (id, at, who, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
                p.setString(1, Store.newId());
                p.setLong(2, System.currentTimeMillis());
                p.setString(3, cut(who, 200));
                p.setString(4, action);
                p.setString(5, target);
                p.setString(6, detail == null ? null : cut(detail, 2000));
                return p.executeUpdate();
            }
        });
    }

    /** A page of entries, newest first, and how many there are. */
    public Store.Page<Entry> entries(int offset, int limit) throws SQLException {
        return db.transaction(c -> {
            int total;
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM audit_log");
                    ResultSet rs = p.executeQuery()) {
                rs.next();
                total = rs.getInt(1);
            }
            try (PreparedStatement p = c.prepareStatement("SELECT id, at, who, action, target, detail FROM audit_log"
                    + " ORDER BY at DESC, id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
                p.setInt(1, offset);
                p.setInt(2, limit);
                List<Entry> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Entry(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6)));
                    }
                }
                return new Store.Page<>(out, total);
            }
        });
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
