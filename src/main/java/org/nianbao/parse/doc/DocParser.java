package org.nianbao.parse.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.nianbao.model.Location;
import org.nianbao.parse.DocumentParser;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.Limit;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * Reads Word 97–2003 ({@code .doc}) files with POI HWPF. Paragraphs and tables come out in document order; a
 * table's own paragraphs are not repeated as paragraphs. Empty paragraphs are skipped, and a paragraph's location is
 * its 1-based index among the document's paragraphs outside tables (empty ones counted, as Word shows them).
 *
 * <p>Failures: an OLE2 file holding an encrypted .docx, or a password-protected .doc, is {@code ENCRYPTED}; an OLE2
 * file that is not a Word document (a spreadsheet, say) or a Word 6/95 file is {@code UNSUPPORTED}; anything broken
 * is {@code UNREADABLE}. No runtime exception escapes {@link #parse}.
 */
public final class DocParser implements DocumentParser {
    private static final Pattern HEADING_STYLE = Pattern.compile("(?:heading|标题)\\s*(\\d)");
    /** HWPF outline levels 0–8 are heading levels 1–9; 9 is body text. */
    private static final int BODY_TEXT_LEVEL = 9;

    @Override
    public InputFormat format() {
        return InputFormat.DOC;
    }

    @Override
    public RawDocument parse(byte[] content, ReadLimits limits) throws ReadFailure {
        limits.checkSize(content);
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo")) {
                throw new ReadFailure(InputProblem.ENCRYPTED, "password-protected Office Open XML document");
            }
            if (!root.hasEntry("WordDocument")) {
                throw new ReadFailure(InputProblem.UNSUPPORTED, "OLE2 file without a WordDocument stream");
            }
            return read(new HWPFDocument(fs), limits);
        } catch (EncryptedDocumentException e) {
            throw new ReadFailure(InputProblem.ENCRYPTED, "password-protected Word document", e);
        } catch (OldFileFormatException e) {
            throw new ReadFailure(InputProblem.UNSUPPORTED, "Word 6/95 document: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new ReadFailure(InputProblem.UNREADABLE, "not a readable Word 97 document: " + e, e);
        }
    }

    private static RawDocument read(HWPFDocument doc, ReadLimits limits) throws ReadFailure {
        Range range = doc.getRange();
        List<RawBlock> blocks = new ArrayList<>();
        int paragraphIndex = 0;
        int tableIndex = 0;
        long cellCount = 0;
        long chars = 0;
        int n = range.numParagraphs();
        for (int i = 0; i < n; i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table table = range.getTable(p);
                RawTable raw = DocTableReader.read(table, ++tableIndex);
                cellCount += raw.cells().size();
                if (cellCount > limits.maxTableCells()) {
                    throw Limit.CELLS.exceeded(limits.maxTableCells());
                }
                chars += raw.cells().stream().mapToLong(c -> c.text().length()).sum();
                blocks.add(raw);
                i += Math.max(0, table.numParagraphs() - 1);
                continue;
            }
            paragraphIndex++;
            List<CharacterRun> runs = DocText.runs(p);
            String text = DocText.of(runs);
            if (text.isBlank()) {
                continue;
            }
            chars += text.length();
            blocks.add(new RawParagraph(text, null, headingLevel(doc, p), DocText.allBold(runs),
                DocText.uniformFontSize(runs), Location.paragraph(null, paragraphIndex)));
            if (chars > limits.maxTextChars()) {
                throw Limit.TEXT.exceeded(limits.maxTextChars());
            }
        }
        return new RawDocument(InputFormat.DOC, blocks, null);
    }

    /** From the style name ("Heading 2", "标题 2"), else the paragraph's outline level, else 0. */
    private static int headingLevel(HWPFDocument doc, Paragraph p) {
        StyleDescription style = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
        if (style != null && style.getName() != null) {
            Matcher m = HEADING_STYLE.matcher(style.getName().toLowerCase(Locale.ROOT).strip());
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        int level = p.getLvl();
        return level >= 0 && level < BODY_TEXT_LEVEL ? level + 1 : 0;
    }
}
