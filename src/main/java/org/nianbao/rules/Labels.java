package org.nianbao.rules;

import org.nianbao.model.ColumnSpec;
import org.nianbao.model.FormatVersion;
import org.nianbao.model.Lang;
import org.nianbao.model.RowSpec;
import org.nianbao.model.StandardLayouts;
import org.nianbao.model.TableId;
import org.nianbao.model.TableLayout;
import org.nianbao.model.Text;

/** Names of tables, rows, columns and cells as a person reads them in messages, in both languages. */
public final class Labels {
    private Labels() {
    }

    public static Text row(TableId table, String row) {
        for (FormatVersion v : new FormatVersion[] {FormatVersion.V2021, FormatVersion.V2019}) {
            TableLayout layout = StandardLayouts.of(table, v);
            if (layout.row(row).isPresent()) {
                RowSpec spec = layout.row(row).get();
                return spec.fullLabel();
            }
        }
        return Text.of(row, row);
    }

    public static Text column(TableId table, String column) {
        for (FormatVersion v : new FormatVersion[] {FormatVersion.V2021, FormatVersion.V2019}) {
            TableLayout layout = StandardLayouts.of(table, v);
            if (layout.column(column).isPresent()) {
                ColumnSpec spec = layout.column(column).get();
                return spec.label();
            }
        }
        return Text.of(column, column);
    }

    /** E.g. 「一、本年新收政府信息公开申请数量」行「商业企业」列. */
    public static Text cell(TableId table, String row, String column) {
        Text r = row(table, row);
        Text c = column(table, column);
        return Text.of("「" + r.zh() + "」行「" + c.zh() + "」列",
                "row '" + r.in(Lang.EN) + "', column '" + c.in(Lang.EN) + "'");
    }
}
