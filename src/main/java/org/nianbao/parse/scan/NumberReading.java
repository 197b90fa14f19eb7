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
 * unrestricted, and a third witness that is no model: the cell's ink ({@link CellInk#shape()}), which says how many
 * digits are printed and whether a minus sign is. The reading is sure only when both models give the same
 * well-formed number, every character of it is confident and the ink agrees; otherwise it is unsure, with the readings the image allows as alternatives: both readings, each doubtful
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

    /**
     * @param shape what the cell's ink says the number looks like: a reading with another count of digits, or a
     *              minus sign the ink does not have (or lacking one it has), or beside which grey may be a digit
     *              the threshold lost, is never sure
     */
    static OcrReading decide(List<Hocr.Glyph> digits, String chinese, byte[] crop, CellInk.Shape shape) {
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
        boolean inkAgrees = digitCount(seen) == shape.glyphs() && seen.startsWith("-") == shape.dash()
                && !shape.lost();
        boolean sure = wellFormed && seen.equals(other) && confidence >= SURE_CONFIDENCE && inkAgrees;
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
        // the ink's own count: a narrow 1 both models dropped, a thin minus sign they missed
        for (String r : List.of(seen, other)) {
            if (!NUMBER.matcher(r).matches()) {
                continue;
            }
            if (shape.dash() && !r.startsWith("-")) {
                alternatives.add("-" + r);
            }
            if (digitCount(r) + 1 == shape.glyphs()) {
                String sign = r.startsWith("-") ? "-" : "";
                String body = r.substring(sign.length());
                for (String candidate : List.of(sign + "1" + body, sign + body + "1")) {
                    if (NUMBER.matcher(candidate).matches()) {
                        alternatives.add(candidate);
                    }
                }
            }
        }
        List<String> list = new ArrayList<>(alternatives);
        String shown = seen.isEmpty() ? other : seen;
        return new OcrReading(shown, (int) Math.floor(confidence), list.subList(0, Math.min(MAX_ALTERNATIVES,
                list.size())), true, null, crop);
    }

    private static int digitCount(String reading) {
        return (int) reading.chars().filter(Character::isDigit).count();
    }

    private static int offset(List<Hocr.Glyph> glyphs, int index) {
        int n = 0;
        for (int i = 0; i < index; i++) {
            n += glyphs.get(i).text().length();
        }
        return n;
    }

    /**
     * Full-width digits and signs as ASCII, a round O as the zero it has the shape of, spaces removed: how the
     * Chinese model's reading is compared.
     */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if (Character.isWhitespace(ch) || ch == '\u3000') {
                continue;
            }
            if (ch >= '０' && ch <= '９') {
                sb.append((char) (ch - '０' + '0'));
            } else if (ch == 'O' || ch == 'o' || ch == '〇' || ch == '○') {
                sb.append('0'); // one shape: the Chinese model, knowing no digits are meant, names the letter
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
