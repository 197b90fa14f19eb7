package org.nianbao.parse.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a saved web page. The charset is, in this order: the byte order mark; the page's own declaration
 * ({@code <meta charset>} or {@code http-equiv="Content-Type"}) in its first 4 KB; else detection, where bytes that
 * are valid UTF-8 are UTF-8 and anything else is GB18030. GB2312 and GBK declarations are read as GB18030, their
 * superset, because portals declare GB2312 but write GBK characters.
 *
 * <p>A declaration the bytes plainly contradict is not followed, since pages re-saved in another encoding keep
 * their old {@code <meta>}: a UTF-8 declaration over bytes that are not UTF-8 gives GB18030, and a Chinese
 * declaration over bytes that are valid UTF-8 with non-ASCII characters gives UTF-8 (Chinese text in GBK is
 * practically never valid UTF-8).
 */
final class HtmlCharset {
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int DECLARATION_PROBE = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
        "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> CHINESE_SUBSETS = Set.of("gb2312", "gbk", "x-gbk", "cp936", "ms936",
        "windows-936", "gb_2312-80", "euc-cn", "x-euc-cn", "csgb2312", "hz-gb-2312");

    private HtmlCharset() {
    }

    /** The page's text. */
    static String decode(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        return new String(content, charsetOf(content));
    }

    /** The charset of content without a byte order mark. */
    static Charset charsetOf(byte[] content) {
        Charset declared = declared(content);
        boolean utf8 = isValidUtf8(content);
        if (declared == null) {
            return utf8 ? StandardCharsets.UTF_8 : GB18030;
        }
        if (declared.equals(StandardCharsets.UTF_8) && !utf8) {
            return GB18030;
        }
        if (declared.equals(GB18030) && utf8 && !isAscii(content)) {
            return StandardCharsets.UTF_8;
        }
        return declared;
    }

    private static Charset declared(byte[] content) {
        // Latin-1 maps each byte to one char, so the ASCII declaration is found whatever the real encoding
        String head = new String(content, 0, Math.min(content.length, DECLARATION_PROBE), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (CHINESE_SUBSETS.contains(name)) {
            return GB18030;
        }
        try {
            Charset charset = Charset.forName(name);
            // a page cannot really be UTF-16 without a BOM: such declarations are copied boilerplate
            return charset.name().startsWith("UTF-16") ? null : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isValidUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isAscii(byte[] content) {
        for (byte b : content) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
