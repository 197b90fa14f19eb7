package org.nianbao.parse.docx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The numbering part: lists ({@code w:num}) and their abstract definitions ({@code w:abstractNum}), with what
 * {@link NumberingCounter} needs to render a label. Lookups find the first definition with an id, as POI's did.
 */
final class WordNumbering {
    private final List<Num> nums = new ArrayList<>();
    private final List<AbstractNum> abstractNums = new ArrayList<>();

    /** One level definition; values raw, null when absent. */
    record Level(String ilvl, String start, boolean startSet, String format, boolean formatSet, String text,
            boolean textSet) {
    }

    /** A list's override of one level: a start value and/or a whole level. */
    record Override(String ilvl, String startOverride, boolean startSet, Level level) {
    }

    record Num(BigInteger numId, BigInteger abstractNumId, List<Override> overrides) {
    }

    record AbstractNum(BigInteger id, List<Level> levels) {
    }

    Num num(BigInteger numId) {
        for (Num num : nums) {
            if (numId.equals(num.numId())) {
                return num;
            }
        }
        return null;
    }

    AbstractNum abstractNum(BigInteger id) {
        for (AbstractNum a : abstractNums) {
            if (id.equals(a.id())) {
                return a;
            }
        }
        return null;
    }

    static WordNumbering read(InputStream part) throws IOException, XMLStreamException {
        WordNumbering numbering = new WordNumbering();
        XMLStreamReader r = WordXml.open(part);
        try {
            if (!WordXml.nextChild(r)) {
                return numbering;
            }
            while (WordXml.nextChild(r)) {
                if (WordXml.is(r, "num")) {
                    numbering.nums.add(num(r));
                } else if (WordXml.is(r, "abstractNum")) {
                    BigInteger id = RunXml.number(WordXml.attribute(r, "abstractNumId"));
                    List<Level> levels = new ArrayList<>();
                    while (WordXml.nextChild(r)) {
                        if (WordXml.is(r, "lvl")) {
                            levels.add(level(r));
                        } else {
                            WordXml.skip(r);
                        }
                    }
                    numbering.abstractNums.add(new AbstractNum(id, levels));
                } else {
                    WordXml.skip(r);
                }
            }
        } finally {
            r.close();
        }
        return numbering;
    }

    private static Num num(XMLStreamReader r) throws XMLStreamException {
        BigInteger numId = RunXml.number(WordXml.attribute(r, "numId"));
        BigInteger abstractNumId = null;
        boolean abstractSeen = false;
        List<Override> overrides = new ArrayList<>();
        while (WordXml.nextChild(r)) {
            if (WordXml.is(r, "abstractNumId") && !abstractSeen) {
                abstractSeen = true;
                abstractNumId = RunXml.number(WordXml.val(r));
                WordXml.skip(r);
            } else if (WordXml.is(r, "lvlOverride")) {
                String ilvl = WordXml.attribute(r, "ilvl");
                String start = null;
                boolean startSet = false;
                Level level = null;
                while (WordXml.nextChild(r)) {
                    if (WordXml.is(r, "startOverride") && !startSet) {
                        startSet = true;
                        start = WordXml.val(r);
                        WordXml.skip(r);
                    } else if (WordXml.is(r, "lvl") && level == null) {
                        level = level(r);
                    } else {
                        WordXml.skip(r);
                    }
                }
                overrides.add(new Override(ilvl, start, startSet, level));
            } else {
                WordXml.skip(r);
            }
        }
        return new Num(numId, abstractNumId, overrides);
    }

    private static Level level(XMLStreamReader r) throws XMLStreamException {
        String ilvl = WordXml.attribute(r, "ilvl");
        String start = null;
        String format = null;
        String text = null;
        boolean startSet = false;
        boolean formatSet = false;
        boolean textSet = false;
        while (WordXml.nextChild(r)) {
            if (WordXml.is(r, "start") && !startSet) {
                startSet = true;
                start = WordXml.val(r);
            } else if (WordXml.is(r, "numFmt") && !formatSet) {
                formatSet = true;
                format = WordXml.val(r);
            } else if (WordXml.is(r, "lvlText") && !textSet) {
                textSet = true;
                text = WordXml.val(r);
            }
            WordXml.skip(r);
        }
        return new Level(ilvl, start, startSet, format, formatSet, text, textSet);
    }
}
