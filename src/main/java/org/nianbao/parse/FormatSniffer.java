package org.nianbao.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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
        int n = Math.min(content.length, TEXT_PROBE);
        // Latin-1 keeps every byte as one char, so ASCII markers are found whatever the real encoding
        String head = new String(content, 0, n, StandardCharsets.ISO_8859_1);
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

    private static boolean isWordContainer(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            int seen = 0;
            while ((e = zip.getNextEntry()) != null && seen++ < 10_000) {
                if (e.getName().equals("word/document.xml") || e.getName().matches("word/document\\d*\\.xml")) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // a broken zip that still starts like one: let the docx parser report what is wrong with it
            return true;
        }
        return false;
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
