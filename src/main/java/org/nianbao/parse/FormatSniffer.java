package org.nianbao.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells a file's format from its content: magic bytes, and for zip containers the entries inside. The file name
 * is never consulted, so a .docx named .doc or a PDF named .docx is read as what it is.
 */
public final class FormatSniffer {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final int TEXT_PROBE = 4096;
    /** A flat OpenDocument file's root element declares dozens of namespaces before its media type. */
    private static final int FLAT_ODF_PROBE = 16384;
    private static final String ODF_TEXT = "application/vnd.oasis.opendocument.text";
    /** How much of a file {@link #detectQuietly} reads: enough for every marker but a large zip's directory. */
    private static final int HEAD = 64 * 1024;

    private FormatSniffer() {
    }

    /** The format of this content; {@link InputFormat#UNKNOWN} when it is none nianbao reads. */
    public static InputFormat detect(byte[] content) {
        if (startsWith(content, OLE2)) {
            // .doc, or an encrypted .docx (also OLE2): the doc parser tells them apart
            return InputFormat.DOC;
        }
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return zipFormat(content);
        }
        if (indexOf(content, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return InputFormat.PDF;
        }
        return detectText(content);
    }

    /**
     * The format of a file told from its first bytes, for a file that was not read whole (over a limit, timed out,
     * failed): so a result says "PDF" rather than "unknown" about a PDF it could not check. A large zip without a
     * stored mimetype counts as a Word document, as {@link #detect} counts one whose directory it cannot find.
     * {@link InputFormat#UNKNOWN} when the file cannot be opened.
     */
    public static InputFormat detectQuietly(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in.readNBytes(HEAD));
        } catch (IOException | RuntimeException e) {
            return InputFormat.UNKNOWN;
        }
    }

    private static InputFormat detectText(byte[] content) {
        // the probe starts after any white space, however much precedes the content
        int from = skipBlank(content);
        int n = Math.min(content.length - from, TEXT_PROBE);
        // Latin-1 keeps every byte as one char, so ASCII markers are found whatever the real encoding
        String head = new String(content, from, n, StandardCharsets.ISO_8859_1);
        String trimmed = stripBomAndSpace(head);
        if (trimmed.startsWith("{\\rtf")) {
            return InputFormat.UNKNOWN;
        }
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return InputFormat.JSON;
        }
        if (isFlatOdfText(content, trimmed)) {
            return InputFormat.ODT;
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<") && (lower.contains("<html") || lower.contains("<!doctype html")
                || lower.contains("<body") || lower.contains("<table") || lower.contains("<meta")
                || lower.contains("<div") || lower.contains("<p"))) {
            return InputFormat.HTML;
        }
        return InputFormat.UNKNOWN;
    }

    /** Where the content starts after a byte order mark and white space (and the zero bytes of UTF-16). */
    private static int skipBlank(byte[] content) {
        int i = startsWith(content, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3
                : content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
                        || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)) ? 2 : 0;
        while (i < content.length && (content[i] == ' ' || content[i] == '\n' || content[i] == '\r'
                || content[i] == '\t' || content[i] == 0)) {
            i++;
        }
        return i == content.length ? 0 : i;
    }

    private static String stripBomAndSpace(String s) {
        int i = 0;
        // UTF-8 BOM read as Latin-1 is three chars; UTF-16 BOMs are two
        if (s.startsWith("\u00EF\u00BB\u00BF")) {
            i = 3;
        } else if (s.startsWith("\u00FE\u00FF") || s.startsWith("\u00FF\u00FE")) {
            i = 2;
        }
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == 0)) {
            i++;
        }
        return s.substring(i).replace("\u0000", "");
    }

    /** A flat OpenDocument text (.fodt): an XML root {@code office:document} of the text media type. */
    private static boolean isFlatOdfText(byte[] content, String head) {
        if (!head.startsWith("<") || !head.contains("<office:document")) {
            return false;
        }
        String wider = new String(content, 0, Math.min(content.length, FLAT_ODF_PROBE), StandardCharsets.ISO_8859_1)
                .replace("\u0000", "");
        int root = wider.indexOf("<office:document");
        int close = wider.indexOf('>', root);
        return close > 0 && wider.substring(root, close).contains("\"" + ODF_TEXT + "\"");
    }

    /**
     * A zip is an OpenDocument text when its first entry is the {@code mimetype} the standard puts there, stored,
     * naming a text document (another OpenDocument kind, a spreadsheet, is none nianbao reads); else what its
     * central directory shows ({@link #directoryFormat}).
     */
    private static InputFormat zipFormat(byte[] content) {
        String mimetype = storedMimetype(content);
        if (mimetype != null && !mimetype.isEmpty()) {
            return mimetype.equals(ODF_TEXT) || mimetype.equals(ODF_TEXT + "-template") ? InputFormat.ODT
                    : InputFormat.UNKNOWN;
        }
        return directoryFormat(content);
    }

    /** The data of a first zip entry named {@code mimetype} and stored uncompressed, or null. */
    private static String storedMimetype(byte[] content) {
        if (content.length < 38 || u16(content, 8) != 0) {
            return null;
        }
        int nameLength = u16(content, 26);
        int start = 30 + nameLength + u16(content, 28);
        long size = u32(content, 18);
        if (nameLength != 8 || !new String(content, 30, 8, StandardCharsets.US_ASCII).equals("mimetype")
                || size > 100 || start + size > content.length) {
            return null;
        }
        return new String(content, start, (int) size, StandardCharsets.US_ASCII).strip();
    }

    /**
     * A Word document when the zip's central directory names a Word body; an OpenDocument text when it names the two
     * parts every OpenDocument package has (a package zipped again by hand loses its stored mimetype; the reader
     * then says whether it holds text). Only the directory is read, never an entry's data, so a zip bomb costs
     * nothing here; a zip without a readable directory goes to the docx parser to say what is wrong.
     */
    private static InputFormat directoryFormat(byte[] content) {
        int end = endOfCentralDirectory(content);
        if (end < 0) {
            return InputFormat.DOCX;
        }
        int count = u16(content, end + 10);
        long at = u32(content, end + 16);
        boolean odfContent = false;
        boolean odfManifest = false;
        for (int i = 0; i < count; i++) {
            if (at < 0 || at + 46 > content.length || u32(content, (int) at) != 0x02014b50L) {
                return InputFormat.DOCX;
            }
            int p = (int) at;
            int nameLength = u16(content, p + 28);
            if (p + 46 + nameLength > content.length) {
                return InputFormat.DOCX;
            }
            String name = new String(content, p + 46, nameLength, StandardCharsets.UTF_8);
            if (name.matches("word/document\\d*\\.xml")) {
                return InputFormat.DOCX;
            }
            odfContent |= name.equals("content.xml");
            odfManifest |= name.equals("META-INF/manifest.xml");
            at = (long) p + 46 + nameLength + u16(content, p + 30) + u16(content, p + 32);
        }
        return odfContent && odfManifest ? InputFormat.ODT : InputFormat.UNKNOWN;
    }

    /** The offset of the end-of-central-directory record, searched back over the longest possible comment. */
    private static int endOfCentralDirectory(byte[] content) {
        for (int i = content.length - 22; i >= 0 && i >= content.length - 22 - 0xFFFF; i--) {
            if (u32(content, i) == 0x06054b50L) {
                return i;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return u16(b, at) | (long) u16(b, at + 2) << 16;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] content, byte[] needle, int within) {
        int end = Math.min(content.length, within) - needle.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
