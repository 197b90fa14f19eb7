package org.nianbao.parse.docx.xwpf;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.nianbao.parse.NumberFormats;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/** The POI XWPF reader this project had before the streaming one (a test oracle, kept as it was). */
final class XwpfNumbering {
    private static final int LEVELS = 9;
    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    XwpfNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** Advances the list's counter and returns the rendered label, or null when it cannot be rendered exactly. */
    String next(BigInteger numId, int ilvl) {
        if (numbering == null || numId == null || numId.signum() == 0 || ilvl < 0 || ilvl >= LEVELS) {
            return null;
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return null;
        }
        CTLvl[] levels = levels(abstractNum.getCTAbstractNum(), num);
        int[] counts = counters.computeIfAbsent(numId, id -> startValues(levels, num));
        counts[ilvl]++;
        for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
            counts[deeper] = start(levels[deeper], num, deeper) - 1;
        }
        return render(levels, counts, ilvl);
    }

    private static String render(CTLvl[] levels, int[] counts, int ilvl) {
        CTLvl lvl = levels[ilvl];
        if (lvl == null || lvl.getLvlText() == null || lvl.getLvlText().getVal() == null) {
            return null;
        }
        String text = lvl.getLvlText().getVal();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int level = text.charAt(i + 1) - '1';
                String rendered = level < LEVELS && levels[level] != null
                        ? NumberFormats.render(counts[level], format(levels[level])) : null;
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

    private static String format(CTLvl lvl) {
        return lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
    }

    /** The list's level definitions: the abstract list's, replaced where the list overrides a whole level. */
    private static CTLvl[] levels(CTAbstractNum abstractNum, XWPFNum num) {
        CTLvl[] levels = new CTLvl[LEVELS];
        List<CTLvl> list = abstractNum.getLvlList();
        for (int i = 0; i < list.size(); i++) {
            CTLvl lvl = list.get(i);
            int index = lvl.getIlvl() == null ? i : lvl.getIlvl().intValue();
            if (index >= 0 && index < LEVELS) {
                levels[index] = lvl;
            }
        }
        for (CTNumLvl override : num.getCTNum().getLvlOverrideList()) {
            if (override.getLvl() != null && override.getIlvl() != null) {
                int index = override.getIlvl().intValue();
                if (index >= 0 && index < LEVELS) {
                    levels[index] = override.getLvl();
                }
            }
        }
        return levels;
    }

    private static int[] startValues(CTLvl[] levels, XWPFNum num) {
        int[] counts = new int[LEVELS];
        for (int i = 0; i < LEVELS; i++) {
            counts[i] = start(levels[i], num, i) - 1;
        }
        return counts;
    }

    private static int start(CTLvl lvl, XWPFNum num, int ilvl) {
        for (CTNumLvl override : num.getCTNum().getLvlOverrideList()) {
            if (override.getIlvl() != null && override.getIlvl().intValue() == ilvl
                    && override.getStartOverride() != null) {
                return override.getStartOverride().getVal().intValue();
            }
        }
        return lvl == null || lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
    }
}
