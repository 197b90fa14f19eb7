package org.nianbao.rules;

import org.nianbao.model.FormatVersion;
import org.nianbao.model.Report;
import org.nianbao.model.StandardLayouts;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.model.TableLayout;

/**
 * The standard layout a table is judged against: its own detected format, else the report's, else the one its
 * year calls for. So a hybrid report's 2019-style applications table is not reported as missing 2021 rows.
 */
public final class LayoutChoice {
    private LayoutChoice() {
    }

    public static TableLayout of(Report report, TableId table) {
        return StandardLayouts.of(table, version(report, report.table(table).map(Table::version).orElse(null)));
    }

    private static FormatVersion version(Report report, FormatVersion own) {
        if (own == FormatVersion.V2021 || own == FormatVersion.V2019) {
            return own;
        }
        FormatVersion whole = report.formatVersion();
        if (whole == FormatVersion.V2021 || whole == FormatVersion.V2019) {
            return whole;
        }
        return report.year() == null ? FormatVersion.V2021 : FormatVersion.expectedFor(report.year());
    }
}
