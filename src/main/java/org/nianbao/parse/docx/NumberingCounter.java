package org.nianbao.parse.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.parse.NumberFormats;

/**
 * Computes the label Word renders for auto-numbered paragraphs ({@code 二、}), which the file does not hold: counters
 * are kept per list ({@code numId}) and level, a level's counter restarts when a shallower level advances, and the
 * level text ({@code %1、}) is filled with each level's own format. Feed paragraphs in document order.
 */
final class NumberingCounter {
    private static final int LEVELS = 9;
    private final WordNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /** @param numbering the numbering part, or null when the document has none */
    NumberingCounter(WordNumbering numbering) {
        this.numbering = numbering;
    }

    /** Advances the list's counter and returns the rendered label, or null when it cannot be rendered exactly. */
    String next(BigInteger numId, int ilvl) {
        if (numbering == null || numId == null || numId.signum() == 0 || ilvl < 0 || ilvl >= LEVELS) {
            return null;
        }
        WordNumbering.Num num = numbering.num(numId);
        if (num == null || num.abstractNumId() == null) {
            return null;
        }
        WordNumbering.AbstractNum abstractNum = numbering.abstractNum(num.abstractNumId());
        if (abstractNum == null) {
            return null;
        }
        WordNumbering.Level[] levels = levels(abstractNum, num);
        int[] counts = counters.computeIfAbsent(numId, id -> startValues(levels, num));
        counts[ilvl]++;
        for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
            counts[deeper] = start(levels[deeper], num, deeper) - 1;
        }
        return render(levels, counts, ilvl);
    }

    private static String render(WordNumbering.Level[] levels, int[] counts, int ilvl) {
        WordNumbering.Level lvl = levels[ilvl];
        if (lvl == null || lvl.text() == null) {
            return null;
        }
        String text = lvl.text();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int level = text.charAt(i + 1) - '1';
                String format = level < LEVELS && levels[level] != null ? format(levels[level]) : null;
                String rendered = format == null ? null : NumberFormats.render(counts[level], format);
                if (rendered == null) {
                    return null;
                }
                out.append(rendered);
                i++;
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** The level's number format; null when the element is there without a value (nothing to render). */
    private static String format(WordNumbering.Level lvl) {
        return lvl.formatSet() ? lvl.format() : "decimal";
    }

    /** The list's level definitions: the abstract list's, replaced where the list overrides a whole level. */
    private static WordNumbering.Level[] levels(WordNumbering.AbstractNum abstractNum, WordNumbering.Num num) {
        WordNumbering.Level[] levels = new WordNumbering.Level[LEVELS];
        List<WordNumbering.Level> list = abstractNum.levels();
        for (int i = 0; i < list.size(); i++) {
            WordNumbering.Level lvl = list.get(i);
            BigInteger ilvl = RunXml.number(lvl.ilvl());
            int index = ilvl == null ? i : ilvl.intValue();
            if (index >= 0 && index < LEVELS) {
                levels[index] = lvl;
            }
        }
        for (WordNumbering.Override override : num.overrides()) {
            BigInteger ilvl = RunXml.number(override.ilvl());
            if (override.level() != null && ilvl != null) {
                int index = ilvl.intValue();
                if (index >= 0 && index < LEVELS) {
                    levels[index] = override.level();
                }
            }
        }
        return levels;
    }

    private static int[] startValues(WordNumbering.Level[] levels, WordNumbering.Num num) {
        int[] counts = new int[LEVELS];
        for (int i = 0; i < LEVELS; i++) {
            counts[i] = start(levels[i], num, i) - 1;
        }
        return counts;
    }

    private static int start(WordNumbering.Level lvl, WordNumbering.Num num, int ilvl) {
        for (WordNumbering.Override override : num.overrides()) {
            BigInteger index = RunXml.number(override.ilvl());
            BigInteger start = RunXml.number(override.startOverride());
            if (index != null && index.intValue() == ilvl && override.startSet() && start != null) {
                return start.intValue();
            }
        }
        BigInteger start = lvl == null || !lvl.startSet() ? null : RunXml.number(lvl.start());
        return start == null ? 1 : start.intValue();
    }
}
