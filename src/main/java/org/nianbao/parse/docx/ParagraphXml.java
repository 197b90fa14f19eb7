package org.nianbao.parse.docx;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one {@code w:p} into a {@link WordParagraph} with the text POI's XWPF gives (the reader it replaced): runs
 * directly in the paragraph, in hyperlinks, simple fields and smart tags; runs of tracked changes (a run holding
 * deleted text is left out of the text), the insertions nested in a change after its own runs; inline content
 * controls' text; then each note referenced, as {@code " [id: text] "}.
 */
final class ParagraphXml {
    /** Far deeper than Word nests runs in changes and smart tags; the package guard bounds depth anyway. */
    private static final int MAX_NESTING = 64;

    private final WordNotes notes;

    /** @param notes the notes a reference is resolved against */
    ParagraphXml(WordNotes notes) {
        this.notes = notes;
    }

    /** From the paragraph's start to its end. */
    WordParagraph read(XMLStreamReader r) throws XMLStreamException {
        Reading p = new Reading();
        while (WordXml.nextChild(r)) {
            if (WordXml.is(r, "pPr") && !p.propertiesRead) {
                p.properties(r);
            } else {
                content(r, p.items, 0);
            }
        }
        StringBuilder text = new StringBuilder();
        List<WordRun> runs = new ArrayList<>();
        for (Object item : p.items) {
            if (item instanceof WordRun run) {
                runs.add(run);
                if (!run.deleted()) {
                    text.append(run.shown());
                }
            } else {
                text.append((String) item);
            }
        }
        for (WordRun run : runs) {
            for (WordRun.NoteRef ref : run.notes()) {
                text.append(" [").append(ref.id()).append(": ");
                List<String> paragraphs = notes.find(ref.footnote(), ref.id() == null ? 0 : ref.id().intValue());
                if (paragraphs == null) {
                    text.append("!!! End note with ID \"").append(ref.id()).append("\" not found in document.");
                } else {
                    text.append(String.join("\n", paragraphs));
                }
                text.append("] ");
            }
        }
        return new WordParagraph(text.toString(), runs, p.style, p.numId, p.numLevel, p.outlineLevel);
    }

    /** One child of a paragraph (or of what holds runs inside it): its runs and content controls' text, in order. */
    private void content(XMLStreamReader r, List<Object> items, int depth) throws XMLStreamException {
        if (!WordXml.isWord(r) || depth > MAX_NESTING) {
            WordXml.skip(r);
            return;
        }
        switch (r.getLocalName()) {
            case "r" -> items.add(RunXml.read(r));
            case "hyperlink", "fldSimple" -> {
                while (WordXml.nextChild(r)) {
                    if (WordXml.is(r, "r")) {
                        items.add(RunXml.read(r));
                    } else {
                        WordXml.skip(r);
                    }
                }
            }
            case "sdt" -> items.add(inlineControl(r, depth));
            case "ins", "del", "moveFrom", "moveTo" -> {
                List<Object> nested = new ArrayList<>();
                while (WordXml.nextChild(r)) {
                    if (WordXml.is(r, "r")) {
                        items.add(RunXml.read(r));
                    } else if (WordXml.is(r, "ins")) {
                        while (WordXml.nextChild(r)) {
                            content(r, nested, depth + 1);
                        }
                    } else {
                        WordXml.skip(r);
                    }
                }
                items.addAll(nested);
            }
            case "smartTag" -> {
                while (WordXml.nextChild(r)) {
                    content(r, items, depth + 1);
                }
            }
            default -> WordXml.skip(r);
        }
    }

    /**
     * An inline content control's text as POI's {@code XWPFSDTContent} gives it: the runs of its first content, each
     * whole (deleted text included), a nested control's text followed by a line break unless it comes last.
     */
    private String inlineControl(XMLStreamReader r, int depth) throws XMLStreamException {
        List<Object> parts = new ArrayList<>();
        boolean contentRead = false;
        while (WordXml.nextChild(r)) {
            if (!contentRead && WordXml.is(r, "sdtContent") && depth <= MAX_NESTING) {
                contentRead = true;
                while (WordXml.nextChild(r)) {
                    if (WordXml.is(r, "r")) {
                        parts.add(RunXml.read(r));
                    } else if (WordXml.is(r, "sdt")) {
                        parts.add(new StringBuilder(inlineControl(r, depth + 1)));
                    } else {
                        WordXml.skip(r);
                    }
                }
            } else {
                WordXml.skip(r);
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Object part = parts.get(i);
            if (part instanceof WordRun run) {
                text.append(run.shown());
            } else {
                text.append(part);
                if (i < parts.size() - 1) {
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }

    /** A paragraph while it is read. */
    private static final class Reading {
        final List<Object> items = new ArrayList<>();
        boolean propertiesRead;
        String style;
        String numId;
        String numLevel;
        String outlineLevel;

        /** The first {@code w:pPr}: style, list and level, outline level (each its first element). */
        void properties(XMLStreamReader r) throws XMLStreamException {
            propertiesRead = true;
            boolean styleSeen = false;
            boolean numberingSeen = false;
            boolean outlineSeen = false;
            while (WordXml.nextChild(r)) {
                if (WordXml.is(r, "pStyle") && !styleSeen) {
                    styleSeen = true;
                    style = WordXml.val(r);
                } else if (WordXml.is(r, "outlineLvl") && !outlineSeen) {
                    outlineSeen = true;
                    outlineLevel = WordXml.val(r);
                } else if (WordXml.is(r, "numPr") && !numberingSeen) {
                    numberingSeen = true;
                    boolean idSeen = false;
                    boolean levelSeen = false;
                    while (WordXml.nextChild(r)) {
                        if (WordXml.is(r, "numId") && !idSeen) {
                            idSeen = true;
                            numId = WordXml.val(r);
                        } else if (WordXml.is(r, "ilvl") && !levelSeen) {
                            levelSeen = true;
                            numLevel = WordXml.val(r);
                        }
                        WordXml.skip(r);
                    }
                    continue;
                }
                WordXml.skip(r);
            }
        }
    }
}
