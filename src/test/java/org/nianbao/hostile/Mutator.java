package org.nianbao.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Seeded mutations of a good file: byte-level (bit flips, insert, delete, duplicate a chunk, overwrite with edge
 * values, truncate), zip-entry level for .docx and .odt (drop, duplicate, rename, reorder an entry, mutate one
 * entry's inflated content), token level for text formats (delete, repeat, swap tokens, splice in hostile ones) and
 * well-formed edits of a JSON tree, a .docx body or an .odt's content ({@link StructuralMutator}). The
 * same seed always gives the same bytes, so a crash is replayed from its seed alone.
 */
final class Mutator {
    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\]|\\\\.)*\"|<[^<>]*>|-?\\d+(?:\\.\\d+)?|[\\p{L}\\p{N}_]+|\\s+|.", Pattern.DOTALL);
    private static final String[] JSON_TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "0",
        "1e999999", "-0.0", "99999999999999999999999", "\"\\u0000\"", "\"\\ud800\"", "{\"a\":", "[[[[[[[[", "\"\""};
    private static final String[] HTML_TOKENS = {"<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>",
        "<td colspan=\"99999\">", "<td rowspan=\"99999\">", "<td rowspan=-1>", "<th>", "<p>", "</p>", "<div>",
        "<br>", "<h1>", "&#0;", "&#xFFFF;", "&amp;", "<!--", "-->", "<script>", "<meta charset=\"utf-16\">",
        "<w:tbl>", "<w:tr>", "<w:tc>", "<w:gridSpan w:val=\"99999\"/>", "<w:vMerge/>", "<w:gridBefore w:val=\"-5\"/>",
        "<![CDATA[", "\u0000", "一、", "（七）总计"};
    private static final String[] ODF_TOKENS = {"<text:p>", "</text:p>", "<table:table>", "</table:table>",
        "<table:table-row>", "</table:table-row>", "<table:table-cell>", "</table:table-cell>",
        "<table:covered-table-cell/>", "<table:table-cell table:number-columns-spanned=\"99999\">",
        "<table:table-cell table:number-rows-spanned=\"2147483647\">",
        "<table:table-row table:number-rows-repeated=\"1000000000\">", "<text:s text:c=\"99999999\"/>",
        "<text:list text:continue-list=\"x\">", "<text:list-item text:start-value=\"-1\">", "<text:h>",
        "<text:tracked-changes>", "<draw:frame>", "<draw:text-box>", "&#0;", "<![CDATA[", "一、", "（七）总计"};
    private static final byte[] EDGE = {0, (byte) 0xFF, 0x7F, (byte) 0x80, '0', '9', '<', '>', '"', '{', '\n'};

    private final Random random;
    private final StructuralMutator structural;

    Mutator(long seed) {
        this.random = new Random(seed);
        this.structural = new StructuralMutator(random);
    }

    /** One to three stacked mutations of the seed file, chosen to suit its format. */
    byte[] mutate(byte[] seed, String format) {
        byte[] out = seed;
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds && out.length > 0; i++) {
            int pick = random.nextInt(10);
            boolean odfPackage = format.equals("odt") && out.length > 1 && out[0] == 'P' && out[1] == 'K';
            if (format.equals("docx") && pick < 5) {
                out = structural.docx(out);
            } else if (format.equals("docx") && pick < 8) {
                out = zipLevel(out, "word/document.xml");
            } else if (odfPackage && pick < 5) {
                out = structural.odt(out);
            } else if (odfPackage && pick < 8) {
                out = zipLevel(out, "content.xml");
            } else if (format.equals("odt") && !odfPackage && pick < 7) {
                out = tokenLevel(out, ODF_TOKENS);
            } else if (format.equals("json") && pick < 5) {
                out = structural.json(out);
            } else if ((format.equals("json") && pick < 8) || (format.equals("html") && pick < 7)) {
                out = tokenLevel(out, format.equals("json") ? JSON_TOKENS : HTML_TOKENS);
            } else {
                out = byteLevel(out);
            }
        }
        return out;
    }

    byte[] byteLevel(byte[] in) {
        if (in.length == 0) {
            return in; // an empty zip entry, such as a folder of an OpenDocument package
        }
        byte[] b = in.clone();
        int n = b.length;
        switch (random.nextInt(7)) {
            case 0 -> {
                for (int k = 1 + random.nextInt(8); k > 0; k--) {
                    int i = random.nextInt(n);
                    b[i] ^= (byte) (1 << random.nextInt(8));
                }
                return b;
            }
            case 1 -> {
                byte[] junk = new byte[1 + random.nextInt(64)];
                random.nextBytes(junk);
                return splice(b, random.nextInt(n + 1), 0, junk);
            }
            case 2 -> {
                int at = random.nextInt(n);
                return splice(b, at, Math.min(n - at, 1 + random.nextInt(Math.max(1, n / 8))), new byte[0]);
            }
            case 3 -> {
                int at = random.nextInt(n);
                int len = Math.min(n - at, 1 + random.nextInt(4096));
                byte[] chunk = Arrays.copyOfRange(b, at, at + len);
                return splice(b, random.nextInt(n + 1), 0, chunk);
            }
            case 4 -> {
                for (int k = 1 + random.nextInt(16); k > 0; k--) {
                    b[random.nextInt(n)] = EDGE[random.nextInt(EDGE.length)];
                }
                return b;
            }
            case 5 -> {
                return Arrays.copyOf(b, random.nextInt(n));
            }
            default -> {
                // a 4-byte length or offset field set to an extreme
                int at = random.nextInt(Math.max(1, n - 4));
                int v = random.nextBoolean() ? -1 : random.nextInt();
                for (int k = 0; k < 4 && at + k < n; k++) {
                    b[at + k] = (byte) (v >>> (8 * k));
                }
                return b;
            }
        }
    }

    byte[] tokenLevel(byte[] in, String[] vocabulary) {
        List<String> tokens = tokens(new String(in, StandardCharsets.UTF_8));
        if (tokens.isEmpty()) {
            return in;
        }
        int i = random.nextInt(tokens.size());
        switch (random.nextInt(5)) {
            case 0 -> tokens.remove(i);
            case 1 -> {
                String t = tokens.get(i);
                int times = random.nextBoolean() ? 2 : 1 + random.nextInt(2000);
                tokens.set(i, t.repeat(times));
            }
            case 2 -> {
                int j = random.nextInt(tokens.size());
                String t = tokens.get(i);
                tokens.set(i, tokens.get(j));
                tokens.set(j, t);
            }
            case 3 -> tokens.add(i, vocabulary[random.nextInt(vocabulary.length)]);
            default -> tokens.set(i, vocabulary[random.nextInt(vocabulary.length)]);
        }
        return String.join("", tokens).getBytes(StandardCharsets.UTF_8);
    }

    /** Edits at the level of zip entries; {@code body} is the entry most often changed. */
    byte[] zipLevel(byte[] in, String body) {
        List<Entry> entries = entries(in);
        if (entries.isEmpty()) {
            return byteLevel(in);
        }
        int i = random.nextInt(entries.size());
        switch (random.nextInt(6)) {
            case 0 -> entries.remove(i);
            case 1 -> entries.add(random.nextInt(entries.size() + 1), entries.get(i));
            case 2 -> entries.set(i, new Entry(entries.get(i).name() + (random.nextBoolean() ? "x" : ""),
                    entries.get(i).data()));
            case 3 -> entries.add(entries.remove(i));
            default -> {
                // most often the body: that is where the reader's own code runs
                int k = random.nextBoolean() ? indexOf(entries, body, i) : i;
                Entry e = entries.get(k);
                byte[] data = random.nextBoolean() ? tokenLevel(e.data(), HTML_TOKENS) : byteLevel(e.data());
                entries.set(k, new Entry(e.name(), data));
            }
        }
        return zip(entries);
    }

    record Entry(String name, byte[] data) {
    }

    static List<Entry> entries(byte[] zip) {
        List<Entry> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.add(new Entry(e.getName(), in.readAllBytes()));
            }
        } catch (IOException | RuntimeException e) {
            return new ArrayList<>();
        }
        return out;
    }

    /** Writes entries as a zip, duplicates included (java.util.zip refuses those, so they are written by hand). */
    static byte[] zip(List<Entry> entries) {
        return RawZip.write(entries);
    }

    private static int indexOf(List<Entry> entries, String name, int otherwise) {
        for (int k = 0; k < entries.size(); k++) {
            if (entries.get(k).name().equals(name)) {
                return k;
            }
        }
        return otherwise;
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
        out.write(b, 0, at);
        out.write(insert, 0, insert.length);
        out.write(b, at + remove, b.length - at - remove);
        return out.toByteArray();
    }
}
