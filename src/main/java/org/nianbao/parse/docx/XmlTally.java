package org.nianbao.parse.docx;

import java.nio.charset.StandardCharsets;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.Limit;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * Counts what an XML part holds as its bytes stream past, with no parser and nothing kept: element depth, table
 * cells ({@code tc} elements, whatever the prefix) and non-blank text, and refuses a document type declaration.
 * Fed chunk by chunk. It is a tally for a guard, not a parser: a {@code >} inside a comment may shift its counts a
 * little, which the exact counts taken later, while reading, do not depend on.
 */
final class XmlTally {
    private static final byte[] DOCTYPE = "DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    private enum State { TEXT, OPEN, NAME, TAG, SKIP, BANG }

    private final boolean body;
    private final ReadLimits limits;
    private State state = State.TEXT;
    private final byte[] name = new byte[64];
    private int nameLength;
    private int bangLength;
    private boolean doctype;
    private byte quote;
    private byte previous;
    private int depth;
    private long cells;
    private long chars;

    /** @param body whether this is the document body, whose cells and text count against the limits */
    XmlTally(boolean body, ReadLimits limits) {
        this.body = body;
        this.limits = limits;
    }

    void feed(byte[] b, int off, int len) throws ReadFailure {
        for (int i = off; i < off + len; i++) {
            byte c = b[i];
            switch (state) {
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

    private void text(byte c) throws ReadFailure {
        if (c == '<') {
            state = State.OPEN;
        } else if (body && depth > 0 && c > ' ' && (c & 0xC0) != 0x80) {
            // one per character: UTF-8 continuation bytes are not counted
            if (++chars > limits.maxTextChars()) {
                throw Limit.TEXT.exceeded(limits.maxTextChars());
            }
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

    private void tag(byte c) {
        if (quote != 0) {
            if (c == quote) {
                quote = 0;
            }
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            if (previous == '/') {
                depth--;
            }
            state = State.TEXT;
        }
    }

    private void startElement() throws ReadFailure {
        if (++depth > PackageGuard.MAX_DEPTH) {
            throw new ReadFailure(InputProblem.UNREADABLE, "XML nested deeper than " + PackageGuard.MAX_DEPTH);
        }
        int colon = -1;
        for (int i = 0; i < nameLength; i++) {
            if (name[i] == ':') {
                colon = i;
            }
        }
        boolean tc = nameLength - colon - 1 == 2 && name[colon + 1] == 't' && name[colon + 2] == 'c';
        if (body && tc && ++cells > limits.maxTableCells()) {
            throw Limit.CELLS.exceeded(limits.maxTableCells());
        }
    }
}
