package org.nianbao.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.parse.ReadLimits;

/**
 * The hostile inputs named in issue 8, each made from the seed report or from scratch: every one must give a report
 * or an {@code INPUT.*} outcome from the reader itself, within the time limit. Where the right outcome is plain
 * (a bomb is too large, an empty file is empty), it is asserted too.
 */
abstract class NamedHostileCases {

    @Test
    void truncatedAtManyPoints(@TempDir Path dir) {
        Trial trial = new Trial(dir);
        for (Map.Entry<String, byte[]> seed : Seeds.all().entrySet()) {
            byte[] b = seed.getValue();
            for (int cut : cuts(b.length, 40)) {
                trial.run(seed.getKey(), "cut-" + cut, Arrays.copyOf(b, cut));
            }
        }
        assertThat(trial.failures()).isEmpty();
    }

    @Test
    void singleBitFlips(@TempDir Path dir) {
        Trial trial = new Trial(dir);
        Random random = new Random(8);
        for (Map.Entry<String, byte[]> seed : Seeds.all().entrySet()) {
            for (int i = 0; i < 40; i++) {
                byte[] b = seed.getValue().clone();
                int at = random.nextInt(b.length);
                b[at] ^= (byte) (1 << random.nextInt(8));
                trial.run(seed.getKey(), "flip-" + at, b);
            }
        }
        assertThat(trial.failures()).isEmpty();
    }

    @Test
    void emptyAndGarbageFiles(@TempDir Path dir) {
        Trial trial = new Trial(dir);
        assertThat(trial.run("none", "empty.docx", new byte[0]).toString()).startsWith("INPUT.EMPTY");
        assertThat(trial.run("none", "blank.json", "  \n\t ".getBytes(StandardCharsets.US_ASCII)).toString())
                .startsWith("INPUT.EMPTY");
        byte[] garbage = new byte[100_000];
        new Random(9).nextBytes(garbage);
        assertThat(trial.run("none", "garbage.docx", garbage).toString()).startsWith("INPUT.");
        byte[] zipLike = garbage.clone();
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, zipLike, 0, 4);
        assertThat(trial.run("docx", "pk-garbage.docx", zipLike).toString()).startsWith("INPUT.");
        byte[] oleLike = garbage.clone();
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1}, 0, oleLike, 0, 8);
        assertThat(trial.run("doc", "ole-garbage.doc", oleLike).toString()).startsWith("INPUT.");
        byte[] pdfLike = garbage.clone();
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, pdfLike, 0, 9);
        assertThat(trial.run("pdf", "pdf-garbage.pdf", pdfLike).toString()).startsWith("INPUT.");
        assertThat(trial.failures()).isEmpty();
    }

    @Test
    void zipEntriesMissingOrDuplicated(@TempDir Path dir) {
        Trial trial = new Trial(dir);
        List<Mutator.Entry> seed = Mutator.entries(Seeds.of("docx"));
        for (int i = 0; i < seed.size(); i++) {
            List<Mutator.Entry> without = new ArrayList<>(seed);
            Mutator.Entry dropped = without.remove(i);
            HostileRun.Outcome o = trial.run("docx", "without-" + i + ".docx", Mutator.zip(without));
            if (dropped.name().equals("word/document.xml")) {
                assertThat(o.toString()).startsWith("INPUT.");
            }
            List<Mutator.Entry> twice = new ArrayList<>(seed);
            twice.add(seed.get(i));
            trial.run("docx", "twice-" + i + ".docx", Mutator.zip(twice));
        }
        List<Mutator.Entry> twoBodies = new ArrayList<>(seed);
        twoBodies.add(new Mutator.Entry("word/document.xml", HostileFiles.wordDocument("",
                HostileFiles.paragraph("另一份正文")).getBytes(StandardCharsets.UTF_8)));
        trial.run("docx", "two-bodies.docx", Mutator.zip(twoBodies));
        assertThat(trial.failures()).isEmpty();
    }

    @Test
    void zipBombs(@TempDir Path dir) {
        Trial trial = new Trial(dir);
        // 2 GB of spaces (ratio about 1:1000) and 600 MB of text compressed only about 1:60
        assertThat(trial.run("docx", "space-bomb.docx", HostileFiles.spaceBomb(2048)).toString())
                .startsWith("INPUT.TOO_LARGE");
        byte[] moderate = HostileFiles.moderateBomb(600);
        assertThat(moderate.length).isLessThan(20 << 20);
        assertThat(trial.run("docx", "moderate-bomb.docx", moderate).toString()).startsWith("INPUT.TOO_LARGE");
        assertThat(trial.run("docx", "many-entries.docx", HostileFiles.manyEntries(50_000)).toString())
                .startsWith("INPUT.TOO_LARGE");
        trial.run("docx", "nested-zips.docx", HostileFiles.nestedZips(50));
        assertThat(trial.failures()).isEmpty();
    }

    @Test
    void entityExpansion(@TempDir Path dir) {
        Trial trial = new Trial(dir);
        String laughs = HostileFiles.wordDocument(HostileFiles.billionLaughsDoctype("w:document"),
                HostileFiles.paragraph("&lol9;"));
        assertThat(trial.run("docx", "laughs.docx", HostileFiles.docxWithBody(laughs)).toString())
                .startsWith("INPUT.UNREADABLE").contains("DTD");
        String page = HostileFiles.billionLaughsDoctype("html")
                + "<html><body><h1>年度报告</h1><p>&lol9;</p></body></html>";
        trial.run("html", "laughs.html", page.getBytes(StandardCharsets.UTF_8));
        String xhtml = "<?xml version=\"1.0\"?>" + HostileFiles.billionLaughsDoctype("html")
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&lol9;</p></body></html>";
        trial.run("html", "laughs.xhtml", xhtml.getBytes(StandardCharsets.UTF_8));
        assertThat(trial.failures()).isEmpty();
    }

    @Test
    void brokenCrossReferenceTables(@TempDir Path dir) {
        Trial trial = new Trial(dir);
        String pdf = new String(Seeds.of("pdf"), StandardCharsets.ISO_8859_1);
        int xref = pdf.lastIndexOf("\nxref");
        int startxref = pdf.lastIndexOf("startxref");
        Map<String, String> broken = Map.of(
                "xref-offsets-shifted", pdf.substring(0, xref) + pdf.substring(xref).replaceAll(
                        "(?m)^0000(\\d{6}) 00000 n", "0001$1 00000 n"),
                "xref-removed", pdf.substring(0, xref) + "\n" + pdf.substring(startxref),
                "startxref-wrong", pdf.substring(0, startxref) + "startxref\n99999999\n%%EOF\n",
                "startxref-negative", pdf.substring(0, startxref) + "startxref\n-5\n%%EOF\n",
                "xref-garbled", pdf.substring(0, xref) + pdf.substring(xref).replaceAll("\\d", "7"),
                "trailer-root-missing", pdf.replace("/Root", "/Rout"));
        broken.forEach((name, text) -> trial.run("pdf", name + ".pdf", text.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(trial.failures()).isEmpty();
    }

    @Test
    void pdfObjectTricks(@TempDir Path dir) {
        Trial trial = new Trial(dir);
        String page = "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 3 0 R%s>>";
        String pages = "<</Type/Pages/Count 1/Kids[4 0 R]>>";
        String text = "<</Length 44>>stream\nBT /F1 12 Tf 72 720 Td (Report 2023) Tj ET\nendstream";
        Map<String, List<String>> tricks = Map.of(
                "nested-arrays", List.of("<</Type/Catalog/Pages 2 0 R>>", pages, text,
                        String.format(page, "/X " + "[".repeat(100_000) + "]".repeat(100_000))),
                "nested-dictionaries", List.of("<</Type/Catalog/Pages 2 0 R>>", pages, text,
                        String.format(page, "/X " + "<</A ".repeat(50_000) + "1" + ">>".repeat(50_000))),
                "page-tree-cycle", List.of("<</Type/Catalog/Pages 2 0 R>>",
                        "<</Type/Pages/Count 2/Kids[4 0 R 2 0 R]>>", text, String.format(page, "")),
                "contents-is-page", List.of("<</Type/Catalog/Pages 2 0 R>>", pages, text,
                        "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>"),
                "huge-mediabox", List.of("<</Type/Catalog/Pages 2 0 R>>", pages, text,
                        "<</Type/Page/Parent 2 0 R/MediaBox[0 0 1e30 -1e30]/Contents 3 0 R>>"),
                "form-draws-itself", List.of("<</Type/Catalog/Pages 2 0 R>>", pages,
                        "<</Length 8>>stream\n/Fm0 Do\nendstream",
                        String.format(page, "/Resources<</XObject<</Fm0 5 0 R>>>>"),
                        "<</Type/XObject/Subtype/Form/BBox[0 0 100 100]/Resources<</XObject<</Fm0 5 0 R>>>>"
                                + "/Length 8>>stream\n/Fm0 Do\nendstream"));
        tricks.forEach((name, objects) -> trial.run("pdf", name + ".pdf", HostileFiles.rawPdf(objects)));
        assertThat(trial.failures()).isEmpty();
    }

    @Test
    void deepNesting(@TempDir Path dir) {
        Trial trial = new Trial(dir);
        String json = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(trial.run("json", "deep.json", json.getBytes(StandardCharsets.US_ASCII)).toString())
                .startsWith("INPUT.UNREADABLE");
        String objects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        trial.run("json", "deep-objects.json", objects.getBytes(StandardCharsets.US_ASCII));
        String html = "<html><body><h1>年度报告</h1>" + "<div>".repeat(10_000) + "深" + "</div>".repeat(10_000)
                + "</body></html>";
        trial.run("html", "deep.html", html.getBytes(StandardCharsets.UTF_8));
        String tables = "<html><body>" + "<table><tr><td>".repeat(10_000) + "深" + "</td></tr></table>".repeat(10_000)
                + "</body></html>";
        trial.run("html", "deep-tables.html", tables.getBytes(StandardCharsets.UTF_8));
        for (int depth : new int[] {50, 1_000, 10_000}) {
            String doc = HostileFiles.wordDocument("", HostileFiles.nestedWordTables(depth));
            HostileRun.Outcome o = trial.run("docx", "nested-tables-" + depth + ".docx",
                    HostileFiles.docxWithBody(doc));
            if (depth > 100) {
                assertThat(o.toString()).startsWith("INPUT.UNREADABLE").contains("nested deeper");
            }
        }
        assertThat(trial.failures()).isEmpty();
    }

    @Test
    void hugeTables(@TempDir Path dir) {
        Trial trial = new Trial(dir);
        assertThat(trial.run("html", "rows.html", HostileFiles.htmlTable(100_000).getBytes(StandardCharsets.UTF_8))
                .toString()).startsWith("INPUT.TOO_LARGE");
        String doc = HostileFiles.wordDocument("", HostileFiles.wordTable(100_000));
        assertThat(trial.run("docx", "rows.docx", HostileFiles.docxWithBody(doc)).toString())
                .startsWith("INPUT.TOO_LARGE").contains("--max-cells");
        String json = new String(Seeds.of("json"), StandardCharsets.UTF_8);
        String row = "{\"label\":\"行\",\"values\":[1,2,3,4,5,6,7,8]},";
        String many = json.replaceFirst("\"tables\"\\s*:\\s*\\{", "\"extraRows\":[" + row.repeat(100_000)
                + "{}],\"tables\":{");
        trial.run("json", "rows.json", many.getBytes(StandardCharsets.UTF_8));
        // 600 stroked lines a page: tabula spends about 0.4 s a page on them (see the README on --timeout)
        trial.run("pdf", "grid.pdf", HostileFiles.gridPdf(5, 300));
        assertThat(trial.failures()).isEmpty();
    }

    @Test
    void hugeSpans(@TempDir Path dir) {
        Trial trial = new Trial(dir);
        String row = "<tr>" + "<td rowspan=\"0\" colspan=\"1000\">1</td>".repeat(20) + "</tr>";
        String page = "<html><body><h1>年度报告</h1><table>" + row.repeat(5_000) + "</table></body></html>";
        trial.run("html", "spans.html", page.getBytes(StandardCharsets.UTF_8));
        String cell = "<w:tc><w:tcPr><w:gridSpan w:val=\"1000\"/><w:vMerge w:val=\"restart\"/></w:tcPr>"
                + HostileFiles.paragraph("1") + "</w:tc>";
        String table = "<w:tbl>" + ("<w:tr>" + cell.repeat(20) + "</w:tr>").repeat(5_000) + "</w:tbl>";
        trial.run("docx", "spans.docx", HostileFiles.docxWithBody(HostileFiles.wordDocument("", table)));
        assertThat(trial.failures()).isEmpty();
    }

    @Test
    void absurdNumbersAreNoCounts(@TempDir Path dir) {
        Trial trial = new Trial(dir);
        String json = new String(Seeds.of("json"), StandardCharsets.UTF_8);
        for (String value : new String[] {"1e999999", "-1e-999999", "\"1" + "0".repeat(100_000) + "\"",
            "1" + "0".repeat(100_000)}) {
            String changed = json.replaceFirst("\"total\": 0", "\"total\": " + value);
            // a number over Jackson's 1000 digits is refused as not JSON; the others are read, as text
            assertThat(trial.run("json", "number.json", changed.getBytes(StandardCharsets.UTF_8)).toString())
                    .matches("(?s)report.*|INPUT\\.UNREADABLE.*");
        }
        String html = new String(Seeds.of("html"), StandardCharsets.UTF_8);
        String digits = html.replaceFirst("<td([^>]*)>\\s*0\\s*</td>", "<td$1>1" + "0".repeat(100_000) + "</td>");
        assertThat(digits).isNotEqualTo(html);
        assertThat(trial.run("html", "digits.html", digits.getBytes(StandardCharsets.UTF_8)).toString())
                .startsWith("report");
        assertThat(trial.failures()).isEmpty();
    }

    @Test
    void hugeStringsAndPageCounts(@TempDir Path dir) {
        Trial trial = new Trial(dir);
        byte[] string = hundredMegabyteString();
        assertThat(trial.run("json", "string.json", string).toString()).startsWith("INPUT.TOO_LARGE");
        // the same with the file size limit raised: the text limit must stop it
        ReadLimits roomy = new ReadLimits(200L << 20, 500, 200_000, 5_000_000);
        HostileRun.Outcome o = trial.run(HostileRun.checker(roomy), "json", "string-roomy.json", string);
        assertThat(o.toString()).startsWith("INPUT.TOO_LARGE");
        assertThat(o.detail()).contains("--max-text");
        HostileRun.Outcome pages = trial.run("pdf", "pages.pdf", HostileFiles.manyPagePdf(10_000));
        assertThat(pages.toString()).startsWith("INPUT.TOO_LARGE");
        assertThat(pages.detail()).contains("--max-pages");
        assertThat(trial.failures()).isEmpty();
    }

    private static byte[] hundredMegabyteString() {
        int size = 100 << 20;
        byte[] b = new byte[size];
        byte[] head = "{\"title\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, b, 0, head.length);
        Arrays.fill(b, head.length, size - 2, (byte) 'a');
        b[size - 2] = '"';
        b[size - 1] = '}';
        return b;
    }

    /** Cut points spread over the file, plus the first few bytes. */
    private static int[] cuts(int length, int count) {
        int[] out = new int[count + 4];
        for (int i = 0; i < 4; i++) {
            out[i] = i + 1;
        }
        for (int i = 0; i < count; i++) {
            out[4 + i] = (int) ((long) length * (i + 1) / (count + 1));
        }
        return out;
    }
}
