package org.nianbao.parse.pdf;

/**
 * A narrative paragraph rebuilt from lines, with where it starts so it can be put in order with the tables.
 *
 * @param headingLevel 1 for the largest font above the body size, 2 for the next, …; 0 at body size
 */
record PlacedParagraph(int page, Box box, String text, int headingLevel, boolean bold, float fontSize) {
}
