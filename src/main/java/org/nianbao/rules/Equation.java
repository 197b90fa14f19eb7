package org.nianbao.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A balance equation as written in a rule file, e.g. {@code totalProcessed + carriedForward = newReceived +
 * carriedOver}: names joined by {@code +} or {@code -} on each side of one {@code =}. A name is a row or column id,
 * or a group such as {@code denied.*}. Parsed once, when the rule is loaded.
 */
public record Equation(List<Term> left, List<Term> right) {

    /** A name with its sign. */
    public record Term(int sign, String name) {
    }

    public static Equation parse(String text) throws InvalidRuleException {
        String[] sides = text.split("=", -1);
        if (sides.length != 2) {
            throw new InvalidRuleException("the equation '" + text + "' must have exactly one '='");
        }
        return new Equation(side(sides[0], text), side(sides[1], text));
    }

    private static final java.util.regex.Pattern TOKEN =
            java.util.regex.Pattern.compile("\\s*([+-]|[A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*|\\.\\*)?)\\s*");

    private static List<Term> side(String side, String whole) throws InvalidRuleException {
        List<Term> out = new ArrayList<>();
        java.util.regex.Matcher m = TOKEN.matcher(side);
        int sign = 1;
        boolean signSeen = false;
        int at = 0;
        while (at < side.length()) {
            if (!m.find(at) || m.start() != at) {
                if (side.substring(at).isBlank()) {
                    break;
                }
                throw new InvalidRuleException("the equation '" + whole + "' cannot be read at '"
                        + side.substring(at).trim() + "'");
            }
            String t = m.group(1);
            at = m.end();
            boolean isSign = t.equals("+") || t.equals("-");
            boolean expectName = out.isEmpty() || signSeen;
            if (isSign) {
                if (signSeen) {
                    throw new InvalidRuleException("the equation '" + whole + "' has two signs in a row");
                }
                sign = t.equals("-") ? -1 : 1;
                signSeen = true;
            } else {
                if (!expectName) {
                    throw new InvalidRuleException("the equation '" + whole + "' needs + or - before '" + t + "'");
                }
                out.add(new Term(sign, t));
                sign = 1;
                signSeen = false;
            }
        }
        if (out.isEmpty() || signSeen) {
            throw new InvalidRuleException("the equation '" + whole + "' has an empty or unfinished side");
        }
        return out;
    }
}
