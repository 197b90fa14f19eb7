package org.nianbao.parse.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.nianbao.parse.DocumentParser;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.ReadBudget;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * Reads a .docx into a {@link RawDocument} by streaming its parts with StAX: body paragraphs and tables in document
 * order, including those inside block-level content controls ({@link WordBody}); tables as grids with every span
 * resolved ({@link TableReader}); paragraph text as Word shows it, deleted tracked changes left out
 * ({@link ParagraphXml}); auto-numbered labels from the numbering part ({@link NumberingCounter}); heading level,
 * bold and size from the styles part ({@link ParagraphReader}). Paragraph locations are 1-based body paragraph
 * indexes; table cell locations are the 1-based table index and printed row/column.
 *
 * <p>Failures: an encrypted file is {@link InputProblem#ENCRYPTED}; a corrupt zip, a package without a main document
 * or with two entries of one name, or XML that cannot be parsed is {@link InputProblem#UNREADABLE}; a zip bomb or a
 * file over a {@link ReadLimits} cap is {@link InputProblem#TOO_LARGE}; zero bytes are {@link InputProblem#EMPTY}.
 * No runtime exception escapes. {@link PackageGuard} streams through the zip first and bounds everything the parts
 * hold before they are parsed; the same pass keeps the small parts' bytes, so a part is inflated once.
 */
public final class DocxParser implements DocumentParser {

    @Override
    public InputFormat format() {
        return InputFormat.DOCX;
    }

    @Override
    public RawDocument parse(byte[] content, ReadLimits limits) throws ReadFailure {
        limits.checkSize(content);
        if (FileMagic.valueOf(content) == FileMagic.OLE2) {
            throw ole2Failure(content);
        }
        DocxParts parts = PackageGuard.check(content, limits);
        try {
            return new RawDocument(InputFormat.DOCX, readBody(parts, new ReadBudget(limits)), null);
        } catch (ReadFailure e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException | StackOverflowError e) {
            throw new ReadFailure(InputProblem.UNREADABLE, "not a readable .docx: " + e, e);
        }
    }

    /** The paragraphs outside tables, streamed without POI's document model (see {@link DocxOpening}). */
    @Override
    public RawDocument parseOpening(byte[] content, ReadLimits limits) throws ReadFailure {
        limits.checkSize(content);
        if (FileMagic.valueOf(content) == FileMagic.OLE2) {
            return parse(content, limits); // the same failure as a full read
        }
        PackageGuard.check(content, limits); // the same bounds as a full read, before inflating anything
        return DocxOpening.read(content);
    }

    /**
     * The main document part named by the package's relationships, with the styles, numbering and notes its own
     * relationships name (a part named but missing is left out, as POI left it); the package must have its content
     * types part, as every Word package has.
     */
    private static List<RawBlock> readBody(DocxParts parts, ReadBudget budget) throws ReadFailure, IOException,
            XMLStreamException {
        String main = parts.related("", DocxParts.OFFICE_DOCUMENT, false);
        if (main == null || !parts.has("[Content_Types].xml")) {
            throw new ReadFailure(InputProblem.UNREADABLE, "not a readable .docx: "
                    + (main == null ? "no main document part" : "no [Content_Types].xml"));
        }
        WordStyles styles = WordStyles.NONE;
        WordNumbering numbering = null;
        WordNotes notes = new WordNotes();
        for (DocxParts.Relationship rel : parts.relationships(main)) {
            // notes are read in the order of their relationships, as POI reads them
            if (rel.part() != null && parts.has(rel.part())) {
                if (rel.type().equals(DocxParts.FOOTNOTES) || rel.type().equals(DocxParts.ENDNOTES)) {
                    try (InputStream in = parts.open(rel.part())) {
                        notes.read(rel.type().equals(DocxParts.FOOTNOTES), in);
                    }
                }
            }
        }
        String stylesPart = parts.related(main, DocxParts.STYLES, true);
        if (stylesPart != null) {
            try (InputStream in = parts.open(stylesPart)) {
                styles = WordStyles.read(in);
            }
        }
        String numberingPart = parts.related(main, DocxParts.NUMBERING, true);
        if (numberingPart != null) {
            try (InputStream in = parts.open(numberingPart)) {
                numbering = WordNumbering.read(in);
            }
        }
        ParagraphXml paragraphXml = new ParagraphXml(notes);
        ParagraphReader paragraphs = new ParagraphReader(styles, new NumberingCounter(numbering));
        try (InputStream in = parts.open(main)) {
            XMLStreamReader r = WordXml.open(in);
            try {
                return new WordBody(paragraphXml, paragraphs, budget).read(r);
            } finally {
                r.close();
            }
        }
    }

    /** An OLE2 container handed to the .docx reader is either an encrypted .docx or a .doc. */
    private static ReadFailure ole2Failure(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return new ReadFailure(InputProblem.ENCRYPTED, "password-protected .docx");
            }
            return new ReadFailure(InputProblem.UNREADABLE, "an OLE2 file (.doc?), not a .docx");
        } catch (IOException | RuntimeException e) {
            return new ReadFailure(InputProblem.UNREADABLE, "a broken OLE2 file: " + e, e);
        }
    }
}
