package org.nianbao.parse.docx;

import java.math.BigInteger;
import java.util.List;

/**
 * One {@code w:r} as read: its text as POI's {@code XWPFRun.text()} gives it, the text shown (with ruby and picture
 * text, as {@code toString()}), whether it holds deleted text, its direct bold and size, its note references.
 *
 * @param bold null when the run sets no {@code w:b}
 * @param size points, null when the run sets no {@code w:sz}
 */
record WordRun(String text, String shown, boolean deleted, Boolean bold, Double size, List<NoteRef> notes) {

    /** A {@code w:footnoteReference} or {@code w:endnoteReference}; id null when it has none that is a number. */
    record NoteRef(boolean footnote, BigInteger id) {
    }
}
