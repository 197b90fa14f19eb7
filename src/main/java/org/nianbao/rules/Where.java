package org.nianbao.rules;

import org.nianbao.model.Location;
import org.nianbao.model.SectionId;
import org.nianbao.model.TableId;

/**
 * Where a violation is: in model terms (section, table, row, column ids) and in the document (the source location).
 * Any part may be null.
 */
public record Where(SectionId section, TableId table, String row, String column, Location source) {

    public static final Where REPORT = new Where(null, null, null, null, Location.NONE);

    public static Where section(SectionId section, Location source) {
        return new Where(section, null, null, null, source);
    }

    public static Where table(TableId table, Location source) {
        return new Where(table.section(), table, null, null, source);
    }

    public static Where cell(TableId table, String row, String column, Location source) {
        return new Where(table.section(), table, row, column, source);
    }

    public static Where at(Location source) {
        return new Where(null, null, null, null, source);
    }

    /** A short stable key: {@code applications/newReceived/total}, {@code applications/*&#47;total}, {@code section:overview}. */
    public String key() {
        if (table != null) {
            return table.id() + "/" + (row == null ? "*" : row) + "/" + (column == null ? "*" : column);
        }
        if (section != null) {
            return "section:" + section.id();
        }
        if (source != null && source.pointer() != null) {
            return "pointer:" + source.pointer();
        }
        return "report";
    }
}
