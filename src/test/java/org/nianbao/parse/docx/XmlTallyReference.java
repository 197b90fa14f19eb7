package org.nianbao.parse.docx;

import java.nio.charset.StandardCharsets;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.Limit;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * The tally as it was before its loop was made tight (issue 16), kept only as the oracle of
 * {@code XmlTallyEquivalenceTest}: the new loop must count and refuse exactly what this one does. Its comment follows.
 * Counts what one zip entry of a .docx holds as its bytes stream past, with no parser and nothing kept, against a
 * {@link Budget} shared by every entry of the package: elements and attributes (what a DOM costs), table cells
 * ({@code tc} elements, whatever the prefix), characters of text and attribute values, element depth; and refuses
 * a document type declaration. An entry is tallied when it starts as XML does ({@code <} after an optional byte
 * order mark and white space), whatever its name, since a part's name does not decide how POI parses it; zero bytes
 * are skipped, so a UTF-16 part is tallied as its ASCII markup. Images and other binary parts are only counted as
 * bytes, by {@link PackageGuard}. It is a tally for a guard, not a parser: a {@code >} inside a comment may shift its
 * counts a little, which the exact counts taken later, while reading, do not depend on.
 */
final class XmlTallyReference {
    private static final byte[] DOCTYPE = "DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    /** The old budget, its counts compared with {@link XmlTally.Budget}'s. */
    static final class Budget {
        private final ReadLimits limits;
        private final long maxNodes;
        private long nodes;
        private long cells;
        private long chars;

        Budget(ReadLimits limits, long maxNodes) {
            this.limits = limits;
            this.maxNodes = maxNodes;
        }

        long[] counts() {
            return new long[] {nodes, cells, chars};
        }

        void node() throws ReadFailure {
            if (++nodes > maxNodes) {
                throw Limit.NODES.exceeded(maxNodes);
            }
        }

        void cell() throws ReadFailure {
            if (++cells > limits.maxTableCells()) {
                throw Limit.CELLS.exceeded(limits.maxTableCells());
            }
        }

        void characters(int n) throws ReadFailure {
            chars += n;
            if (chars > limits.maxTextChars()) {
                throw Limit.TEXT.exceeded(limits.maxTextChars());
            }
        }
    }

    private enum State { START, BINARY, TEXT, OPEN, NAME, TAG, SKIP, BANG }

    private final Budget budget;
    private State state = State.START;
    private final byte[] name = new byte[64];
    private int nameLength;
    private int bangLength;
    private boolean doctype;
    private byte quote;
    private byte previous;
    private int depth;

    XmlTallyReference(Budget budget) {
        this.budget = budget;
    }

    void feed(byte[] b, int off, int len) throws ReadFailure {
        int end = off + len;
        for (int i = off; i < end && state != State.BINARY; i++) {
            // the runs of text and of attribute values, nearly every byte of a part, are counted in one loop each
            if (state == State.TEXT) {
                i = textRun(b, i, end);
                if (i == end) {
                    return;
                }
            } else if (state == State.TAG) {
                i = quote != 0 ? valueRun(b, i, end) : markupRun(b, i, end, false);
                if (i == end) {
                    return;
                }
            } else if (state == State.NAME) {
                i = nameRun(b, i, end);
                if (i == end) {
                    return;
                }
            } else if (state == State.SKIP) {
                i = markupRun(b, i, end, true);
                if (i == end) {
                    return;
                }
            }
            byte c = b[i];
            if (c == 0) {
                continue;
            }
            switch (state) {
                case START -> start(c);
                case TEXT -> text(c);
                case OPEN -> open(c);
                case NAME -> name(c);
                case TAG -> tag(c);
                case BANG -> bang(c);
                default -> {
                    if (c == '>') {
                        state = State.TEXT;
                    }
                }
            }
            previous = c;
        }
    }

    /** Before the first markup: a byte order mark and white space may come first; anything else is not XML. */
    private void start(byte c) {
        boolean bom = c == (byte) 0xEF || c == (byte) 0xBB || c == (byte) 0xBF || c == (byte) 0xFE
                || c == (byte) 0xFF;
        if (c == '<') {
            state = State.OPEN;
        } else if (!bom && c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            state = State.BINARY;
        }
    }

    /** Counts text up to the next {@code <} (or the end); returns where it stopped. */
    private int textRun(byte[] b, int from, int end) throws ReadFailure {
        int counted = 0;
        int i = from;
        for (; i < end; i++) {
            byte c = b[i];
            if (c == '<') {
                break;
            }
            if (c > ' ' && (c & 0xC0) != 0x80) {
                counted++; // one per character: UTF-8 continuation bytes are not counted
            }
        }
        if (depth > 0 && counted > 0) {
            budget.characters(counted);
        }
        return i;
    }

    /**
     * Passes over markup up to the next byte that changes the state: {@code >} when skipping a declaration or an
     * end tag, else also a quote or {@code =} inside a start tag. Returns where it stopped.
     */
    private int markupRun(byte[] b, int from, int end, boolean skipping) {
        int i = from;
        for (; i < end; i++) {
            byte c = b[i];
            if (c == '>' || (!skipping && (c == '"' || c == '\'' || c == '='))) {
                break;
            }
            if (c != 0) {
                previous = c;
            }
        }
        return i;
    }

    /** Takes an element's name up to the byte that ends it; returns where it stopped. */
    private int nameRun(byte[] b, int from, int end) {
        int i = from;
        for (; i < end; i++) {
            byte c = b[i];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/' || c == '>') {
                break;
            }
            if (c != 0) {
                if (nameLength < name.length) {
                    name[nameLength++] = c;
                }
                previous = c;
            }
        }
        return i;
    }

    /** Counts an attribute value up to its closing quote (or the end); returns where it stopped. */
    private int valueRun(byte[] b, int from, int end) throws ReadFailure {
        int counted = 0;
        int i = from;
        for (; i < end; i++) {
            byte c = b[i];
            if (c == quote) {
                break;
            }
            if (c != 0 && (c & 0xC0) != 0x80) {
                counted++; // attribute values cost memory as text does
            }
        }
        if (counted > 0) {
            budget.characters(counted);
        }
        return i;
    }

    private void text(byte c) throws ReadFailure {
        if (c == '<') {
            state = State.OPEN;
        } else if (depth > 0 && c > ' ' && (c & 0xC0) != 0x80) {
            budget.characters(1);
        }
    }

    private void open(byte c) throws ReadFailure {
        if (c == '/') {
            depth = Math.max(0, depth - 1);
            state = State.SKIP;
        } else if (c == '?') {
            state = State.SKIP;
        } else if (c == '!') {
            bangLength = 0;
            doctype = true;
            state = State.BANG;
        } else {
            nameLength = 0;
            state = State.NAME;
            name(c);
        }
    }

    private void bang(byte c) throws ReadFailure {
        if (c == '>') {
            state = State.TEXT;
            return;
        }
        if (bangLength < DOCTYPE.length) {
            doctype &= c == DOCTYPE[bangLength++];
            if (doctype && bangLength == DOCTYPE.length) {
                throw new ReadFailure(InputProblem.UNREADABLE,
                        "a document type declaration (DTD) inside a .docx part: Word never writes one");
            }
        }
    }

    private void name(byte c) throws ReadFailure {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/' || c == '>') {
            startElement();
            state = State.TAG;
            quote = 0;
            tag(c);
        } else if (nameLength < name.length) {
            name[nameLength++] = c;
        }
    }

    private void tag(byte c) throws ReadFailure {
        if (quote != 0) {
            if (c == quote) {
                quote = 0;
            } else if ((c & 0xC0) != 0x80) {
                budget.characters(1);
            }
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '=') {
            budget.node();
        } else if (c == '>') {
            if (previous == '/') {
                depth--;
            }
            state = State.TEXT;
        }
    }

    private void startElement() throws ReadFailure {
        budget.node();
        if (++depth > PackageGuard.MAX_DEPTH) {
            throw new ReadFailure(InputProblem.UNREADABLE, "XML nested deeper than " + PackageGuard.MAX_DEPTH);
        }
        int colon = -1;
        for (int i = 0; i < nameLength; i++) {
            if (name[i] == ':') {
                colon = i;
            }
        }
        if (nameLength - colon - 1 == 2 && name[colon + 1] == 't' && name[colon + 2] == 'c') {
            budget.cell();
        }
    }
}
