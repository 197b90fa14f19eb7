package org.nianbao.parse.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlObject;
import org.nianbao.model.Location;
import org.nianbao.parse.DocumentParser;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.ReadBudget;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * Reads a .docx with POI XWPF into a {@link RawDocument}: body paragraphs and tables in document order, including
 * those inside block-level content controls; tables as grids with every span resolved (see {@link TableReader});
 * deleted tracked changes never read. Paragraph locations are 1-based body paragraph indexes; table cell locations
 * are the 1-based table index and printed row/column.
 *
 * <p>Failures: an encrypted file is {@link InputProblem#ENCRYPTED}; a corrupt zip, a non-OOXML file or any other
 * failure inside POI is {@link InputProblem#UNREADABLE}; a zip bomb or a file over a {@link ReadLimits} cap is
 * {@link InputProblem#TOO_LARGE}; zero bytes are {@link InputProblem#EMPTY}. No runtime exception escapes.
 * {@link PackageGuard} streams through the zip first, so what POI would hold in memory is bounded before it starts.
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
        PackageGuard.check(content, limits);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            return new RawDocument(InputFormat.DOCX, readBody(doc, new ReadBudget(limits)), null);
        } catch (ReadFailure e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new ReadFailure(InputProblem.ENCRYPTED, "encrypted document: " + e.getMessage(), e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (isZipBomb(e)) {
                throw new ReadFailure(InputProblem.TOO_LARGE, "zip bomb guard: " + e.getMessage(), e);
            }
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

    private static List<RawBlock> readBody(XWPFDocument doc, ReadBudget budget) throws ReadFailure {
        List<RawBlock> blocks = new ArrayList<>();
        ParagraphReader paragraphs = new ParagraphReader(doc.getStyles(), new NumberingCounter(doc.getNumbering()));
        TableReader tables = new TableReader(doc, budget, 1);
        int paragraphIndex = 0;
        for (XmlObject element : WordXml.children(doc.getDocument().getBody())) {
            if (element instanceof CTP ctp) {
                // a fresh wrapper also reaches paragraphs inside content controls, and avoids POI's linear lookup
                RawParagraph raw = paragraphs.read(new XWPFParagraph(ctp, doc), Location.paragraph(null,
                        ++paragraphIndex));
                budget.addText(raw.text());
                blocks.add(raw);
            } else if (element instanceof CTTbl tbl) {
                blocks.addAll(tables.read(tbl));
            }
        }
        return blocks;
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

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max size of the expanded data")) {
                return true;
            }
        }
        return false;
    }
}
