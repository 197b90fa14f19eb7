package org.nianbao.parse;

/**
 * Reads one format into a {@link RawDocument}. Implementations are the only code that touches their format
 * library. A parser never guesses: content it cannot read makes it throw {@link ReadFailure} with the cause.
 */
public interface DocumentParser {

    /** The format this parser reads. */
    InputFormat format();

    /**
     * Parses a whole file held in memory.
     *
     * @param content the file's bytes; not modified
     * @param limits  caps to enforce while reading
     * @throws ReadFailure when the content cannot be read, with the cause
     */
    RawDocument parse(byte[] content, ReadLimits limits) throws ReadFailure;

    /**
     * Parses enough of the file to tell whose report of which year it is (the title, the period sentence): used to
     * pair a batch's reports by body and year before checking them. A parser whose full read is costly reads less;
     * the default reads everything.
     */
    default RawDocument parseOpening(byte[] content, ReadLimits limits) throws ReadFailure {
        return parse(content, limits);
    }
}
