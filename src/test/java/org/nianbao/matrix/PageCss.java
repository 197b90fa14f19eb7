package org.nianbao.matrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An {@code @page} rule (paper, margins) or other print CSS put into a page's head before it is printed. */
final class PageCss {
    private PageCss() {
    }

    /** The page with {@code css} in its head, written into {@code dir}; the page itself when there is none. */
    static Path apply(Path html, String css, Path dir) throws IOException {
        if (css.isEmpty()) {
            return html;
        }
        Path page = dir.resolve(html.getFileName());
        String text = Files.readString(html);
        int head = text.indexOf("</head>");
        Files.writeString(page, head < 0 ? "<style>" + css + "</style>" + text
                : text.substring(0, head) + "<style>" + css + "</style>\n" + text.substring(head));
        return page;
    }
}
