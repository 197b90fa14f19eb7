package org.nianbao.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Chooses among the readings OCR allows for unsure cells, by the table's own identities (the balances). The
 * recognizer asks; the rules, which alone know the identities, answer. A cell is settled only on the one reading
 * that every combination making the identities hold gives it; otherwise it stays unsure.
 */
public interface Proofreader {
    /** Settles nothing. */
    Proofreader NONE = (report, candidates) -> Map.of();

    /**
     * @param report     the report as read, the unsure cells holding text
     * @param candidates each unsure cell's possible values
     * @return the cells the identities settle, with their value
     */
    Map<CellRef, BigDecimal> settle(Report report, Map<CellRef, List<BigDecimal>> candidates);
}
