package org.nianbao.parse.pdf;

/**
 * One line of narrative text as PDFBox laid it out, table glyphs removed.
 *
 * @param text     the line's characters with the spaces PDFBox put between words
 * @param box      the line's extent on the page
 * @param fontSize the largest font size on the line, in points
 * @param bold     every glyph of the line is in a bold font or in 黑体 (SimHei), the heading face of official
 *                 documents
 */
record TextLine(int page, String text, Box box, float fontSize, boolean bold) {
}
