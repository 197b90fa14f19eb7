package org.nianbao.rules;

import java.math.BigDecimal;
import java.util.Optional;
import org.nianbao.model.Text;

/**
 * Whether one keystroke slip turns the likely value into the value found: a digit dropped (13810 → 1380), a digit
 * doubled (138 → 1388), two adjacent digits swapped (1380 → 1830) or one digit mistyped (1380 → 1390). Only whole,
 * non-negative numbers are compared; anything else is no slip.
 */
public final class TypingSlips {
    private TypingSlips() {
    }

    /** A kind of typing slip, with its name in both languages. */
    public enum Slip {
        DROPPED("dropped", "漏输一位数字", "a digit dropped"),
        DOUBLED("doubled", "多输（重复）一位数字", "a digit typed twice"),
        SWAPPED("swapped", "相邻两位数字颠倒", "two adjacent digits swapped"),
        MISTYPED("mistyped", "一位数字输错", "one digit mistyped");

        private final String id;
        private final Text name;

        Slip(String id, String zh, String en) {
            this.id = id;
            this.name = Text.of(zh, en);
        }

        public String id() {
            return id;
        }

        public Text displayName() {
            return name;
        }
    }

    /** The slip that turns {@code likely} into {@code found}, if a single one does. */
    public static Optional<Slip> explain(BigDecimal found, BigDecimal likely) {
        String f = digits(found);
        String l = digits(likely);
        if (f == null || l == null || f.equals(l)) {
            return Optional.empty();
        }
        if (f.length() == l.length() - 1 && removesOne(l, f)) {
            return Optional.of(Slip.DROPPED);
        }
        if (f.length() == l.length() + 1 && removesOne(f, l)) {
            // an extra digit equal to a neighbour is a doubled key; any other extra digit is not a single slip
            return doubled(f, l) ? Optional.of(Slip.DOUBLED) : Optional.empty();
        }
        if (f.length() == l.length()) {
            int first = -1;
            int count = 0;
            for (int i = 0; i < f.length(); i++) {
                if (f.charAt(i) != l.charAt(i)) {
                    count++;
                    first = first < 0 ? i : first;
                }
            }
            if (count == 1) {
                return Optional.of(Slip.MISTYPED);
            }
            if (count == 2 && first + 1 < f.length() && f.charAt(first) == l.charAt(first + 1)
                    && f.charAt(first + 1) == l.charAt(first)) {
                return Optional.of(Slip.SWAPPED);
            }
        }
        return Optional.empty();
    }

    /** The plain digits of a whole non-negative number, else null. */
    private static String digits(BigDecimal n) {
        if (n == null || n.signum() < 0) {
            return null;
        }
        try {
            return n.toBigIntegerExact().toString();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** Whether deleting one character of {@code longer} gives {@code shorter}. */
    private static boolean removesOne(String longer, String shorter) {
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean doubled(String longer, String shorter) {
        for (int i = 0; i + 1 < longer.length(); i++) {
            if (longer.charAt(i) == longer.charAt(i + 1)
                    && (longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }
}
