package org.nianbao.corpus;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Cells left blank where 0 was meant, the ways offices leave them (format.md §4): only cells that hold nothing, so
 * every balance still holds with a blank counted as 0.
 */
enum Blanks {
    NONE,
    /**
     * Every zero of the first two body rows (本年新收, 上年结转) blank — a table whose first row has gaps — and
     * about a third of the other zeros, as {@link #SCATTERED}.
     */
    FIRST_ROWS,
    /** 法人或其他组织's five columns blank from top to bottom, 总计 then equal to 自然人. */
    LEGAL_PERSONS,
    /** About a third of the zeros of the applications and review tables blank, here and there. */
    SCATTERED;

    private static final List<String> LEGAL = TableNumbers.APPLICANTS.subList(1, TableNumbers.APPLICANTS.size());

    void apply(GeneratedReport r, Random random) {
        var applications = r.table("applications");
        switch (this) {
            case NONE -> {
            }
            case FIRST_ROWS -> {
                SCATTERED.apply(r, random);
                blankZeros(applications.get("newReceived"));
                blankZeros(applications.get("carriedOver"));
            }
            case LEGAL_PERSONS -> {
                for (Map<String, Object> cells : applications.values()) {
                    LEGAL.forEach(c -> cells.put(c, null));
                    cells.put("total", cells.get("naturalPerson"));
                }
            }
            case SCATTERED -> {
                for (var table : List.of(applications, r.table("reviewLitigation"))) {
                    for (Map<String, Object> cells : table.values()) {
                        cells.replaceAll((column, v) -> isZero(v) && random.nextInt(3) == 0 ? null : v);
                    }
                }
            }
        }
    }

    private static void blankZeros(Map<String, Object> cells) {
        cells.replaceAll((column, v) -> isZero(v) ? null : v);
    }

    private static boolean isZero(Object v) {
        return v instanceof Long n && n == 0;
    }
}
