package org.nianbao.model;

import java.util.Arrays;
import java.util.List;

/**
 * How a cell of a scanned page was read by OCR: what was seen, how sure the reading is, the other readings the
 * image allows, and a crop of the cell's image so a person can look at it. A reading is never passed off as a
 * number when it is unsure: the model holds an unsure cell as text (what was seen), and the rules over it are not
 * assessable, unless the table's own balances settle it ({@link Proofreader}), which {@link #settled()} then says.
 *
 * @param seen         the text OCR gave for the cell (the best reading)
 * @param confidence   0–100: the lowest confidence of the characters of the best reading
 * @param alternatives the readings the image allows, best first (the best reading included); empty for labels
 * @param unsure       true when the reading cannot be taken as exact
 * @param settled      the reading the balances chose among the alternatives, or null
 * @param crop         the cell's image as PNG (black on white), or null
 */
public record OcrReading(String seen, int confidence, List<String> alternatives, boolean unsure, String settled,
        byte[] crop) {

    public OcrReading {
        alternatives = List.copyOf(alternatives);
    }

    /** This reading, not taken as exact after all. */
    public OcrReading doubted() {
        return new OcrReading(seen, confidence, alternatives, true, null, crop);
    }

    /** This reading settled by the balances on one of its alternatives: sure from now on. */
    public OcrReading settledOn(String value) {
        return new OcrReading(seen, confidence, alternatives, false, value, crop);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OcrReading r && seen.equals(r.seen) && confidence == r.confidence
                && alternatives.equals(r.alternatives) && unsure == r.unsure
                && java.util.Objects.equals(settled, r.settled) && Arrays.equals(crop, r.crop);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(seen, confidence, alternatives, unsure, settled) * 31 + Arrays.hashCode(crop);
    }

    @Override
    public String toString() {
        return "OcrReading[" + seen + (unsure ? "?" : "") + " " + confidence + " " + alternatives
                + (settled == null ? "" : " settled " + settled) + "]";
    }
}
