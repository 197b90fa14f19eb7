package org.nianbao.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * A document as read by a format parser: paragraphs and tables in document order, nothing recognised yet.
 *
 * @param format    the format it was read from
 * @param blocks    paragraphs and tables in order
 * @param published the publication date the source itself states (a web page's 发布时间), or null
 */
public record RawDocument(InputFormat format, List<RawBlock> blocks, LocalDate published) {
    public RawDocument {
        blocks = List.copyOf(blocks);
    }
}
