package org.nianbao.parse;

import org.nianbao.model.Location;

/**
 * A paragraph as read, before any recognition.
 *
 * @param text           the visible text (deleted tracked changes excluded), line breaks as {@code \n}
 * @param numberingLabel the rendered automatic numbering (e.g. {@code 二、}) when the source has one and the
 *                       reader could compute it, else null; an auto-numbered heading's ordinal is not in its text
 * @param headingLevel   1… for a paragraph styled or outlined as a heading, 0 otherwise
 * @param bold           the whole paragraph is bold (a hint for headings written as plain bold text)
 * @param fontSize       font size in points where known, else 0
 */
public record RawParagraph(String text, String numberingLabel, int headingLevel, boolean bold, float fontSize,
        Location source) implements RawBlock {

    public static RawParagraph plain(String text, Location source) {
        return new RawParagraph(text, null, 0, false, 0f, source);
    }
}
