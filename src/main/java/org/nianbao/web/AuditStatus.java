package org.nianbao.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.run.PreviousReports;
import org.nianbao.store.Audits;
import org.nianbao.store.ResultRow;

/**
 * Where each body of an audit's roster stands: which files it submitted (in upload order, each by its newest check),
 * the one that counts now (the last not marked superseded), whether it was published on time, passes, was sent back
 * and submitted again. A report is placed on a roster body by its name, normalised as the cross-year rules match
 * bodies, or by hand; a report placed on none is listed apart, to be placed.
 */
final class AuditStatus {
    /** Where a body stands, as the audit page's 状态 column and filter name it. */
    enum State {
        MISSING("missing", "未报送", "not submitted"),
        UNREADABLE("unreadable", "无法读取", "unreadable"),
        SENT_BACK("sentback", "已退回，待重新报送", "sent back, awaiting a new version"),
        FAIL("fail", "不通过", "fails"),
        PASS("pass", "通过", "passes");

        final String id;
        final String zh;
        final String en;

        State(String id, String zh, String en) {
            this.id = id;
            this.zh = zh;
            this.en = en;
        }
    }

    /** One file a body submitted, by its newest check. */
    record Submission(ResultRow result, long firstSeen, boolean superseded) {
    }

    /**
     * One roster body's line.
     *
     * @param current     the submission that counts now, or null when none
     * @param published   the publication date known (entered by the office, given with the upload, or the page's)
     * @param deadline    the body's own deadline, or its level's
     * @param resubmitted whether a file came after the body was sent back
     */
    record Line(Audits.RosterBody body, List<Submission> submissions, Submission current, LocalDate published,
            LocalDate deadline, boolean resubmitted) {
        State state() {
            if (current == null) {
                return State.MISSING;
            }
            if (body.sentBack() != null && !resubmitted) {
                return State.SENT_BACK;
            }
            return switch (current.result().status()) {
                case "pass" -> State.PASS;
                case "fail" -> State.FAIL;
                default -> State.UNREADABLE;
            };
        }

        /** Published after its deadline. */
        boolean late() {
            return deadline != null && published != null && published.isAfter(deadline);
        }

        /** Not submitted, and its deadline has passed. */
        boolean overdue(LocalDate today) {
            return current == null && deadline != null && today.isAfter(deadline);
        }

        int errors() {
            return current == null ? 0 : current.result().errors();
        }
    }

    /**
     * The roster's lines in roster order, the reports placed on no roster body, and those for another year than the
     * audited one (an earlier year uploaded for the cross-year checks, or by mistake).
     */
    record View(List<Line> lines, List<Submission> unplaced, List<Submission> otherYears) {
    }

    private AuditStatus() {
    }

    /**
     * @param results    every result of the audit's batches (rechecks included), summary columns
     * @param matches    placings by hand: {@code body:KEY} or {@code file:HASH} → roster body id
     * @param superseded the files marked as replaced by a newer submission
     */
    static View of(Audits.Audit audit, List<Audits.RosterBody> roster, List<ResultRow> results,
            Map<String, String> matches, Set<String> superseded) {
        Map<String, Audits.RosterBody> byKey = new HashMap<>();
        Map<String, Audits.RosterBody> byId = new HashMap<>();
        for (Audits.RosterBody b : roster) {
            byKey.putIfAbsent(b.nameKey(), b);
            byId.put(b.id(), b);
        }
        // each file by its newest check, remembering when it was first seen
        Map<String, ResultRow> newest = new LinkedHashMap<>();
        Map<String, Long> firstSeen = new HashMap<>();
        for (ResultRow r : results) {
            firstSeen.merge(r.fileHash(), r.checked(), Math::min);
            newest.merge(r.fileHash(), r, (a, b) -> b.checked() >= a.checked() ? b : a);
        }
        Map<String, List<Submission>> byBody = new HashMap<>();
        List<Submission> unplaced = new ArrayList<>();
        List<Submission> otherYears = new ArrayList<>();
        for (ResultRow r : newest.values()) {
            Submission s = new Submission(r, firstSeen.get(r.fileHash()), superseded.contains(r.fileHash()));
            if (audit.year() != null && r.year() != null && !audit.year().equals(r.year())) {
                otherYears.add(s);
                continue;
            }
            Audits.RosterBody b = placed(r, matches, byKey, byId);
            if (b == null) {
                unplaced.add(s);
            } else {
                byBody.computeIfAbsent(b.id(), k -> new ArrayList<>()).add(s);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Audits.RosterBody b : roster) {
            List<Submission> subs = byBody.getOrDefault(b.id(), List.of()).stream()
                    .sorted(Comparator.comparingLong(Submission::firstSeen)).toList();
            Submission current = null;
            for (Submission s : subs) {
                if (!s.superseded()) {
                    current = s;
                }
            }
            boolean resubmitted = b.sentBack() != null && subs.stream().anyMatch(s -> s.firstSeen() > b.sentBack());
            LocalDate published = date(b.published());
            if (published == null && current != null) {
                published = date(current.result().published());
            }
            lines.add(new Line(b, subs, current, published, deadline(audit, b, current), resubmitted));
        }
        unplaced.sort(Comparator.comparingLong(Submission::firstSeen));
        otherYears.sort(Comparator.comparingLong(Submission::firstSeen));
        return new View(lines, unplaced, otherYears);
    }

    /** The key a report is placed by when placed by hand: its file, else its body's name. */
    static String fileKey(ResultRow r) {
        return "file:" + r.fileHash();
    }

    static String bodyKey(ResultRow r) {
        return r.bodyKey() == null ? null : "body:" + r.bodyKey();
    }

    private static Audits.RosterBody placed(ResultRow r, Map<String, String> matches,
            Map<String, Audits.RosterBody> byKey, Map<String, Audits.RosterBody> byId) {
        String byFile = matches.get(fileKey(r));
        if (byFile != null && byId.containsKey(byFile)) {
            return byId.get(byFile);
        }
        String byName = bodyKey(r) == null ? null : matches.get(bodyKey(r));
        if (byName != null && byId.containsKey(byName)) {
            return byId.get(byName);
        }
        return r.bodyKey() == null ? null : byKey.get(r.bodyKey());
    }

    /** A roster name as reports' bodies are matched. */
    static String nameKey(String name) {
        return PreviousReports.normalise(name);
    }

    /**
     * The body's own deadline, else its level's for the year after the audited one: 31 January for a department,
     * 31 March for a government (国办公开办函〔2021〕30号). Null when neither the year nor the level is known.
     */
    static LocalDate deadline(Audits.Audit audit, Audits.RosterBody b, Submission current) {
        LocalDate own = date(b.deadline());
        if (own != null) {
            return own;
        }
        Integer year = audit.year() != null ? audit.year() : current == null ? null : current.result().year();
        String level = b.level() != null ? b.level() : current == null ? null : current.result().level();
        if (year == null || level == null) {
            return null;
        }
        return level.equals("government") ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year + 1, 1, 31);
    }

    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
