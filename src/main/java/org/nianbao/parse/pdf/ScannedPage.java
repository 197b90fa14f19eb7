package org.nianbao.parse.pdf;

import java.util.List;

/**
 * What one pass over a page found: its ruled boxes with the text of each cell, and its text lines in reading order
 * with every glyph marked by the box it lies in (or none).
 *
 * @param number    1-based page number
 * @param fragments the ruled boxes, top to bottom; not yet told tables from framed paragraphs
 * @param lines     every line of the page's text, in reading order
 */
record ScannedPage(int number, List<Fragment> fragments, List<RawLine> lines) {
}
