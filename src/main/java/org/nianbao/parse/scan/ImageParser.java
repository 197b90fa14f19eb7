package org.nianbao.parse.scan;

import org.nianbao.parse.DocumentParser;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * An image of a report (PNG, JPEG, TIFF; a multi-page TIFF is the whole report), read by OCR; with OCR turned off,
 * {@link InputProblem#NO_TEXT}.
 */
public final class ImageParser implements DocumentParser {
    private final InputFormat format;
    private final boolean ocr;
    private final ScanReader scans = new ScanReader();

    public ImageParser(InputFormat format, boolean ocr) {
        this.format = format;
        this.ocr = ocr;
    }

    @Override
    public InputFormat format() {
        return format;
    }

    @Override
    public RawDocument parse(byte[] content, ReadLimits limits) throws ReadFailure {
        if (!ocr) {
            limits.checkSize(content);
            throw new ReadFailure(InputProblem.NO_TEXT, "an image of a report needs OCR, which is turned off"
                    + " (--no-ocr)", java.util.Map.of("ocr", "off"), null);
        }
        return scans.readImage(format, content, limits);
    }
}
