package org.nianbao.parse.scan;

import java.io.IOException;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.nianbao.parse.DocumentParser;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * The PDF reader, and OCR where it finds no usable text layer: a PDF it calls {@link InputProblem#NO_TEXT} (no text
 * at all, or text that cannot be decoded) is read again from its page images. The PDF reader is not changed: its
 * verdict is the hook. Every other outcome (a password, a broken file, a limit) stands, and so does NO_TEXT for a PDF
 * without any image on its pages (lines drawn, text turned to outlines): a scan is an image.
 */
public final class OcrFallback implements DocumentParser {
    private static final long MAX_MAIN_MEMORY = 64L * 1024 * 1024;
    private final DocumentParser pdf;
    private final boolean ocr;
    private final ScanReader scans = new ScanReader();

    public OcrFallback(DocumentParser pdf) {
        this(pdf, true);
    }

    /** With {@code ocr} false ({@code --no-ocr}) a scan stays {@code NO_TEXT}, saying OCR is turned off. */
    public OcrFallback(DocumentParser pdf, boolean ocr) {
        this.pdf = pdf;
        this.ocr = ocr;
    }

    @Override
    public InputFormat format() {
        return pdf.format();
    }

    @Override
    public RawDocument parse(byte[] content, ReadLimits limits) throws ReadFailure {
        try {
            return pdf.parse(content, limits);
        } catch (ReadFailure e) {
            if (e.problem() != InputProblem.NO_TEXT) {
                throw e;
            }
            if (!ocr) {
                java.util.Map<String, Object> details = new java.util.HashMap<>(e.details());
                details.put("ocr", "off");
                throw new ReadFailure(InputProblem.NO_TEXT, e.getMessage() + "; OCR is turned off (--no-ocr)",
                        details, e);
            }
            try (PDDocument document = PDDocument.load(content, "", null, null,
                    MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY))) {
                if (!PageImages.hasImage(document)) { // drawn lines or outlined text: nothing scanned to read
                    throw e;
                }
                return scans.readPdf(document, limits);
            } catch (IOException | RuntimeException io) {
                throw new ReadFailure(InputProblem.UNREADABLE, "PDF cannot be rendered for OCR: " + io.getMessage(),
                        io);
            }
        }
    }

    /** The opening of a scan is not read by OCR (too costly for pairing reports); the PDF reader's answer stands. */
    @Override
    public RawDocument parseOpening(byte[] content, ReadLimits limits) throws ReadFailure {
        return pdf.parseOpening(content, limits);
    }
}
