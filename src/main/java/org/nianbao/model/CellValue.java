package org.nianbao.model;

import java.math.BigDecimal;

/**
 * What a data cell holds: a number, nothing, or text exactly as written ({@code —}, {@code /}, {@code 无}).
 * Text is never turned into a number, so nothing the author wrote is lost or guessed.
 */
public sealed interface CellValue {

    /** A number as written, exact (fees are decimals; counts should be integers). */
    record Number(BigDecimal value) implements CellValue {
        @Override
        public String display() {
            return value.toPlainString();
        }
    }

    /** An empty cell. Arithmetic treats it as 0 and says so. */
    record Blank() implements CellValue {
        @Override
        public String display() {
            return "";
        }
    }

    /** Text that is not a number, kept as written. */
    record Written(String text) implements CellValue {
        @Override
        public String display() {
            return text;
        }
    }

    /** The value as a person would write it. */
    String display();

    static CellValue number(long n) {
        return new Number(BigDecimal.valueOf(n));
    }

    static CellValue number(BigDecimal n) {
        return new Number(n);
    }

    static CellValue blank() {
        return BLANK;
    }

    static CellValue written(String text) {
        return new Written(text);
    }

    Blank BLANK = new Blank();
}
