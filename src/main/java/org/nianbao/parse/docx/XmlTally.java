package org.nianbao.parse.docx;

import java.nio.charset.StandardCharsets;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.Limit;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * Counts what one zip entry of a .docx holds as its bytes stream past, with no parser and nothing kept, against a
 * {@link Budget} shared by every entry of the package: elements and attributes (what a DOM costs), table cells
 * ({@code tc} elements, whatever the prefix), characters of text and attribute values, element depth; and refuses
 * a document type declaration. An entry is tallied when it starts as XML does ({@code <} after an optional byte
 * order mark and white space), whatever its name, since a part's name does not decide how POI parses it; zero bytes
 * are skipped, so a UTF-16 part is tallied as its ASCII markup. Images and other binary parts are only counted as
 * bytes, by {@link PackageGuard}. It is a tally for a guard, not a parser: a {@code >} inside a comment may shift its
 * counts a little, which the exact counts taken later, while reading, do not depend on.
 *
 * <p>It runs over every byte of every part of every .docx read, so {@link #feed} is one loop with its state and the
 * budget's counts in local variables and a tight inner loop per state (issue 16: a third of the time it took before);
 * {@code XmlTallyEquivalenceTest} holds it to the plainer loop it replaced.
 */
final class XmlTally {
    private static final byte[] DOCTYPE = "DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    /** The whole package's allowance: one for all its parts. */
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

        /** What was counted so far, for tests: elements and attributes, table cells, characters. */
        long[] counts() {
            return new long[] {nodes, cells, chars};
        }
    }

    private static final int START = 0;
    private static final int BINARY = 1;
    private static final int TEXT = 2;
    private static final int OPEN = 3;
    private static final int NAME = 4;
    private static final int TAG = 5;
    private static final int SKIP = 6;
    private static final int BANG = 7;
    private static final int NAME_KEPT = 64;

    private final Budget budget;
    private int state = START;
    private final byte[] name = new byte[NAME_KEPT];
    private int nameLength;
    private int bangLength;
    private boolean doctype;
    private byte quote;
    /** The last byte other than zero: a {@code /} before a tag's {@code >} closes an empty element. */
    private byte previous;
    private int depth;

    XmlTally(Budget budget) {
        this.budget = budget;
    }

    /**
     * Tallies the next bytes of the entry. Per state: text up to {@code <} (its visible ASCII characters counted when
     * inside an element), an element's name up to white space, {@code /} or {@code >}, a start tag's markup up to a
     * quote, {@code =} (an attribute) or {@code >}, an attribute value up to its quote (its characters counted), a
     * declaration or end tag up to {@code >}, a {@code <!} checked for DOCTYPE. Zero bytes are passed over.
     */
    void feed(byte[] b, int off, int len) throws ReadFailure {
        final long maxNodes = budget.maxNodes;
        final long maxCells = budget.limits.maxTableCells();
        final long maxChars = budget.limits.maxTextChars();
        long nodes = budget.nodes;
        long cells = budget.cells;
        long chars = budget.chars;
        int st = state;
        int d = depth;
        byte q = quote;
        byte prev = previous;
        int nl = nameLength;
        int i = off;
        final int end = off + len;
        try {
            // one pass of this loop takes a whole element (text, <, name, attributes, >) in the order the states
            // follow each other, so the common path runs straight through; a state is left only at the chunk's end
            scan:
            while (i < end) {
                if (st == START) {
                    byte c = b[i++];
                    if (c != 0) {
                        prev = c;
                        st = start(c);
                    }
                    continue;
                }
                if (st == BINARY) {
                    break; // only counted as bytes
                }
                if (st == TEXT) {
                    int counted = 0;
                    byte c = 0;
                    while (i < end && (c = b[i]) != '<') {
                        if (c > ' ') {
                            counted++; // visible ASCII only: a byte over 0x7F is negative here
                        }
                        i++;
                    }
                    if (d > 0 && counted > 0) {
                        chars += counted;
                        if (chars > maxChars) {
                            throw Limit.TEXT.exceeded(maxChars);
                        }
                    }
                    if (i == end) {
                        break;
                    }
                    st = OPEN;
                    prev = c;
                    if (++i == end) {
                        break;
                    }
                }
                if (st == OPEN) {
                    byte c = b[i];
                    if (c == '/') {
                        d = Math.max(0, d - 1);
                        st = SKIP;
                    } else if (c == '?') {
                        st = SKIP;
                    } else if (c == '!') {
                        bangLength = 0;
                        doctype = true;
                        st = BANG;
                    } else if (c != 0) {
                        nl = 0;
                        st = NAME; // this byte is the name's first, or the one that ends an empty name
                    }
                    if (st != NAME) {
                        if (c != 0) {
                            prev = c;
                        }
                        i++;
                        continue;
                    }
                }
                if (st == NAME) {
                    byte c = 0;
                    while (i < end) {
                        c = b[i];
                        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/' || c == '>') {
                            break;
                        }
                        if (c != 0) {
                            if (nl < NAME_KEPT) {
                                name[nl++] = c;
                            }
                            prev = c;
                        }
                        i++;
                    }
                    if (i == end) {
                        break;
                    }
                    if (++nodes > maxNodes) {
                        throw Limit.NODES.exceeded(maxNodes);
                    }
                    if (++d > PackageGuard.MAX_DEPTH) {
                        throw new ReadFailure(InputProblem.UNREADABLE,
                                "XML nested deeper than " + PackageGuard.MAX_DEPTH);
                    }
                    if (isCell(nl) && ++cells > maxCells) {
                        throw Limit.CELLS.exceeded(maxCells);
                    }
                    q = 0;
                    if (c == '>') {
                        if (prev == '/') {
                            d--;
                        }
                        st = TEXT;
                    } else {
                        st = TAG;
                    }
                    prev = c;
                    i++;
                }
                if (st == TAG) {
                    while (true) {
                        if (q != 0) {
                            int counted = 0;
                            while (i < end) {
                                byte c = b[i];
                                if (c == q) {
                                    break;
                                }
                                if (c != 0 && (c & 0xC0) != 0x80) {
                                    counted++; // attribute values cost memory as text does
                                }
                                i++;
                            }
                            if (counted > 0) {
                                chars += counted;
                                if (chars > maxChars) {
                                    throw Limit.TEXT.exceeded(maxChars);
                                }
                            }
                            if (i == end) {
                                break scan;
                            }
                            prev = q;
                            q = 0;
                            i++;
                        }
                        byte c = 0;
                        while (i < end) {
                            c = b[i];
                            if (c == '>' || c == '"' || c == '\'' || c == '=') {
                                break;
                            }
                            if (c != 0) {
                                prev = c;
                            }
                            i++;
                        }
                        if (i == end) {
                            break scan;
                        }
                        i++;
                        if (c == '=') {
                            if (++nodes > maxNodes) {
                                throw Limit.NODES.exceeded(maxNodes);
                            }
                        } else if (c == '>') {
                            if (prev == '/') {
                                d--;
                            }
                            st = TEXT;
                            prev = c;
                            break;
                        } else {
                            q = c;
                        }
                        prev = c;
                    }
                    continue;
                }
                if (st == SKIP) {
                    while (i < end) {
                        byte c = b[i];
                        if (c == '>') {
                            break;
                        }
                        if (c != 0) {
                            prev = c;
                        }
                        i++;
                    }
                    if (i == end) {
                        break;
                    }
                    st = TEXT;
                    prev = '>';
                    i++;
                    continue;
                }
                if (st == BANG) {
                    byte c = b[i++];
                    if (c == 0) {
                        continue;
                    }
                    prev = c;
                    if (c == '>') {
                        st = TEXT;
                    } else if (bangLength < DOCTYPE.length) {
                        doctype &= c == DOCTYPE[bangLength++];
                        if (doctype && bangLength == DOCTYPE.length) {
                            throw new ReadFailure(InputProblem.UNREADABLE,
                                    "a document type declaration (DTD) inside a .docx part: Word never writes one");
                        }
                    }
                }
            }
        } finally {
            budget.nodes = nodes;
            budget.cells = cells;
            budget.chars = chars;
            state = st;
            depth = d;
            quote = q;
            previous = prev;
            nameLength = nl;
        }
    }

    /** Before the first markup: a byte order mark and white space may come first; anything else is not XML. */
    private static int start(byte c) {
        boolean bom = c == (byte) 0xEF || c == (byte) 0xBB || c == (byte) 0xBF || c == (byte) 0xFE
                || c == (byte) 0xFF;
        if (c == '<') {
            return OPEN;
        }
        return bom || c == ' ' || c == '\t' || c == '\r' || c == '\n' ? START : BINARY;
    }

    /** Whether the element name kept (its first {@value #NAME_KEPT} bytes) is {@code tc}, whatever its prefix. */
    private boolean isCell(int length) {
        int colon = -1;
        for (int i = 0; i < length; i++) {
            if (name[i] == ':') {
                colon = i;
            }
        }
        return length - colon - 1 == 2 && name[colon + 1] == 't' && name[colon + 2] == 'c';
    }
}
