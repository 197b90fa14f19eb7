package org.nianbao.model;

import java.util.List;

/**
 * A row of a standard table.
 *
 * @param id      model id, e.g. {@code denied.stateSecret}
 * @param label   the official label of the row itself, e.g. {@code 1.属于国家秘密}
 * @param group   the label of the group the row sits under (e.g. {@code （三）不予公开}), or null
 * @param columns the ids of the columns this row has, in printed order
 */
public record RowSpec(String id, Text label, Text group, List<String> columns) {
    public RowSpec {
        columns = List.copyOf(columns);
    }

    /** The label a person would recognise: the group and the row, e.g. {@code （三）不予公开 1.属于国家秘密}. */
    public Text fullLabel() {
        if (group == null) {
            return label;
        }
        return Text.of(group.zh() + " " + label.zh(), group.in(Lang.EN) + " " + label.in(Lang.EN));
    }
}
