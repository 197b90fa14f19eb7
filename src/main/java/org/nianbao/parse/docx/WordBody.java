package org.nianbao.parse.docx;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nianbao.model.Location;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.ReadBudget;
import org.nianbao.parse.ReadFailure;

/**
 * Streams the main document part: the paragraphs and tables of its (first) body in document order, those inside
 * block-level content controls and custom XML where they sit. Nothing of the part is kept but what it yields.
 */
final class WordBody {
    /** Content controls and custom XML opened this deep at most: far deeper than any real document. */
    static final int MAX_WRAPPING = 32;

    private final ParagraphXml paragraphXml;
    private final ParagraphReader paragraphs;
    private final TableReader tables;
    private final ReadBudget budget;
    private final List<RawBlock> blocks = new ArrayList<>();
    private int paragraphIndex;

    WordBody(ParagraphXml paragraphXml, ParagraphReader paragraphs, ReadBudget budget) {
        this.paragraphXml = paragraphXml;
        this.paragraphs = paragraphs;
        this.tables = new TableReader(paragraphXml, budget, 1);
        this.budget = budget;
    }

    /** Reads the part from its start; a part that is no document or has no body cannot be read. */
    List<RawBlock> read(XMLStreamReader r) throws ReadFailure, XMLStreamException {
        if (!WordXml.nextChild(r) || !WordXml.is(r, "document")) {
            throw new ReadFailure(InputProblem.UNREADABLE, "not a readable .docx: the main part is not a Word document");
        }
        boolean bodyRead = false;
        while (WordXml.nextChild(r)) {
            if (!bodyRead && WordXml.is(r, "body")) {
                bodyRead = true;
                container(r, 0);
            } else {
                WordXml.skip(r);
            }
        }
        if (!bodyRead) {
            throw new ReadFailure(InputProblem.UNREADABLE, "not a readable .docx: the document has no body");
        }
        return blocks;
    }

    /** The children of the body, of a content control or of custom XML, to the container's end. */
    private void container(XMLStreamReader r, int wrapping) throws ReadFailure, XMLStreamException {
        while (WordXml.nextChild(r)) {
            if (!WordXml.isWord(r)) {
                WordXml.skip(r);
                continue;
            }
            switch (r.getLocalName()) {
                case "p" -> {
                    RawParagraph raw = paragraphs.read(paragraphXml.read(r), Location.paragraph(null,
                            ++paragraphIndex));
                    budget.addText(raw.text());
                    blocks.add(raw);
                }
                case "tbl" -> blocks.addAll(tables.read(r));
                case "sdt", "customXml", "sdtContent" -> {
                    if (wrapping < MAX_WRAPPING) {
                        container(r, wrapping + 1);
                    } else {
                        WordXml.skip(r);
                    }
                }
                default -> WordXml.skip(r);
            }
        }
    }
}
