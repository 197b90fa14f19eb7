package org.nianbao.corpus;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A fault seeded into a generated report, with the rule ids the checker must report for it. Each is made so it
 * breaks only what it names: a balance defect moves a cell and the totals it feeds so that exactly the named
 * identities fail. The expected ids were confirmed by running the checker on each kind.
 */
enum Defect {
    /** 结转下年度 off in one applicant column and in 总计: received + carried ≠ handled + carried forward. */
    BALANCE(Set.of(Group.APPLICATIONS), Set.of("T3.BALANCE"), Set.of()),
    /** 予以公开 off in one column and in 总计: the results no longer add up to （七）总计. */
    RESULTS_TOTAL(Set.of(Group.APPLICATIONS), Set.of("T3.RESULTS_TOTAL"), Set.of()),
    /** a results row's 总计 off: the row total and the 总计 column's results sum both fail. */
    ROW_TOTAL(Set.of(Group.APPLICATIONS), Set.of("T3.ROW_TOTAL", "T3.RESULTS_TOTAL"), Set.of()),
    /** a review/litigation group's 总计 off. */
    GROUP_TOTAL(Set.of(Group.REVIEW), Set.of("T4.GROUP_TOTAL"), Set.of()),
    /** 其他结果 of 行政复议 negative, 结果维持 raised so the total still holds. */
    NEGATIVE(Set.of(Group.REVIEW), Set.of("CELL.NEGATIVE"), Set.of()),
    /** a results cell holding a dash instead of 0: a text, so the balances it feeds cannot be judged. */
    NOT_NUMBER(Set.of(Group.APPLICATIONS), Set.of("CELL.NOT_NUMBER"), Set.of()),
    /** the review/litigation table replaced by a sentence saying there were none. */
    TABLE_MISSING(Set.of(Group.REVIEW), Set.of("TBL.MISSING"), Set.of()),
    /** a zeroed results row left out of the applications table. */
    ROW_MISSING(Set.of(Group.APPLICATIONS), Set.of("TBL.ROW_MISSING"), Set.of()),
    /** section 五 left out. */
    SECTION_MISSING(Set.of(Group.SECTIONS), Set.of("SEC.MISSING"), Set.of()),
    /** the period ends on 30 November. */
    PERIOD_END(Set.of(Group.PERIOD), Set.of("DATE.PERIOD"), Set.of()),
    /** the period is last year's (a reused template). */
    PERIOD_YEAR(Set.of(Group.PERIOD), Set.of("DATE.PERIOD", "DATE.YEAR_MISMATCH"), Set.of()),
    /** signed after the deadline (31 January for a department, 31 March for a government). */
    LATE(Set.of(Group.SIGNATURE), Set.of("DATE.LATE"), Set.of()),
    /** signed before the period ends (a period ending early or last year would hide it, hence both groups). */
    TOO_EARLY(Set.of(Group.SIGNATURE, Group.PERIOD), Set.of("DATE.TOO_EARLY"), Set.of()),
    /** the 2019 trial format used for a report year from 2022 on. */
    OUTDATED(Set.of(Group.FORMAT), Set.of("FMT.OUTDATED"), Set.of()),
    /** section 六 says nothing about 信息处理费 (a warning, and only in the 2021 format). */
    FEE_MISSING(Set.of(Group.FEE), Set.of(), Set.of("TEXT.FEE_MISSING"));

    /** Defects of one group touch the same cells or fields, so a report gets at most one defect per group. */
    enum Group { APPLICATIONS, REVIEW, SECTIONS, PERIOD, SIGNATURE, FORMAT, FEE }

    final Set<Group> groups;
    final Set<String> errors;
    final Set<String> warnings;

    Defect(Set<Group> groups, Set<String> errors, Set<String> warnings) {
        this.groups = groups;
        this.errors = errors;
        this.warnings = warnings;
    }

    /** Applies the defect to a report generated clean (OUTDATED is decided before generation). */
    void apply(GeneratedReport r, Random random, Narrative narrative) {
        var app = r.table("applications");
        String column = TableNumbers.APPLICANTS.get(random.nextInt(TableNumbers.APPLICANTS.size()));
        long delta = 1 + random.nextInt(5);
        switch (this) {
            case BALANCE -> {
                add(app.get("carriedForward"), column, delta);
                add(app.get("carriedForward"), "total", delta);
            }
            case RESULTS_TOTAL -> {
                add(app.get("granted"), column, delta);
                add(app.get("granted"), "total", delta);
            }
            case ROW_TOTAL -> add(app.get(resultRow(app, random)), "total", delta);
            case GROUP_TOTAL -> add(r.table("reviewLitigation").get(pickReviewRow(random)), "total", delta);
            case NEGATIVE -> {
                var review = r.table("reviewLitigation").get("review");
                long other = number(review.get("other"));
                review.put("other", -delta);
                add(review, "upheld", other + delta);
            }
            case NOT_NUMBER -> app.get(resultRow(app, random)).put(column, "—");
            case TABLE_MISSING -> {
                r.tables.remove("reviewLitigation");
                int at = r.sections.indexOf(r.section("reviewLitigation"));
                var s = r.sections.get(at);
                r.sections.set(at, new GeneratedReport.Section(s.id(), s.heading(),
                        List.of("本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。")));
            }
            case ROW_MISSING -> removeRow(app, random);
            case SECTION_MISSING -> r.sections.removeIf(s -> s.id().equals("problems"));
            case PERIOD_END -> {
                r.periodEnd = LocalDate.of(r.year, 11, 30);
                r.periodSentence = narrative.periodSentence(r.year, r.year, 11, 30);
            }
            case PERIOD_YEAR -> {
                r.periodStart = LocalDate.of(r.year - 1, 1, 1);
                r.periodEnd = LocalDate.of(r.year - 1, 12, 31);
                r.periodSentence = narrative.periodSentence(r.year - 1, r.year - 1, 12, 31);
            }
            case LATE -> Signature.set(r, Signature.late(r, random), random);
            case TOO_EARLY -> Signature.set(r, LocalDate.of(r.year, 12, 1 + random.nextInt(28)), random);
            case OUTDATED -> {
                // decided before generation: ReportGenerator picks a year from 2022 on and the 2019 tables
            }
            case FEE_MISSING -> {
                var other = r.section("otherMatters");
                other.paragraphs().set(0, Narrative.withoutFee());
            }
        }
        r.defects.add(name());
        r.expectedErrors.addAll(errors);
        if (this != FEE_MISSING || !r.format2019) {
            r.expectedWarnings.addAll(warnings); // the fee rule belongs to the 2021 profile only
        }
    }

    /** Moves one detailed results row's figures into 予以公开 (so every balance still holds) and leaves it out. */
    private static void removeRow(LinkedHashMap<String, LinkedHashMap<String, Object>> app, Random random) {
        List<String> candidates = app.keySet().stream()
                .filter(id -> id.startsWith("denied.") || id.startsWith("notProcessed.")).toList();
        var cells = app.remove(candidates.get(random.nextInt(candidates.size())));
        for (var e : cells.entrySet()) {
            add(app.get("granted"), e.getKey(), number(e.getValue()));
        }
    }

    private static String resultRow(LinkedHashMap<String, LinkedHashMap<String, Object>> app, Random random) {
        List<String> rows = app.keySet().stream().filter(TableNumbers::isResult).toList();
        return rows.get(random.nextInt(rows.size()));
    }

    private static String pickReviewRow(Random random) {
        return List.of("review", "litigationDirect", "litigationAfterReview").get(random.nextInt(3));
    }

    /** Adds to a cell; a blank counts as 0, as the rules count it. */
    private static void add(LinkedHashMap<String, Object> cells, String column, long delta) {
        cells.put(column, number(cells.get(column)) + delta);
    }

    private static long number(Object cell) {
        return cell == null ? 0 : (Long) cell;
    }
}
