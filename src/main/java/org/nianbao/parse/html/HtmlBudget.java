package org.nianbao.parse.html;

import org.nianbao.parse.Limit;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * A pass over the decoded page before jsoup builds its tree, which costs many times the page's size: the visible
 * text (characters other than white space, an entity counted as one, scripts, styles and comments left out) against
 * {@link ReadLimits#maxTextChars()}, and the elements and attributes against five per allowed table cell (a real
 * report page has a few thousand). It counts no more than the exact count taken while walking the tree, so it
 * refuses nothing that walk would accept on text; it is a tally, not a parser.
 */
final class HtmlBudget {
    static final int NODES_PER_CELL = 5;

    private enum State { TEXT, ENTITY, OPEN, NAME, TAG, SKIP, COMMENT, RAW }

    private final String page;
    private final ReadLimits limits;
    private final long maxNodes;
    private int at;
    private long nodes;
    private long chars;
    private State state = State.TEXT;
    private final StringBuilder name = new StringBuilder();
    private char quote;
    private String rawEnd;

    private HtmlBudget(String page, ReadLimits limits) {
        this.page = page;
        this.limits = limits;
        this.maxNodes = (long) NODES_PER_CELL * limits.maxTableCells();
    }

    static void check(String page, ReadLimits limits) throws ReadFailure {
        new HtmlBudget(page, limits).feed();
    }

    private void feed() throws ReadFailure {
        for (; at < page.length(); at++) {
            if (state == State.TEXT) {
                // a page is mostly text: its runs are counted in one loop, up to the next character that matters
                at = textRun(at);
                if (at == page.length()) {
                    return;
                }
            }
            char c = page.charAt(at);
            switch (state) {
                case TEXT -> text(c);
                case ENTITY -> {
                    if (c == ';' || !(Character.isLetterOrDigit(c) || c == '#')) {
                        state = State.TEXT;
                    }
                }
                case OPEN -> open(c);
                case NAME -> name(c);
                case TAG -> tag(c);
                case COMMENT -> {
                    if (c == '>' && page.startsWith("--", at - 2)) {
                        state = State.TEXT;
                    }
                }
                case RAW -> {
                    if (c == '<' && page.regionMatches(true, at, rawEnd, 0, rawEnd.length())) {
                        state = State.SKIP;
                    }
                }
                default -> {
                    if (c == '>') {
                        state = State.TEXT;
                    }
                }
            }
        }
    }

    /** Counts the visible characters up to the next {@code <} or {@code &} (or the end); returns where it stopped. */
    private int textRun(int from) throws ReadFailure {
        int i = from;
        long counted = 0;
        for (; i < page.length(); i++) {
            char c = page.charAt(i);
            if (c == '<' || c == '&') {
                break;
            }
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                counted++;
            }
        }
        chars += counted;
        if (chars > limits.maxTextChars()) {
            throw Limit.TEXT.exceeded(limits.maxTextChars());
        }
        return i;
    }

    private void text(char c) throws ReadFailure {
        if (c == '<') {
            state = State.OPEN;
        } else if (!Character.isWhitespace(c) && c != '\u00A0') {
            count();
            if (c == '&') {
                state = State.ENTITY;
            }
        }
    }

    private void open(char c) throws ReadFailure {
        if (Character.isLetter(c)) {
            name.setLength(0);
            name.append(c);
            state = State.NAME;
            node();
        } else if (c == '!') {
            state = page.startsWith("--", at + 1) ? State.COMMENT : State.SKIP;
        } else if (c == '/' || c == '?') {
            state = State.SKIP;
        } else {
            state = State.TEXT; // a lone '<' is text
            count();
        }
    }

    private void name(char c) throws ReadFailure {
        if (Character.isWhitespace(c) || c == '/' || c == '>') {
            state = State.TAG;
            quote = 0;
            tag(c);
        } else if (name.length() < 16) {
            name.append(c);
        }
    }

    private void tag(char c) throws ReadFailure {
        if (quote != 0) {
            if (c == quote) {
                quote = 0;
            }
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '=') {
            node();
        } else if (c == '>') {
            String n = name.toString().toLowerCase(java.util.Locale.ROOT);
            if (n.equals("script") || n.equals("style")) {
                rawEnd = "</" + n;
                state = State.RAW;
            } else {
                state = State.TEXT;
            }
        }
    }

    private void node() throws ReadFailure {
        if (++nodes > maxNodes) {
            throw Limit.NODES.exceeded(maxNodes);
        }
    }

    private void count() throws ReadFailure {
        if (++chars > limits.maxTextChars()) {
            throw Limit.TEXT.exceeded(limits.maxTextChars());
        }
    }
}
