package org.nianbao.rules;

import java.math.BigDecimal;
import java.util.List;
import org.nianbao.model.CellRef;
import org.nianbao.model.Lang;
import org.nianbao.model.Text;

/**
 * The likely wrong cell(s): the smallest set of cells whose change makes every balance rule of the report hold, found
 * by {@link Localizer}. Named only when one set explains the failures; never a guess among equals.
 *
 * @param changes      one or two cells, each with the value found and the value that makes the balances hold; empty
 *                     when several sets explain the failures equally
 * @param alternatives how many equally good sets there are (1 when the suggestion names one)
 */
public record Suggestion(List<Change> changes, int alternatives) {
    public Suggestion {
        changes = List.copyOf(changes);
    }

    /** Names one set of cells. */
    public static Suggestion of(List<Change> changes) {
        return new Suggestion(changes, 1);
    }

    /** Several sets of this many cells explain the failures equally: none is named. */
    public static Suggestion ambiguous(int alternatives) {
        return new Suggestion(List.of(), alternatives);
    }

    public boolean named() {
        return !changes.isEmpty();
    }

    /**
     * One cell to change.
     *
     * @param slip the typing slip that explains the found value, or null when none does
     */
    public record Change(CellRef cell, BigDecimal found, BigDecimal likely, TypingSlips.Slip slip) {
    }

    /** E.g. 「…」行「总计」列 1380 可能应为 13810（疑似漏输一位数字）. */
    public String text(Lang lang) {
        if (!named()) {
            return lang == Lang.EN ? alternatives + " different cells (or pairs) would each make every balance hold: "
                    + "the wrong cell cannot be told from the tables alone"
                    : "有 " + alternatives + " 处不同的单元格（或单元格组合）改动都能使全部勾稽关系成立，仅凭表格无法判断是哪一处有误";
        }
        StringBuilder sb = new StringBuilder();
        for (Change c : changes) {
            if (sb.length() > 0) {
                sb.append(lang == Lang.EN ? "; " : "；");
            }
            Text cell = Labels.cell(c.cell().table(), c.cell().row(), c.cell().column());
            String found = c.found().toPlainString();
            String likely = c.likely().toPlainString();
            if (lang == Lang.EN) {
                sb.append(cell.in(lang)).append(' ').append(found).append(" is likely ").append(likely);
                if (c.slip() != null) {
                    sb.append(" (").append(c.slip().displayName().in(lang)).append(')');
                }
            } else {
                sb.append(cell.zh()).append(' ').append(found).append(" 可能应为 ").append(likely);
                if (c.slip() != null) {
                    sb.append("（疑似").append(c.slip().displayName().zh()).append('）');
                }
            }
        }
        return sb.toString();
    }
}
