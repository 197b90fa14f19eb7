package org.nianbao.parse.odt;

import org.nianbao.parse.ReadBudget;
import org.nianbao.parse.ReadFailure;

/**
 * The text of one paragraph as it is printed, built from its pieces: character data with OpenDocument's white-space
 * rule (tabs and line ends in the XML are spaces, a space right after another or at the paragraph's start is not
 * printed), {@code text:s} runs of spaces, tabs and line breaks ({@code \n}). Every character is counted against the
 * text limit before it is kept. Also notes whether every printed stretch is bold and the largest size printed, as a
 * .docx paragraph's runs tell.
 */
final class ParagraphText {
    private final StringBuilder text = new StringBuilder();
    private final ReadBudget budget;
    /** The length after the last {@code text:s}: spaces before it are printed as written. */
    private int literal;
    private boolean printed;
    private boolean allBold = true;
    private float size;

    ParagraphText(ReadBudget budget) {
        this.budget = budget;
    }

    /** Character data as it stands in the XML. */
    void characters(String xml, StyleSheet.Run run) throws ReadFailure {
        int start = text.length();
        budget.addChars(xml.length());
        boolean cjk = false;
        for (int i = 0; i < xml.length(); i++) {
            char ch = xml.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            } else {
                text.append(ch);
                cjk |= isCjk(ch);
            }
        }
        if (text.length() > start && !text.substring(start).isBlank()) {
            note(cjk ? run.boldAsian() : run.bold(), cjk ? run.sizeAsian() : run.size());
        }
    }

    /** {@code text:s}: spaces printed as they are. */
    void spaces(int count) throws ReadFailure {
        budget.addChars(count);
        text.append(" ".repeat(count));
        literal = text.length();
    }

    void tab() throws ReadFailure {
        budget.addChars(1);
        text.append('\t');
    }

    void lineBreak() throws ReadFailure {
        budget.addChars(1);
        text.append('\n');
    }

    String text() {
        int end = text.length();
        if (end > literal && end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }

    /** Whether there was printed text and all of it bold. */
    boolean bold() {
        return printed && allBold;
    }

    float fontSize() {
        return size;
    }

    private void note(boolean bold, float points) {
        printed = true;
        allBold &= bold;
        size = Math.max(size, points);
    }

    private static boolean isCjk(char ch) {
        Character.UnicodeScript script = Character.UnicodeScript.of(ch);
        return script == Character.UnicodeScript.HAN || (ch >= 0x3000 && ch <= 0x303F) || (ch >= 0xFF00 && ch <= 0xFFEF);
    }
}
