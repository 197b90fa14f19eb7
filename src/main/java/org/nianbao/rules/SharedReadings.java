package org.nianbao.rules;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;
import org.nianbao.model.Section;
import org.nianbao.support.CompactText;

/**
 * What the rules of one evaluation read of the report once and share ({@link Findings#shared()}): each section's
 * text without whitespace, squeezed once for every narrative rule, and each balance equation's residual as its rule
 * summed it, which the likely-wrong-cell search ({@link Localizer}) then does not read again. One per evaluation,
 * never shared between reports or threads.
 */
public final class SharedReadings {
    /** The residual of an equation with a cell missing or holding text: it cannot be summed. */
    private static final BigDecimal UNREADABLE = new BigDecimal(0);

    private final Map<Section, CompactText> compact = new IdentityHashMap<>();
    private final Map<LinearConstraint, BigDecimal> residuals = new IdentityHashMap<>();

    /** The section's text without whitespace, made on first use. */
    public CompactText compact(Section section) {
        return compact.computeIfAbsent(section, s -> new CompactText(s.text()));
    }

    /** Records an equation's left minus right as summed; null when a cell of it is missing or holds text. */
    public void summed(LinearConstraint equation, BigDecimal residual) {
        residuals.put(equation, residual == null ? UNREADABLE : residual);
    }

    /** Whether {@link #summed} recorded this very equation. */
    boolean wasSummed(LinearConstraint equation) {
        return residuals.containsKey(equation);
    }

    /** The recorded residual; null when the equation could not be summed (or was not). */
    BigDecimal residual(LinearConstraint equation) {
        BigDecimal r = residuals.get(equation);
        return r == UNREADABLE ? null : r;
    }
}
