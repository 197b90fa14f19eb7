package org.nianbao.parse.pdf;

/**
 * Tells text that was decoded from text that only looks like text. A font without a Unicode map makes PDFBox
 * return private-use, replacement or control characters (or stray Latin-1 symbols) for every glyph; a Chinese
 * report decoded properly is almost all Han characters, CJK punctuation and ASCII. A font whose Unicode map is
 * partly wrong (Ghostscript's pdfwrite re-encoding Chromium's Type 3 fonts: 本ç告 for 本报告, 政ó for 政务, and
 * 、 or 。 as digits) decodes mostly right; its tell is accented Latin letters standing between Han characters,
 * which no Chinese report writes, and as its wrong digits cannot be told from numbers, nothing of it is read.
 */
final class GarbleDetector {
    /** Below this many visible characters the sample is too small to judge. */
    private static final int MIN_SAMPLE = 20;
    /** At least this share of the visible characters must be readable. */
    private static final double MIN_READABLE_SHARE = 0.8;
    /** This many accented Latin letters between Han characters show a wrong Unicode map. */
    private static final int MISMAPPED = 3;

    private GarbleDetector() {
    }

    /** True when the text is long enough to judge and too little of it is readable. */
    static boolean isGarbled(CharSequence text) {
        int visible = 0;
        int readable = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            visible++;
            if (isReadable(cp)) {
                readable++;
            }
        }
        return visible >= MIN_SAMPLE && readable < MIN_READABLE_SHARE * visible || mismapped(text) >= MISMAPPED;
    }

    /** How many accented Latin letters (U+00C0–U+024F, × and ÷ aside) stand between two Han characters. */
    private static int mismapped(CharSequence text) {
        int count = 0;
        int before = -1;
        int middle = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            if (isHan(before) && isAccentedLatin(middle) && isHan(cp)) {
                count++;
            }
            before = middle;
            middle = cp;
        }
        return count;
    }

    private static boolean isHan(int cp) {
        return cp >= 0 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isAccentedLatin(int cp) {
        return cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7;
    }

    private static boolean isReadable(int cp) {
        if (cp >= 0x20 && cp < 0x7F) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || block == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS
                || block == Character.UnicodeBlock.NUMBER_FORMS
                || block == Character.UnicodeBlock.LETTERLIKE_SYMBOLS
                || block == Character.UnicodeBlock.GEOMETRIC_SHAPES
                || block == Character.UnicodeBlock.MATHEMATICAL_OPERATORS
                || cp == 0x00B7 || cp == 0x00D7 || cp == 0x00A0;
    }
}
