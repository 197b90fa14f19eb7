package org.nianbao.parse.docx;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.LocaleUtil;

/**
 * Reads one {@code w:r} into a {@link WordRun}, giving exactly the text POI's XWPF gives (the reader it replaced):
 * {@code w:t} and {@code w:delText} (not field codes), tabs and breaks, the non-breaking hyphen, check boxes of form
 * fields, note reference marks, the base text of ruby (its guide text and any text in pictures or text boxes shown
 * after it in brackets), upper case where the run sets caps or small caps.
 */
final class RunXml {
    private static final double EMU_PER_POINT = 12700;

    private RunXml() {
    }

    /** From the run's start to its end. */
    static WordRun read(XMLStreamReader r) throws XMLStreamException {
        Run run = new Run();
        while (WordXml.nextChild(r)) {
            if (!WordXml.isWord(r)) {
                WordXml.skip(r);
                continue;
            }
            switch (r.getLocalName()) {
                case "rPr" -> run.properties(r);
                case "delText" -> {
                    run.deleted = true;
                    run.appendText(run.text, WordXml.text(r));
                }
                case "ruby" -> run.ruby(r);
                case "pict" -> run.pictures.add(pictureText(r));
                case "drawing" -> run.drawings.add(pictureText(r));
                case "footnoteReference", "endnoteReference" -> {
                    boolean footnote = r.getLocalName().equals("footnoteReference");
                    BigInteger id = number(WordXml.attribute(r, "id"));
                    run.notes.add(new WordRun.NoteRef(footnote, id));
                    run.text.append(footnote ? "[footnoteRef:" : "[endnoteRef:").append(id == null ? -1
                            : id.intValue()).append(']');
                    WordXml.skip(r);
                }
                default -> run.simple(r, run.text);
            }
        }
        return run.finish();
    }

    /** A number attribute as XmlBeans reads it: trimmed; null when absent or not a number. */
    static BigInteger number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigInteger(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code w:val} of an on/off element: absent means on; else true, on, x or 1 (POI's reading). */
    static boolean onOff(String val) {
        return val == null || "true".equalsIgnoreCase(val) || "on".equalsIgnoreCase(val)
                || "x".equalsIgnoreCase(val) || "1".equals(val);
    }

    /** The text of every {@code w:t} inside a picture or drawing, one per line (text boxes, shapes). */
    private static String pictureText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == START) {
                if (WordXml.is(r, "t")) {
                    String text = WordXml.text(r);
                    if (!text.isEmpty()) {
                        out.append(out.length() > 0 ? "\n" : "").append(text);
                    }
                } else {
                    depth++;
                }
            } else if (event == END) {
                depth--;
            }
        }
        return out.toString();
    }

    private static final int START = javax.xml.stream.XMLStreamConstants.START_ELEMENT;
    private static final int END = javax.xml.stream.XMLStreamConstants.END_ELEMENT;

    /** A run while it is read. */
    private static final class Run {
        final StringBuilder text = new StringBuilder();
        final StringBuilder phonetic = new StringBuilder();
        final List<String> pictures = new ArrayList<>();
        final List<String> drawings = new ArrayList<>();
        final List<WordRun.NoteRef> notes = new ArrayList<>(0);
        boolean propertiesRead;
        boolean deleted;
        boolean upper;
        Boolean bold;
        Double size;

        /** The first {@code w:rPr} (POI reads no other): bold, size, caps, small caps — each its first element. */
        void properties(XMLStreamReader r) throws XMLStreamException {
            if (propertiesRead) {
                WordXml.skip(r);
                return;
            }
            propertiesRead = true;
            boolean caps = false;
            boolean capsSeen = false;
            boolean smallCaps = false;
            boolean smallCapsSeen = false;
            boolean sizeSeen = false;
            while (WordXml.nextChild(r)) {
                if (WordXml.isWord(r)) {
                    switch (r.getLocalName()) {
                        case "b" -> bold = bold != null ? bold : onOff(WordXml.val(r));
                        case "caps" -> {
                            caps = capsSeen ? caps : onOff(WordXml.val(r));
                            capsSeen = true;
                        }
                        case "smallCaps" -> {
                            smallCaps = smallCapsSeen ? smallCaps : onOff(WordXml.val(r));
                            smallCapsSeen = true;
                        }
                        case "sz" -> {
                            if (!sizeSeen) {
                                sizeSeen = true;
                                size = points(WordXml.val(r));
                            }
                        }
                        default -> { }
                    }
                }
                WordXml.skip(r);
            }
            upper = caps || smallCaps;
        }

        /** The elements that give text the same way in a run and in ruby: POI's {@code _getText}. */
        void simple(XMLStreamReader r, StringBuilder into) throws XMLStreamException {
            switch (r.getLocalName()) {
                case "t" -> appendText(into, WordXml.text(r));
                case "instrText", "delInstrText" -> WordXml.skip(r);
                case "tab", "ptab" -> {
                    into.append('\t');
                    WordXml.skip(r);
                }
                case "br", "cr" -> {
                    into.append('\n');
                    WordXml.skip(r);
                }
                case "noBreakHyphen" -> {
                    into.append('\u2011');
                    WordXml.skip(r);
                }
                case "fldChar" -> checkBoxes(r, into);
                default -> WordXml.skip(r);
            }
        }

        void appendText(StringBuilder into, String value) {
            into.append(upper ? value.toUpperCase(LocaleUtil.getUserLocale()) : value);
        }

        /** A form field's check boxes, at the field's begin: {@code |X|} checked by default, {@code |_|} not. */
        private static void checkBoxes(XMLStreamReader r, StringBuilder into) throws XMLStreamException {
            boolean begin = "begin".equals(WordXml.attribute(r, "fldCharType"));
            boolean ffDataSeen = false;
            while (WordXml.nextChild(r)) {
                if (begin && !ffDataSeen && WordXml.is(r, "ffData")) {
                    ffDataSeen = true;
                    while (WordXml.nextChild(r)) {
                        if (WordXml.is(r, "checkBox")) {
                            boolean checked = false;
                            boolean defaultSeen = false;
                            while (WordXml.nextChild(r)) {
                                if (!defaultSeen && WordXml.is(r, "default")) {
                                    defaultSeen = true;
                                    String val = WordXml.val(r);
                                    checked = val != null && onOff(val);
                                }
                                WordXml.skip(r);
                            }
                            into.append(checked ? "|X|" : "|_|");
                        } else {
                            WordXml.skip(r);
                        }
                    }
                } else {
                    WordXml.skip(r);
                }
            }
        }

        /** Ruby: the base text joins the run's text, the guide text its phonetic part; everything below is read. */
        void ruby(XMLStreamReader r) throws XMLStreamException {
            boolean inGuide = false;
            boolean inBase = false;
            int depth = 1;
            while (depth > 0 && r.hasNext()) {
                int event = r.next();
                if (event == END) {
                    depth--;
                } else if (event == START) {
                    if (WordXml.is(r, "rt")) {
                        inGuide = true;
                        depth++;
                    } else if (WordXml.is(r, "rubyBase")) {
                        inGuide = false;
                        inBase = true;
                        depth++;
                    } else if (WordXml.isWord(r) && (inGuide || inBase) && isLeafText(r.getLocalName())) {
                        simple(r, inGuide ? phonetic : text);
                    } else {
                        depth++;
                    }
                }
            }
        }

        private static boolean isLeafText(String local) {
            return switch (local) {
                case "t", "instrText", "delInstrText", "tab", "ptab", "br", "cr", "noBreakHyphen" -> true;
                default -> false;
            };
        }

        WordRun finish() {
            StringBuilder shown = new StringBuilder(phonetic);
            List<String> picture = new ArrayList<>(pictures);
            picture.addAll(drawings);
            String pictureText = String.join("\n", picture.stream().filter(s -> !s.isEmpty()).toList());
            if (!pictureText.isEmpty()) {
                shown.append('\n').append(pictureText).append('\n');
            }
            String plain = text.toString();
            String withPhonetic = shown.length() == 0 ? plain : plain + " (" + shown + ")";
            return new WordRun(plain, withPhonetic, deleted, bold, size, notes.isEmpty() ? List.of() : notes);
        }
    }

    /**
     * A {@code w:sz} value in points as POI's {@code getFontSizeAsDouble()} gives it: half-points, or a length with
     * its unit, to one decimal rounded half up; null when absent. A value that is not a number fails the read, as
     * in POI.
     */
    static Double points(String val) {
        if (val == null) {
            return null;
        }
        String s = val.trim().toLowerCase(Locale.ROOT);
        double digits = Double.parseDouble(s.replaceAll("(mm|cm|in|pt|pc|pi)", ""));
        long emu;
        if (s.endsWith("mm")) {
            emu = (long) (((digits / 10f) / 2.54f) * 914400);
        } else if (s.endsWith("cm")) {
            emu = (long) ((digits / 2.54f) * 914400);
        } else if (s.endsWith("in")) {
            emu = (long) (digits * 914400);
        } else if (s.endsWith("pc") || s.endsWith("pi")) {
            emu = (long) (digits * 0.166f * 914400);
        } else if (s.endsWith("pt")) {
            emu = (long) (digits * EMU_PER_POINT);
        } else {
            emu = (long) (digits * (EMU_PER_POINT * 2d));
        }
        return BigDecimal.valueOf(emu / EMU_PER_POINT).divide(BigDecimal.valueOf(4), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
