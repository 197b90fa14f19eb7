package org.nianbao.rules.kind;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's regular expression with the characters its matches can begin with, worked out from the expression's text
 * when the rule loads, so that a section is searched only where a match can start instead of trying the expression
 * at every position. The matches are exactly those of {@link Matcher#find()} in turn: at each position, in order,
 * where a match can begin the same match is attempted as {@code find} would ({@code lookingAt} over the rest of the
 * text, lookaround seeing the whole text); positions that cannot begin a match are skipped, not tried.
 *
 * <p>Only a simple shape is understood: the expression begins with a required literal character, an escaped
 * punctuation mark, a plain character class ({@code [收受接]}, {@code [0-9]}) or a group of alternatives each
 * beginning so, with no quantifier that allows zero times. Anything else ({@code .}, {@code \d}, a negated class,
 * lookaround, inline flags, an optional first element, a top-level {@code |} with such a branch) leaves the start
 * unknown, and the expression is tried at every position as before.
 */
final class StartChars {
    /** Ranges wider than this in a leading class are not expanded: the start is then left unknown. */
    private static final int MAX_RANGE = 4096;
    /** {@code (?i)}, {@code (?x:…)}: flags may change what a later branch starts with. */
    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[a-zA-Z-]");

    /** Literal beginnings longer than this are cut (a shorter beginning is still one every match has). */
    private static final int MAX_PREFIX = 8;
    /** More literal beginnings than this are not kept: the start characters alone are used. */
    private static final int MAX_PREFIXES = 32;

    private final Pattern pattern;
    private final BitSet starts;
    /** Literal texts one of which every match begins with ({@code 行政复议}, {@code 收到}); null when not known. */
    private final String[] prefixes;

    private StartChars(Pattern pattern, BitSet starts, List<String> prefixes) {
        this.pattern = pattern;
        this.starts = starts;
        this.prefixes = starts == null || prefixes == null || prefixes.contains("") ? null
                : prefixes.toArray(new String[0]);
    }

    static StartChars of(Pattern pattern) {
        String re = pattern.pattern();
        boolean plain = pattern.flags() == 0 && !re.contains("\\Q") && !INLINE_FLAGS.matcher(re).find();
        return new StartChars(pattern, plain ? firstOfAlternatives(re) : null, plain ? prefixes(re) : null);
    }

    Pattern pattern() {
        return pattern;
    }

    /** The literal beginnings one of which every match has; empty when not known. */
    List<String> prefixes() {
        return prefixes == null ? List.of() : List.of(prefixes);
    }

    /** Whether the start characters are known (else every position is tried). */
    boolean known() {
        return starts != null;
    }

    /** Adds the characters a match can begin with to {@code union}; false when they are not known. */
    boolean addStartsTo(BitSet union) {
        if (starts != null) {
            union.or(starts);
        }
        return starts != null;
    }

    /**
     * The positions of {@code text} whose character is in {@code union}: one pass over the text for every
     * expression whose starts {@code union} holds.
     */
    static int[] positions(String text, BitSet union) {
        int[] out = new int[16];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (union.get(text.charAt(i))) {
                if (count == out.length) {
                    out = java.util.Arrays.copyOf(out, count * 2);
                }
                out[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /**
     * Each match in {@code text}, as successive {@link Matcher#find()} calls give them; {@code positions} holds (at
     * least) every position, in order, whose character is one of this expression's starts ({@link #positions}); null
     * to try every position.
     */
    void forEachMatch(String text, int[] positions, Consumer<Matcher> action) {
        Matcher m = pattern.matcher(text);
        if (starts == null || positions == null) {
            while (m.find()) {
                action.accept(m);
            }
            return;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int at = 0;
        for (int p : positions) {
            if (p < at || !starts.get(text.charAt(p)) || !beginsHere(text, p)) {
                continue;
            }
            m.region(p, text.length());
            if (m.lookingAt()) {
                action.accept(m);
                // as find: go on from the end of the match, one further after an empty match
                at = m.end() == m.start() ? m.end() + 1 : m.end();
            }
        }
    }

    /** Whether one of the literal beginnings (if known) is at {@code p}. */
    private boolean beginsHere(String text, int p) {
        if (prefixes == null) {
            return true;
        }
        for (String prefix : prefixes) {
            if (text.startsWith(prefix, p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Literal texts one of which every match of the expression begins with: a run of plain characters
     * ({@code 行政复议}) or a group of plain alternatives ({@code (?:收到|受理|接收)}), joined with what follows while
     * that is fixed too; {@code [""]} when nothing is known, null when the expression is not understood.
     */
    private static List<String> prefixes(String re) {
        List<String> branches = split(re);
        if (branches == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String branch : branches) {
            List<String> p = sequencePrefixes(branch, MAX_PREFIX);
            if (p == null) {
                return null;
            }
            out.addAll(p);
        }
        return out.size() > MAX_PREFIXES ? null : out;
    }

    /** Beginnings of one branch (no top-level {@code |}), of at most {@code budget} characters. */
    private static List<String> sequencePrefixes(String re, int budget) {
        if (re.isEmpty() || budget <= 0) {
            return List.of("");
        }
        char c = re.charAt(0);
        String literal = null;
        List<String> alternatives = null;
        int next;
        if (c == '\\' && re.length() >= 2 && !Character.isLetterOrDigit(re.charAt(1))) {
            literal = String.valueOf(re.charAt(1));
            next = 2;
        } else if (c == '(') {
            int end = groupEnd(re);
            if (end < 0) {
                return null;
            }
            String inner = groupBody(re.substring(1, end));
            if (inner == null) {
                return List.of("");
            }
            alternatives = split(inner);
            if (alternatives == null || alternatives.stream().anyMatch(a -> !plain(a))) {
                List<String> p = alternatives == null ? null : new ArrayList<>();
                if (p != null && required(re, end + 1)) {
                    for (String a : alternatives) {
                        List<String> ap = sequencePrefixes(a, budget);
                        if (ap == null) {
                            return List.of("");
                        }
                        p.addAll(ap);
                    }
                    return p;
                }
                return List.of("");
            }
            next = end + 1;
        } else if (".^$|)*+?{[]\\".indexOf(c) < 0 && !Character.isSurrogate(c)) {
            literal = String.valueOf(c);
            next = 1;
        } else {
            return List.of("");
        }
        List<String> heads = alternatives != null ? alternatives : List.of(literal);
        boolean once = next >= re.length() || "?*+{".indexOf(re.charAt(next)) < 0;
        if (!once) {
            // a quantified literal: its first character at least, when it must occur
            return required(re, next) && literal != null ? List.of(literal) : List.of("");
        }
        int shortest = heads.stream().mapToInt(String::length).min().orElse(0);
        List<String> rest = sequencePrefixes(re.substring(next), budget - shortest);
        if (rest == null || heads.size() * rest.size() > MAX_PREFIXES) {
            rest = List.of(""); // the heads alone are beginnings too
        }
        List<String> out = new ArrayList<>();
        for (String h : heads) {
            for (String r : rest) {
                String joined = h + r;
                out.add(joined.length() > budget ? joined.substring(0, budget) : joined);
            }
        }
        return out;
    }

    /** Whether a branch is plain characters only (no operator, class, group or escape). */
    private static boolean plain(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (".^$|()*+?{}[]\\".indexOf(s.charAt(i)) >= 0 || Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The top-level branches of an expression (split at {@code |} outside groups and classes), or null. */
    private static List<String> split(String re) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < re.length(); i = tokenEnd(re, i) + 1) {
            char c = re.charAt(i);
            if (tokenEnd(re, i) < 0) {
                return null;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(re.substring(from, i));
                from = i + 1;
            }
        }
        out.add(re.substring(from));
        return depth == 0 ? out : null;
    }

    /** The start characters of an expression, or null when not known. */
    private static BitSet firstOfAlternatives(String re) {
        List<String> branches = split(re);
        if (branches == null) {
            return null;
        }
        BitSet out = new BitSet();
        for (String branch : branches) {
            BitSet first = firstOfSequence(branch);
            if (first == null) {
                return null;
            }
            out.or(first);
        }
        return out;
    }

    /** The start characters of one branch: its first element's, when that element is required. */
    private static BitSet firstOfSequence(String re) {
        if (re.isEmpty()) {
            return null;
        }
        char c = re.charAt(0);
        BitSet first;
        int next;
        switch (c) {
            case '\\' -> {
                if (re.length() < 2 || Character.isLetterOrDigit(re.charAt(1))) {
                    return null; // \d, \p{…}, \Q, a back-reference …: not a plain character
                }
                first = single(re.charAt(1));
                next = 2;
            }
            case '[' -> {
                int end = classEnd(re, 0);
                first = end < 0 ? null : plainClass(re.substring(1, end));
                next = end + 1;
            }
            case '(' -> {
                int end = groupEnd(re);
                String inner = end < 0 ? null : groupBody(re.substring(1, end));
                if (inner == null) {
                    return null; // lookaround, atomic group, inline flags
                }
                first = firstOfAlternatives(inner);
                next = end + 1;
            }
            case '.', '^', '$', '|', ')', '*', '+', '?', '{', ']' -> {
                return null;
            }
            default -> {
                first = single(c);
                next = 1;
            }
        }
        return first == null || !required(re, next) ? null : first;
    }

    /** Whether the element ending before {@code at} must occur at least once (no ?, *, {0…} after it). */
    private static boolean required(String re, int at) {
        if (at >= re.length()) {
            return true;
        }
        char q = re.charAt(at);
        if (q == '?' || q == '*') {
            return false;
        }
        if (q == '{') {
            int i = at + 1;
            while (i < re.length() && Character.isDigit(re.charAt(i))) {
                i++;
            }
            return i > at + 1 && Integer.parseInt(re.substring(at + 1, i)) > 0;
        }
        return true;
    }

    private static BitSet single(char c) {
        if (Character.isSurrogate(c)) {
            return null;
        }
        BitSet b = new BitSet();
        b.set(c);
        return b;
    }

    /** A class of plain characters and ranges ({@code 收受接}, {@code 0-9}); null for anything more. */
    private static BitSet plainClass(String body) {
        if (body.isEmpty() || body.charAt(0) == '^' || body.contains("\\") || body.contains("[")
                || body.contains("&&")) {
            return null;
        }
        BitSet b = new BitSet();
        for (int i = 0; i < body.length(); i++) {
            char lo = body.charAt(i);
            if (Character.isSurrogate(lo)) {
                return null;
            }
            if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                char hi = body.charAt(i + 2);
                if (hi < lo || hi - lo > MAX_RANGE || Character.isSurrogate(hi)) {
                    return null;
                }
                b.set(lo, hi + 1);
                i += 2;
            } else {
                b.set(lo);
            }
        }
        return b;
    }

    /**
     * What a group matches, its parentheses and any {@code ?:} or {@code ?<name>} taken off; null for a group that
     * is no plain group (lookaround, atomic, inline flags).
     */
    private static String groupBody(String inner) {
        if (inner.startsWith("?:")) {
            return inner.substring(2);
        }
        if (inner.startsWith("?<") && inner.length() > 2 && Character.isLetter(inner.charAt(2))
                && inner.indexOf('>') > 0) {
            return inner.substring(inner.indexOf('>') + 1);
        }
        return inner.startsWith("?") ? null : inner;
    }

    /**
     * The last index of the token at {@code i}: the escaped character of an escape, the {@code ]} of a class, else
     * {@code i} itself; -1 for a class not understood.
     */
    private static int tokenEnd(String re, int i) {
        char c = re.charAt(i);
        return c == '\\' ? i + 1 : c == '[' ? classEnd(re, i) : i;
    }

    /** The index of the {@code ]} closing the class opened at {@code open}; -1 when not found or not simple. */
    private static int classEnd(String re, int open) {
        int i = open + 1;
        if (i < re.length() && re.charAt(i) == '^') {
            i++;
        }
        if (i < re.length() && re.charAt(i) == ']') {
            return -1; // a leading ] is taken literally by some engines: not a shape worth understanding
        }
        for (; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                return -1; // nested classes
            } else if (c == ']') {
                return i;
            }
        }
        return -1;
    }

    /** The index of the {@code )} closing the group that {@code re} opens with; -1 when not found. */
    private static int groupEnd(String re) {
        int depth = 0;
        for (int i = 0; i < re.length(); i = tokenEnd(re, i) + 1) {
            char c = re.charAt(i);
            if (tokenEnd(re, i) < 0) {
                return -1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
