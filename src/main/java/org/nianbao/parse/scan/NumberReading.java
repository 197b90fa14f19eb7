package org.nianbao.parse.scan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.model.OcrReading;

/**
 * Decides what a cell that looks like a number says, from independent readings: Tesseract's English model
 * restricted to digits (each character with its confidence and the characters it weighed) and its Chinese model
 * unrestricted, and a witness that is no model: the cell's ink ({@link CellInk#shape()}), which says how many digits
 * are printed and whether a minus sign is.
 *
 * <p>The evidence rule. A reading is sure only when the ink agrees with it (as many digits, a minus sign exactly when
 * the ink has one, no grey a glyph high beside the text that the threshold may have lost) and
 * <ol>
 * <li>the first look: both models read the same well-formed number from the cell's image, every character of the
 * digits model's reading at least {@link #SURE_CONFIDENCE}; or, for a cell the first look left unsure, the second
 * look ({@link SecondLook}: the same ink prepared at other sizes and in the threshold's black and white, read
 * again):</li>
 * <li>both models read one number from some preparation each and no reading of either says another well-formed
 * number with that confidence; or</li>
 * <li>the digits model read the same number from all four preparations, each character at least
 * {@link #UNANIMOUS_CONFIDENCE}. The Chinese model, which reads digits as the characters they resemble (6 as 0,
 * 1 as ]), is then outvoted. Fewer readings of one model are no evidence: on the sweep two of them agreed on a
 * wrong number (0 read as 4 at two sizes, 25 as 29 at two preparations); four never did.</li>
 * </ol>
 * A dropped 1 or a 7 for 1 that every reading agrees on is what the ink count and the table's balances
 * ({@code Proofreader}) guard against. Otherwise the cell is unsure, with the readings the image allows as
 * alternatives: every well-formed reading of either look, each doubtful character swapped for what the engine
 * weighed and for the shapes print is known to confuse (1/7, 3/8, 0/6/8 …), a leading 1 dropped (a border read as a
 * digit), a 1 or a minus sign the ink has and the readings lack. Never a number from nothing.
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
        return decide(digits, chinese, crop, shape, List.of());
    }

    /**
     * One more reading of a cell from the second look: which preparation of its image gave it ({@code source}),
     * whether the digits model read it (else the Chinese model), what it says (normalised) and the lowest confidence
     * of its characters.
     */
    record Witness(String source, boolean digits, String text, double confidence) {
    }

    static OcrReading decide(List<Hocr.Glyph> digits, String chinese, byte[] crop, CellInk.Shape shape,
            List<Witness> second) {
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
        boolean sure = wellFormed && seen.equals(other) && confidence >= SURE_CONFIDENCE && inkAgrees(seen, shape);
        if (sure) {
            return new OcrReading(seen, (int) Math.floor(confidence), List.of(seen), false, null, crop);
        }
        List<Witness> all = new ArrayList<>();
        all.add(new Witness("first", true, seen, confidence));
        all.add(new Witness("first", false, other, 100)); // the Chinese model's confidence was never asked of it
        all.addAll(second);
        String agreed = second.isEmpty() ? null : agreed(all, shape);
        if (agreed != null) {
            int least = (int) Math.floor(all.stream().filter(w -> w.text().equals(agreed) && w.digits())
                    .mapToDouble(Witness::confidence).min().orElse(0));
            return new OcrReading(agreed, least, List.of(agreed), false, null, crop);
        }
        Set<String> alternatives = new LinkedHashSet<>();
        if (wellFormed) {
            alternatives.add(seen);
        }
        if (NUMBER.matcher(other).matches()) {
            alternatives.add(other);
        }
        for (Witness w : second) {
            if (NUMBER.matcher(w.text()).matches()) {
                alternatives.add(w.text());
            }
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

    /** What the digits model must be this sure of, in every reading, to outvote the Chinese model. */
    static final double UNANIMOUS_CONFIDENCE = 90;

    /** The number the readings of a cell agree on by the second look's rule (the class comment), or null. */
    private static String agreed(List<Witness> all, CellInk.Shape shape) {
        Set<String> digitsSay = new LinkedHashSet<>();
        Set<String> chineseSays = new LinkedHashSet<>();
        Set<String> confident = new LinkedHashSet<>();
        for (Witness w : all) {
            if (!NUMBER.matcher(w.text()).matches()) {
                continue;
            }
            if (!w.digits()) {
                chineseSays.add(w.text());
                confident.add(w.text());
            } else if (w.confidence() >= SURE_CONFIDENCE) {
                digitsSay.add(w.text());
                confident.add(w.text());
            }
        }
        if (confident.size() == 1 && digitsSay.equals(chineseSays) && inkAgrees(digitsSay.iterator().next(),
                shape)) {
            return digitsSay.iterator().next();
        }
        List<Witness> digits = all.stream().filter(Witness::digits).toList();
        String first = digits.get(0).text();
        boolean unanimous = digits.size() >= 4 && NUMBER.matcher(first).matches() && digits.stream().allMatch(
                w -> w.text().equals(first) && w.confidence() >= UNANIMOUS_CONFIDENCE);
        return unanimous && inkAgrees(first, shape) ? first : null;
    }

    private static boolean inkAgrees(String reading, CellInk.Shape shape) {
        return digitCount(reading) == shape.glyphs() && reading.startsWith("-") == shape.dash() && !shape.lost();
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
