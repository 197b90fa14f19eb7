package org.nianbao.parse;

import org.nianbao.model.Location;

/**
 * One cell of a table grid with its spans resolved: it covers rows {@code row … row+rowSpan-1} and columns
 * {@code col … col+colSpan-1} (0-based). Text keeps line breaks as {@code \n} between paragraphs and lines.
 */
public record RawCell(int row, int col, int rowSpan, int colSpan, String text, Location source) {
}
