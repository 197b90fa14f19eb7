package org.nianbao.parse.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a CJK radical or stroke character as the ideograph it looks like. Some producers (wkhtmltopdf's Qt) map a
 * glyph of 工 or 民 to the Kangxi radical ⼯ (U+2F2F) or the radical ⺠ (U+2EA0) that the font draws with the same
 * glyph, so the text reads 人民政府 as ⼈⺠政府; a report never writes radicals, so the glyph is the ideograph. The
 * equivalences are the Unicode Character Database's {@code EquivalentUnifiedIdeograph.txt} (Unicode 15.0, copied
 * beside this class from Debian's unicode-data package, with its terms of use), with three radicals read as a
 * Simplified Chinese font draws them.
 */
final class CjkRadicals {
    /**
     * Where a Simplified Chinese font draws a radical with another ideograph's glyph than the Unicode equivalent:
     * Noto Serif and Noto Sans CJK SC draw ⼾ (U+2F3E) as 户 (U+6237, not 戶 U+6236), ⺕ (U+2E95) as 彐 and ⺫ (U+2EAB) as
     * 罒 (found by comparing the glyphs their cmaps give the radicals and the ideographs).
     */
    private static final Map<Integer, Integer> SIMPLIFIED = Map.of(0x2F3E, 0x6237, 0x2E95, 0x5F50, 0x2EAB, 0x7F52);
    private static final Map<Integer, Integer> IDEOGRAPH = load();

    private CjkRadicals() {
    }

    /** The text with every radical or stroke that has an equivalent ideograph replaced by it. */
    static String unify(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x2E80 && c <= 0x2FDF || c >= 0x31C0 && c <= 0x31EF) {
                return replace(text);
            }
        }
        return text;
    }

    private static String replace(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> b.appendCodePoint(IDEOGRAPH.getOrDefault(cp, cp)));
        return b.toString();
    }

    private static Map<Integer, Integer> load() {
        Map<Integer, Integer> map = new HashMap<>();
        try (InputStream in = CjkRadicals.class.getResourceAsStream("EquivalentUnifiedIdeograph.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String data = (hash < 0 ? line : line.substring(0, hash)).trim();
                if (data.isEmpty()) {
                    continue;
                }
                String[] fields = data.split(";");
                String[] range = fields[0].trim().split("\\.\\.");
                int from = Integer.parseInt(range[0], 16);
                int to = range.length > 1 ? Integer.parseInt(range[1], 16) : from;
                int ideograph = Integer.parseInt(fields[1].trim(), 16);
                for (int cp = from; cp <= to; cp++) {
                    map.put(cp, ideograph);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        map.putAll(SIMPLIFIED);
        return Map.copyOf(map);
    }
}
