package org.nianbao.parse.docx;

import java.util.List;

/**
 * One {@code w:p} as read: its visible text (as POI's {@code XWPFParagraph.getText()}), its runs (those POI lists,
 * for bold and size) and the paragraph properties the reader uses. Each property is the attribute's raw value, null
 * when the paragraph does not set it.
 */
record WordParagraph(String text, List<WordRun> runs, String style, String numId, String numLevel,
        String outlineLevel) {
}
