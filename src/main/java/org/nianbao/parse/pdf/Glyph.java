package org.nianbao.parse.pdf;

/**
 * One drawn character with its box in page space (points, origin top-left, y downwards).
 *
 * @param text     the character(s) as the PDF maps them to Unicode, unnormalised
 * @param fontSize the font size in points
 */
record Glyph(String text, float left, float top, float width, float height, float fontSize) {

    float right() {
        return left + width;
    }

    float centreX() {
        return left + width / 2;
    }

    float centreY() {
        return top + height / 2;
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
