package org.nianbao.parse.docx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The footnotes and endnotes a paragraph's note references are resolved against: each note's paragraph texts, read
 * in the order POI reads them (a reference inside a note finds only the notes read before it).
 */
final class WordNotes {
    static final WordNotes NONE = new WordNotes();

    private final List<Note> footnotes = new ArrayList<>();
    private final List<Note> endnotes = new ArrayList<>();
    private boolean footnotesRead;
    private boolean endnotesRead;

    private record Note(BigInteger id, List<String> paragraphs) {
    }

    /** The paragraphs of the first note with this id, or null (also when that kind of notes part is missing). */
    List<String> find(boolean footnote, int id) {
        if (this == NONE || !(footnote ? footnotesRead : endnotesRead)) {
            return null;
        }
        for (Note note : footnote ? footnotes : endnotes) {
            if (note.id() != null && note.id().intValue() == id) {
                return note.paragraphs();
            }
        }
        return null;
    }

    /** Reads a footnotes or endnotes part (its notes' own paragraphs, not their tables or controls). */
    void read(boolean footnote, InputStream part) throws IOException, XMLStreamException {
        List<Note> into = footnote ? footnotes : endnotes;
        into.clear();
        if (footnote) {
            footnotesRead = true;
        } else {
            endnotesRead = true;
        }
        ParagraphXml paragraphs = new ParagraphXml(this);
        String element = footnote ? "footnote" : "endnote";
        XMLStreamReader r = WordXml.open(part);
        try {
            if (!WordXml.nextChild(r)) {
                return;
            }
            while (WordXml.nextChild(r)) {
                if (!WordXml.is(r, element)) {
                    WordXml.skip(r);
                    continue;
                }
                BigInteger id = RunXml.number(WordXml.attribute(r, "id"));
                List<String> texts = new ArrayList<>();
                while (WordXml.nextChild(r)) {
                    if (WordXml.is(r, "p")) {
                        texts.add(paragraphs.read(r).text());
                    } else {
                        WordXml.skip(r);
                    }
                }
                into.add(new Note(id, List.copyOf(texts)));
            }
        } finally {
            r.close();
        }
    }
}
