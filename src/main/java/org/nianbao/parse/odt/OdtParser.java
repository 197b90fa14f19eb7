package org.nianbao.parse.odt;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.nianbao.parse.DocumentParser;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.ReadBudget;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * Reads an OpenDocument text ({@code .odt}, the format of LibreOffice and one WPS and Word also write) or its flat
 * XML form ({@code .fodt}) into a {@link RawDocument}, with StAX and no document model: the package is read once
 * ({@link OdfPackage}), then {@code styles.xml} for the styles and the outline numbering, then
 * {@code content.xml} for its own styles and the body ({@link BodyReader}). Locations are as for .docx: 1-based
 * paragraph indexes, and the table index with the printed row and column.
 *
 * <p>Failures, never a runtime exception: a password-protected file (encryption data in its manifest) is
 * {@link InputProblem#ENCRYPTED}; a broken zip or XML, a DTD, XML nested past the limit, or a package without
 * {@code content.xml} is {@link InputProblem#UNREADABLE}; another OpenDocument kind (a spreadsheet) is
 * {@link InputProblem#UNSUPPORTED}; a zip over the entry or inflation limit, or a body over the cell or text limit,
 * is {@link InputProblem#TOO_LARGE}.
 */
public final class OdtParser implements DocumentParser {
    private static final String TEXT = "application/vnd.oasis.opendocument.text";

    @Override
    public InputFormat format() {
        return InputFormat.ODT;
    }

    @Override
    public RawDocument parse(byte[] content, ReadLimits limits) throws ReadFailure {
        limits.checkSize(content);
        ReadBudget budget = new ReadBudget(limits);
        try {
            List<RawBlock> blocks = isZip(content) ? readPackage(content, limits, budget) : readFlat(content, budget);
            return new RawDocument(InputFormat.ODT, blocks, null);
        } catch (XMLStreamException e) {
            throw new ReadFailure(InputProblem.UNREADABLE, "not a readable .odt: " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ReadFailure(InputProblem.UNREADABLE, "not a readable .odt: " + e, e);
        }
    }

    private static List<RawBlock> readPackage(byte[] content, ReadLimits limits, ReadBudget budget)
            throws ReadFailure, XMLStreamException {
        OdfPackage odf = OdfPackage.read(content, limits);
        String type = odf.mediaType();
        if (type != null && !type.equals(TEXT) && !type.equals(TEXT + "-template")) {
            throw new ReadFailure(InputProblem.UNSUPPORTED, "an OpenDocument file of type " + type
                    + ", not a text document");
        }
        if (odf.encrypted(budget)) {
            throw new ReadFailure(InputProblem.ENCRYPTED, "password-protected .odt");
        }
        byte[] body = odf.part(OdfPackage.CONTENT);
        if (body == null) {
            throw new ReadFailure(InputProblem.UNREADABLE, "not a readable .odt: no " + OdfPackage.CONTENT);
        }
        StyleSheet styles = new StyleSheet();
        PartReader parts = new PartReader(styles, budget);
        byte[] styleXml = odf.part(OdfPackage.STYLES);
        if (styleXml != null) {
            parts.readStyles(styleXml, OdfPackage.STYLES);
        }
        return orNoBody(parts.readDocument(body, OdfPackage.CONTENT), OdfPackage.CONTENT);
    }

    private static List<RawBlock> readFlat(byte[] content, ReadBudget budget) throws ReadFailure, XMLStreamException {
        return orNoBody(new PartReader(new StyleSheet(), budget).readDocument(content, "the .fodt"), "the .fodt");
    }

    private static List<RawBlock> orNoBody(List<RawBlock> blocks, String part) throws ReadFailure {
        if (blocks == null) {
            throw new ReadFailure(InputProblem.UNREADABLE, "not a readable .odt: " + part + " has no body");
        }
        return blocks;
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }
}
