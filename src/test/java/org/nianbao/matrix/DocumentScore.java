package org.nianbao.matrix;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How one rendering read back against its truth.
 *
 * @param cells           the truth's table cells
 * @param exact           cells read with exactly the truth's value (a blank as a blank)
 * @param wrong           cells read with another value: {@code table/row/column: truth → read}
 * @param missing         cells of the truth the reading lacks (its row, column or table lost)
 * @param extra           cells read that the truth does not have
 * @param sectionsMissing sections of the truth the reading lacks
 * @param sectionsExtra   sections read that the truth does not have
 * @param metadata        the report's facts read otherwise than the truth has them: {@code year: 2025 → absent}
 * @param falseErrors     error-severity findings the truth does not have: {@code RULE@where}
 * @param missedErrors    error-severity findings of the truth (seeded defects) the reading does not give
 * @param unreadable      why the reader gave up on the file, or null
 * @param failure         why the producer made no file, or null (then nothing else is known)
 */
record DocumentScore(String source, String producer, int cells, int exact, List<String> wrong, List<String> missing,
        List<String> extra, List<String> sectionsMissing, List<String> sectionsExtra, List<String> metadata,
        List<String> falseErrors, List<String> missedErrors, String unreadable, String failure) {

    static DocumentScore notMade(String source, String producer, String failure) {
        return new DocumentScore(source, producer, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, failure);
    }

    /** Read exactly: every cell, every section, the report's facts, the truth's errors and no other. */
    boolean exactly() {
        return failure == null && unreadable == null && exact == cells && wrong.isEmpty() && missing.isEmpty()
                && extra.isEmpty() && sectionsMissing.isEmpty() && sectionsExtra.isEmpty() && metadata.isEmpty()
                && falseErrors.isEmpty() && missedErrors.isEmpty();
    }

    /** One line saying what went wrong, the first few instances of each kind. */
    String summary() {
        if (failure != null) {
            return "not rendered: " + failure;
        }
        StringBuilder b = new StringBuilder();
        if (unreadable != null) {
            b.append("unreadable (").append(unreadable).append("); ");
        }
        part(b, "wrong", wrong);
        part(b, "cells missing", byRow(missing));
        part(b, "cells extra", byRow(extra));
        part(b, "sections missing", sectionsMissing);
        part(b, "sections extra", sectionsExtra);
        part(b, "facts misread", metadata);
        if (!falseErrors.isEmpty()) {
            b.append("false errors ").append(byRule(falseErrors)).append("; ");
        }
        if (!missedErrors.isEmpty()) {
            b.append("missed errors ").append(byRule(missedErrors)).append("; ");
        }
        return b.length() == 0 ? "exact" : b.substring(0, b.length() - 2);
    }

    /** Findings counted by rule id: {@code {TBL.ROW_MISSING=14}}. */
    static Map<String, Integer> byRule(List<String> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String f : findings) {
            counts.merge(f.substring(0, f.indexOf('@')), 1, Integer::sum);
        }
        return counts;
    }

    /** Cells {@code table/row/column} as their rows with a count: {@code applications/denied.queryMatters ×7}. */
    private static List<String> byRow(List<String> cells) {
        Map<String, Integer> rows = new java.util.LinkedHashMap<>();
        for (String c : cells) {
            rows.merge(c.substring(0, c.lastIndexOf('/')), 1, Integer::sum);
        }
        List<String> out = new java.util.ArrayList<>();
        rows.forEach((row, n) -> out.add(row + " ×" + n));
        return out;
    }

    private static void part(StringBuilder b, String what, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        int total = what.startsWith("cells") ? items.stream()
                .mapToInt(i -> Integer.parseInt(i.substring(i.lastIndexOf('×') + 1))).sum() : items.size();
        b.append(total).append(' ').append(what).append(" (")
                .append(String.join(", ", items.subList(0, Math.min(4, items.size()))))
                .append(items.size() > 4 ? ", … " + (items.size() - 4) + " more" : "").append("); ");
    }
}
