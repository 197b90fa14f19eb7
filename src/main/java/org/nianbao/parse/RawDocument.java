package org.nianbao.parse;

import java.time.LocalDate;
import java.util.List;
import org.nianbao.model.Report;

/**
 * A document as read by a format parser: paragraphs and tables in document order, nothing recognised yet.
 *
 * @param format    the format it was read from
 * @param blocks    paragraphs and tables in order
 * @param published the publication date the source itself states (a web page's 发布时间), or null
 * @param ocr       true when the text was read from page images by OCR (a scanned PDF, an image)
 */
public record RawDocument(InputFormat format, List<RawBlock> blocks, LocalDate published, boolean ocr) {
    public RawDocument {
        blocks = List.copyOf(blocks);
    }

    public RawDocument(InputFormat format, List<RawBlock> blocks, LocalDate published) {
        this(format, blocks, published, false);
    }

    /** The format as outputs show it: {@code pdf}, or {@code pdf (OCR)} for a scan. */
    public String shownFormat() {
        return ocr ? format.id() + Report.OCR_SUFFIX : format.id();
    }
}
