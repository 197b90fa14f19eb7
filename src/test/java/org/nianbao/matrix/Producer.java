package org.nianbao.matrix;

import java.util.Map;

/**
 * A column of the matrix: how a report becomes the file a reader is given. Everything that changes the file is in
 * {@link #recipe()}, which keys the rendering cache.
 */
sealed interface Producer {
    /** The column's name, as the table and known-gaps.txt write it. */
    String id();

    /** What it is, for the table's legend. */
    String description();

    /** The rendered file's extension. */
    String extension();

    default String recipe() {
        return toString();
    }

    /** The source page itself, read by the HTML reader: the baseline every other column is made from. */
    record SourcePage(String id, String description) implements Producer {
        @Override
        public String extension() {
            return "html";
        }
    }

    /** A rendering made outside the matrix and checked in, by source name (the real report as published). */
    record Published(String id, String description, String extension, Map<String, String> resources)
            implements Producer {
    }

    /** Chromium's {@code --print-to-pdf}; {@code pageCss} (an {@code @page} rule) sets the paper, empty for Letter. */
    record ChromiumPrint(String id, String description, String pageCss) implements Producer {
        @Override
        public String extension() {
            return "pdf";
        }
    }

    /** LibreOffice Writer opens the page, the page style and font are set, and it exports a PDF. */
    record LibreOfficePdf(String id, String description, FlatOdt.PageLayout layout, String font)
            implements Producer {
        @Override
        public String extension() {
            return "pdf";
        }
    }

    /** LibreOffice Writer opens the page and saves it in another format ({@code filter}: its export filter). */
    record LibreOfficeExport(String id, String description, String extension, String filter)
            implements Producer {
    }
}
