package org.nianbao.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Decides the format of each table and of the report from what the tables hold (format.md §6). Tables that
 * disagree make the report {@link FormatVersion#HYBRID}.
 */
public final class FormatDetection {
    private FormatDetection() {
    }

    /** Sets each table's version and the report's version from the tables. */
    public static void apply(Report report) {
        Set<FormatVersion> seen = EnumSet.noneOf(FormatVersion.class);
        report.table(TableId.PROACTIVE).ifPresent(t -> record(t, proactive(t), seen));
        report.table(TableId.APPLICATIONS).ifPresent(t -> record(t, applications(t), seen));
        report.table(TableId.REVIEW_LITIGATION).ifPresent(t -> t.setVersion(null));
        if (seen.size() > 1) {
            report.formatVersion(FormatVersion.HYBRID);
        } else if (seen.size() == 1) {
            report.formatVersion(seen.iterator().next());
        } else {
            report.formatVersion(null);
        }
    }

    private static void record(Table table, FormatVersion version, Set<FormatVersion> seen) {
        table.setVersion(version);
        if (version != null) {
            seen.add(version);
        }
    }

    /** 2021 and 2019 columns and rows of the 第二十条 table; both at once is a hybrid. */
    static FormatVersion proactive(Table t) {
        boolean v2021 = false;
        boolean v2019 = false;
        for (String row : t.rowIds()) {
            for (String col : t.row(row).keySet()) {
                switch (col) {
                    case "issued", "repealed", "inForce" -> v2021 = true;
                    case "newlyMade", "newlyPublished", "totalPublished", "previousCount", "change", "projects" ->
                            v2019 = true;
                    case "amount" -> {
                        if (row.equals("fees")) {
                            v2021 = true;
                        } else {
                            v2019 = true;
                        }
                    }
                    default -> {
                    }
                }
            }
            if (row.equals("otherServices") || row.equals("procurement")) {
                v2019 = true;
            }
        }
        // 2021 columns under the 2019 row label 规范性文件 (without 行政) is a hybrid seen in published reports
        String label = t.writtenRowLabel("normativeDocuments").orElse("");
        if (!label.isEmpty() && !label.contains("行政")) {
            v2019 = true;
        }
        return combine(v2021, v2019);
    }

    /** （六）其他处理 with sub-rows is 2021, as one row 2019. */
    static FormatVersion applications(Table t) {
        boolean v2019 = t.hasRow("otherHandling");
        boolean v2021 = t.rowIds().stream().anyMatch(r -> r.startsWith("otherHandling."));
        return combine(v2021, v2019);
    }

    private static FormatVersion combine(boolean v2021, boolean v2019) {
        if (v2021 && v2019) {
            return FormatVersion.HYBRID;
        }
        return v2021 ? FormatVersion.V2021 : v2019 ? FormatVersion.V2019 : null;
    }
}
