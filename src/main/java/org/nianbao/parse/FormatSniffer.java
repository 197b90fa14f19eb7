package org.nianbao.parse;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells a file's format from its content: magic bytes, and for zip containers the entries inside. The file name
 * is never consulted, so a .docx named .doc or a PDF named .docx is read as what it is.
 */
public final class FormatSniffer {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final int TEXT_PROBE = 4096;

    private FormatSniffer() {
    }

    /** The format of this content; {@link InputFormat#UNKNOWN} when it is none nianbao reads. */
    public static InputFormat detect(byte[] content) {
        if (startsWith(content, OLE2)) {
            // .doc, or an encrypted .docx (also OLE2): the doc parser tells them apart
            return InputFormat.DOC;
        }
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return isWordContainer(content) ? InputFormat.DOCX : InputFormat.UNKNOWN;
        }
        if (indexOf(content, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return InputFormat.PDF;
        }
        return detectText(content);
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

    /**
     * Whether the zip's central directory names a Word body. Only the directory is read, never an entry's data, so a
     * zip bomb costs nothing here; a zip without a readable directory goes to the docx parser to say what is wrong.
     */
    private static boolean isWordContainer(byte[] content) {
        int end = endOfCentralDirectory(content);
        if (end < 0) {
            return true;
        }
        int count = u16(content, end + 10);
        long at = u32(content, end + 16);
        for (int i = 0; i < count; i++) {
            if (at < 0 || at + 46 > content.length || u32(content, (int) at) != 0x02014b50L) {
                return true;
            }
            int p = (int) at;
            int nameLength = u16(content, p + 28);
            if (p + 46 + nameLength > content.length) {
                return true;
            }
            String name = new String(content, p + 46, nameLength, StandardCharsets.UTF_8);
            if (name.matches("word/document\\d*\\.xml")) {
                return true;
            }
            at = (long) p + 46 + nameLength + u16(content, p + 30) + u16(content, p + 32);
        }
        return false;
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
