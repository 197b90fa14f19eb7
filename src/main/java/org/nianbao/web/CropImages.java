package org.nianbao.web;

import java.util.Base64;
import java.util.Optional;
import org.nianbao.report.CropHtml;

/**
 * The scan's cell images in a stored report section ({@link CropHtml}), served from it: the page the server sends
 * links each image to {@code /reports/ID/crops/N} (its CSP loads images from the server only, never a data URI), and
 * that address answers with the N-th image of the stored section. Nothing is kept beside the section: its images
 * were bounded in count and size when it was written.
 */
final class CropImages {
    /** More than a section can hold (a few images a finding, a quarter megabyte a report); past it: not found. */
    static final int MAX_INDEX = 10_000;

    private CropImages() {
    }

    /** The section with each image's data URI replaced by its address on this server. */
    static String linked(String section, String resultId) {
        StringBuilder b = new StringBuilder(section.length());
        int from = 0;
        int n = 0;
        for (int at = section.indexOf(CropHtml.IMG); at >= 0; at = section.indexOf(CropHtml.IMG, from)) {
            int end = section.indexOf('"', at + CropHtml.IMG.length());
            if (end < 0) {
                break;
            }
            b.append(section, from, at).append("<img class=\"ocr-crop\" src=\"/reports/").append(resultId)
                    .append("/crops/").append(n++);
            from = end;
        }
        return b.append(section, from, section.length()).toString();
    }

    /** The N-th image of the section (0-based), as PNG bytes, or empty when it has none such. */
    static Optional<byte[]> image(String section, int index) {
        int at = -1;
        for (int i = 0; i <= index; i++) {
            at = section.indexOf(CropHtml.IMG, at + 1);
            if (at < 0) {
                return Optional.empty();
            }
        }
        int start = at + CropHtml.IMG.length();
        int end = section.indexOf('"', start);
        if (end < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder().decode(section.substring(start, end)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
