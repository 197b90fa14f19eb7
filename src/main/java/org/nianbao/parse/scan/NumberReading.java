package org.nianbao.parse.scan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.model.OcrReading;

/**
 * Decides what a cell that looks like a number says, from two independent readings: Tesseract's English model
 * restricted to digits (each character with its confidence and the characters it weighed) and its Chinese model
 * unrestricted. The reading is sure only when both give the same well-formed number and every character of it is
 * confident; otherwise it is unsure, with the readings the image allows as alternatives: both readings, each doubtful
 * character swapped for what the engine weighed and for the shapes print is known to confuse (1/7, 3/8, 0/6/8 …),
 * and a leading 1 dropped (a border read as a digit). Never a number from nothing.
 */
final class NumberReading {
    /** Every character of a sure reading has at least this confidence (0–100). */
    static final double SURE_CONFIDENCE = 80;
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?");
    private static final int MAX_ALTERNATIVES = 12;
    private static final Map<Character, String> CONFUSED = Map.of(
            '0', "689", '1', "74", '3', "85", '5', "63", '6', "085", '7', "1", '8', "036", '9', "04", '4', "1");

    private NumberReading() {
    }

    static OcrReading decide(List<Hocr.Glyph> digits, String chinese, byte[] crop) {
        StringBuilder d = new StringBuilder();
        double confidence = 100;
        List<Hocr.Glyph> glyphs = new ArrayList<>();
        for (Hocr.Glyph g : digits) {
            if (g.text().isBlank()) {
                continue;
            }
            d.append(g.text());
            glyphs.add(g);
            confidence = Math.min(confidence, g.confidence());
        }
        if (glyphs.isEmpty()) {
            confidence = 0;
        }
        String seen = d.toString();
        String other = normalise(chinese);
        boolean wellFormed = NUMBER.matcher(seen).matches();
        boolean sure = wellFormed && seen.equals(other) && confidence >= SURE_CONFIDENCE;
        if (sure) {
            return new OcrReading(seen, (int) Math.floor(confidence), List.of(seen), false, null, crop);
        }
        Set<String> alternatives = new LinkedHashSet<>();
        if (wellFormed) {
            alternatives.add(seen);
        }
        if (NUMBER.matcher(other).matches()) {
            alternatives.add(other);
        }
        for (int i = 0; i < glyphs.size(); i++) {
            Hocr.Glyph g = glyphs.get(i);
            if (g.confidence() >= SURE_CONFIDENCE && seen.equals(other)) {
                continue;
            }
            Set<String> swaps = new LinkedHashSet<>(g.choices());
            if (g.text().length() == 1 && CONFUSED.containsKey(g.text().charAt(0))) {
                for (char c : CONFUSED.get(g.text().charAt(0)).toCharArray()) {
                    swaps.add(String.valueOf(c));
                }
            }
            for (String s : swaps) {
                String candidate = seen.substring(0, offset(glyphs, i)) + s + seen.substring(offset(glyphs, i)
                        + g.text().length());
                if (NUMBER.matcher(candidate).matches()) {
                    alternatives.add(candidate);
                }
            }
        }
        if (seen.length() > 1 && seen.startsWith("1") && NUMBER.matcher(seen.substring(1)).matches()) {
            alternatives.add(seen.substring(1));
        }
        if (other.length() > 1 && other.startsWith("1") && NUMBER.matcher(other.substring(1)).matches()) {
            alternatives.add(other.substring(1));
        }
        List<String> list = new ArrayList<>(alternatives);
        String shown = seen.isEmpty() ? other : seen;
        return new OcrReading(shown, (int) Math.floor(confidence), list.subList(0, Math.min(MAX_ALTERNATIVES,
                list.size())), true, null, crop);
    }

    private static int offset(List<Hocr.Glyph> glyphs, int index) {
        int n = 0;
        for (int i = 0; i < index; i++) {
            n += glyphs.get(i).text().length();
        }
        return n;
    }

    /** Full-width digits and signs as ASCII, spaces removed: how the Chinese model's reading is compared. */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if (Character.isWhitespace(ch) || ch == '\u3000') {
                continue;
            }
            if (ch >= '０' && ch <= '９') {
                sb.append((char) (ch - '０' + '0'));
            } else if (ch == '．') {
                sb.append('.');
            } else if (ch == '－' || ch == '—' || ch == '−') {
                sb.append('-');
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
