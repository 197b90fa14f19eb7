package org.nianbao.support;

import java.math.BigDecimal;

/**
 * The numbers a report's tables can hold: counts and fees, at most 18 digits before the point and 6 after. A value
 * outside that is read as text, not a number: "1e999999" or a cell of a thousand digits is no count, and arithmetic
 * on it (a sum with 0 expands 1e999999 into a million digits) could take minutes.
 */
public final class PlausibleNumbers {
    private static final int MAX_INTEGER_DIGITS = 18;
    private static final int MAX_DECIMALS = 6;

    private PlausibleNumbers() {
    }

    public static boolean plausible(BigDecimal n) {
        return n.scale() <= MAX_DECIMALS && n.precision() - n.scale() <= MAX_INTEGER_DIGITS;
    }

    /** For a plain decimal text ({@code -?\d+(\.\d+)?}): short enough to parse and then judge. */
    public static boolean plausibleText(String digits) {
        return digits.length() <= MAX_INTEGER_DIGITS + MAX_DECIMALS + 2;
    }
}
