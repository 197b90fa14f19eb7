package org.nianbao.parse.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

/**
 * The tight loop of {@link XmlTally} counts and refuses exactly what the plainer loop it replaced
 * ({@link XmlTallyReference}) did: the same element, cell and character counts after every chunk, the same refusal
 * (kind and message) at the same chunk, on every part of every .docx among the test resources, on those parts
 * mutated, and on random markup soup (DOCTYPEs, comments, empty names, UTF-8 and UTF-16, zero bytes, names longer
 * than the 64 bytes kept), fed in random chunks, several parts to one budget, under random small limits.
 */
class XmlTallyEquivalenceTest {
    private static final String[] TOKENS = {"<", ">", "/", "/>", "?", "!", "<!DOCTYPE", "<!DOCTY", "<!--", "-->",
        "\"", "'", "=", " ", "\n", "\t", "w:tc", "tc", "a:tc", "w:t", ":", "x", "abc", "\0", "\uFEFF", "年度",
        "<w:tc>", "</w:tc>", "<w:p w:val=\"1\"/>", "<?xml version=\"1.0\"?>", "<>", "< ",
        "a123456789b123456789c123456789d123456789e123456789f123456789g12:tc", "\u00ff", "\u00bb"};

    @Test
    void countsAndRefusesAsTheLoopItReplaced() throws IOException {
        Random random = new Random(16);
        List<byte[]> parts = realParts();
        assertThat(parts).hasSizeGreaterThan(50);
        int compared = 0;
        for (byte[] part : parts) {
            compare(List.of(part), random, true);
            compare(List.of(mutate(part, random)), random, false);
            compared += 2;
        }
        for (int n = 0; n < 20_000; n++) {
            List<byte[]> soup = new ArrayList<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                soup.add(soup(random));
            }
            compare(soup, random, false);
            compared++;
        }
        assertThat(compared).isGreaterThan(20_000);
    }

    /** Feeds the parts to both tallies, one budget each for all the parts, in the same random chunks. */
    private static void compare(List<byte[]> parts, Random random, boolean generous) {
        ReadLimits limits = generous ? ReadLimits.DEFAULT
                : new ReadLimits(1 << 20, 10, 1 + random.nextInt(40), 1 + random.nextInt(400));
        long maxNodes = generous ? 5L * limits.maxTableCells() : 1 + random.nextInt(300);
        XmlTally.Budget budget = new XmlTally.Budget(limits, maxNodes);
        XmlTallyReference.Budget oldBudget = new XmlTallyReference.Budget(limits, maxNodes);
        for (byte[] part : parts) {
            XmlTally tally = new XmlTally(budget);
            XmlTallyReference old = new XmlTallyReference(oldBudget);
            for (int off = 0; off < part.length;) {
                int len = Math.min(part.length - off, 1 + random.nextInt(random.nextBoolean() ? 8 : 9000));
                int at = off;
                String now = outcome(() -> tally.feed(part, at, len));
                String before = outcome(() -> old.feed(part, at, len));
                assertThat(now).as("refusal").isEqualTo(before);
                assertThat(budget.counts()).as("counts").containsExactly(oldBudget.counts());
                if (now != null) {
                    return;
                }
                off += len;
            }
        }
    }

    private interface Feed {
        void run() throws ReadFailure;
    }

    private static String outcome(Feed feed) {
        try {
            feed.run();
            return null;
        } catch (ReadFailure e) {
            return e.problem() + ": " + e.getMessage();
        }
    }

    private static byte[] soup(Random random) {
        StringBuilder sb = new StringBuilder();
        if (random.nextBoolean()) {
            sb.append("<w:document><w:body>");
        }
        for (int n = random.nextInt(200); n > 0; n--) {
            sb.append(TOKENS[random.nextInt(TOKENS.length)]);
        }
        return sb.toString().getBytes(random.nextInt(8) == 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8);
    }

    private static byte[] mutate(byte[] part, Random random) {
        byte[] copy = part.clone();
        byte[] specials = {'<', '>', '/', '"', '\'', '=', '!', '?', 0, ' ', (byte) 0xE5};
        for (int n = 1 + random.nextInt(20); n > 0 && copy.length > 0; n--) {
            copy[random.nextInt(copy.length)] = specials[random.nextInt(specials.length)];
        }
        return copy;
    }

    private static List<byte[]> realParts() throws IOException {
        List<byte[]> parts = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources"))) {
            files = walk.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    parts.add(zip.readAllBytes());
                }
            } catch (IOException | IllegalArgumentException e) {
                // a deliberately broken .docx among the resources: its readable parts were taken
            }
        }
        return parts;
    }
}
