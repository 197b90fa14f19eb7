package org.nianbao.matrix;

import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** Whether this column has a rendering of the named source (all but the published file and slow printers do). */
    default boolean makes(String source) {
        return true;
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
        @Override
        public boolean makes(String source) {
            return resources.containsKey(source);
        }
    }

    /** Chromium's {@code --print-to-pdf}; {@code pageCss} (an {@code @page} rule) sets the paper, empty for Letter. */
    record ChromiumPrint(String id, String description, String pageCss) implements Producer {
        @Override
        public String extension() {
            return "pdf";
        }
    }

    /**
     * A command-line HTML-to-PDF printer with its own layout engine and PDF writer (WeasyPrint, wkhtmltopdf):
     * {@code command} with {@code {in}} and {@code {out}} for the page and the PDF; {@code pageCss} as for Chromium;
     * {@code only} the sources it prints (empty: all), for a printer too slow to print every source in CI.
     */
    record CommandPrint(String id, String description, List<String> command, String pageCss, Set<String> only)
            implements Producer {
        @Override
        public String extension() {
            return "pdf";
        }

        String program() {
            return command.get(0);
        }

        @Override
        public boolean makes(String source) {
            return only.isEmpty() || only.contains(source);
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
