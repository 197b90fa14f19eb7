package org.nianbao.run;

import java.util.BitSet;

/**
 * A glob over slash-separated names: {@code *} within one part, {@code **} across parts, {@code ?} one character.
 * Used for suppression entries' file patterns and location keys such as {@code applications/*&#47;total}.
 *
 * <p>Matched by following every place in the pattern at once, one character of the text at a time (no
 * backtracking), so a match takes at most text length × pattern length steps whatever the pattern: a pattern such as
 * {@code **a**a**a**aZ} cannot hang a run. Patterns are at most {@link #MAX_LENGTH} characters.
 */
final class Glob {
    /** Far longer than any real path pattern. */
    static final int MAX_LENGTH = 1000;

    private enum Kind { CHAR, ONE, STAR, ANY }

    private final Kind[] kinds;
    private final char[] chars;

    /** @throws IllegalArgumentException when the pattern is longer than {@link #MAX_LENGTH} */
    Glob(String glob) {
        if (glob.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a pattern of " + glob.length() + " characters (at most " + MAX_LENGTH
                    + ")");
        }
        int n = 0;
        Kind[] k = new Kind[glob.length()];
        char[] c = new char[glob.length()];
        for (int i = 0; i < glob.length(); i++) {
            char g = glob.charAt(i);
            if (g == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                k[n] = Kind.ANY;
                i++;
            } else {
                k[n] = g == '*' ? Kind.STAR : g == '?' ? Kind.ONE : Kind.CHAR;
            }
            c[n++] = g;
        }
        this.kinds = java.util.Arrays.copyOf(k, n);
        this.chars = java.util.Arrays.copyOf(c, n);
    }

    boolean matches(String text) {
        BitSet at = closure(bit(0));
        for (int t = 0; t < text.length() && !at.isEmpty(); t++) {
            char c = text.charAt(t);
            BitSet next = new BitSet(kinds.length + 1);
            for (int p = at.nextSetBit(0); p >= 0 && p < kinds.length; p = at.nextSetBit(p + 1)) {
                switch (kinds[p]) {
                    case CHAR -> {
                        if (chars[p] == c) {
                            next.set(p + 1);
                        }
                    }
                    case ONE -> {
                        if (c != '/') {
                            next.set(p + 1);
                        }
                    }
                    case STAR -> {
                        if (c != '/') {
                            next.set(p);
                        }
                    }
                    case ANY -> next.set(p);
                }
            }
            at = closure(next);
        }
        return at.get(kinds.length);
    }

    /** A star may match nothing: where one stands, the place after it is reached too. */
    private BitSet closure(BitSet places) {
        for (int p = places.nextSetBit(0); p >= 0 && p < kinds.length; p = places.nextSetBit(p + 1)) {
            if (kinds[p] == Kind.STAR || kinds[p] == Kind.ANY) {
                places.set(p + 1);
            }
        }
        return places;
    }

    private static BitSet bit(int i) {
        BitSet b = new BitSet();
        b.set(i);
        return b;
    }
}
