package org.nianbao.rules;

import java.util.List;
import org.nianbao.model.CellRef;

/**
 * One concrete balance equation over a report's cells: Σ sign·left = Σ sign·right. Later analysis (which cell is
 * likely wrong) works on these, so a balance rule stays data the engine can take apart.
 *
 * @param ruleId the balance rule it comes from
 * @param index  the column (or row) it was instantiated for
 */
public record LinearConstraint(String ruleId, String index, List<Term> left, List<Term> right) {
    public LinearConstraint {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    /** A cell with its sign (+1 or −1). */
    public record Term(int sign, CellRef cell) {
    }
}
