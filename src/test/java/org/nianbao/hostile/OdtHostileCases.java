package org.nianbao.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile inputs of {@link NamedHostileCases} made as OpenDocument texts, from the seed's .odt: zip bombs, too
 * many entries, parts missing or twice, entity expansion, deep nesting, repeats and spans of a billion, a million
 * empty elements. Each gives a report or an {@code INPUT.*} outcome; where the right one is plain, it is asserted.
 */
abstract class OdtHostileCases {
    private static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"";

    @Test
    void zipBombsAndManyEntries(@TempDir Path dir) {
        Trial trial = new Trial(dir);
        byte[] megabyte = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        // 2 GB of spaces as content.xml, and the same hidden in a picture the reader never needs
        assertThat(trial.run("odt", "content-bomb.odt", withParts(List.of(RawZip.repeated("content.xml", megabyte,
                2048)))).toString()).startsWith("INPUT.TOO_LARGE").contains("unzipped");
        assertThat(trial.run("odt", "picture-bomb.odt", withParts(List.of(RawZip.repeated("Pictures/a.png", megabyte,
                2048)))).toString()).startsWith("INPUT.TOO_LARGE").contains("unzipped");
        List<RawZip.Part> many = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            many.add(RawZip.deflate("Pictures/" + i + ".png", new byte[0]));
        }
        assertThat(trial.run("odt", "many-entries.odt", withParts(many)).toString()).startsWith("INPUT.TOO_LARGE")
                .contains("zip entries");
        assertThat(trial.failures()).isEmpty();
    }

    @Test
    void partsMissingOrTwice(@TempDir Path dir) {
        Trial trial = new Trial(dir);
        List<Mutator.Entry> seed = Mutator.entries(Seeds.of("odt"));
        for (int i = 0; i < seed.size(); i++) {
            List<Mutator.Entry> without = new ArrayList<>(seed);
            Mutator.Entry dropped = without.remove(i);
            HostileRun.Outcome o = trial.run("odt", "without-" + i + ".odt", Mutator.zip(without));
            if (dropped.name().equals("content.xml")) {
                assertThat(o.toString()).startsWith("INPUT.");
            }
            List<Mutator.Entry> twice = new ArrayList<>(seed);
            twice.add(seed.get(i));
            HostileRun.Outcome t = trial.run("odt", "twice-" + i + ".odt", Mutator.zip(twice));
            if (seed.get(i).name().equals("content.xml")) {
                assertThat(t.toString()).startsWith("INPUT.UNREADABLE").contains("two entries");
            }
        }
        assertThat(trial.failures()).isEmpty();
    }

    @Test
    void entityExpansionAndExternalEntities(@TempDir Path dir) {
        Trial trial = new Trial(dir);
        String laughs = HostileFiles.billionLaughsDoctype("office:document-content");
        assertThat(trial.run("odt", "laughs.odt", withContent(laughs, "<text:p>&lol9;</text:p>")).toString())
                .startsWith("INPUT.UNREADABLE").contains("DTD");
        String external = HostileFiles.externalEntityDoctype("office:document-content", "file:///etc/passwd");
        assertThat(trial.run("odt", "external.odt", withContent(external, "<text:p>&xxe;</text:p>")).toString())
                .startsWith("INPUT.UNREADABLE").contains("DTD");
        String flat = "<?xml version=\"1.0\"?>" + HostileFiles.billionLaughsDoctype("office:document")
                + "<office:document" + NAMESPACES + " office:mimetype=\"application/vnd.oasis.opendocument.text\">"
                + "<office:body><office:text><text:p>&lol9;</text:p></office:text></office:body></office:document>";
        trial.run("odt", "laughs.fodt", flat.getBytes(StandardCharsets.UTF_8));
        assertThat(trial.failures()).isEmpty();
    }

    @Test
    void deepNestingAndHugeTables(@TempDir Path dir) {
        Trial trial = new Trial(dir);
        for (int depth : new int[] {50, 1_000, 10_000}) {
            String open = "<table:table><table:table-row><table:table-cell>";
            String close = "<text:p>x</text:p></table:table-cell></table:table-row></table:table>";
            HostileRun.Outcome o = trial.run("odt", "nested-tables-" + depth + ".odt", withContent("",
                    open.repeat(depth) + "<text:p>深</text:p>" + close.repeat(depth)));
            if (depth > 100) {
                assertThat(o.toString()).startsWith("INPUT.UNREADABLE").contains("nested deeper");
            }
        }
        StringBuilder rows = new StringBuilder("<table:table>");
        for (int r = 0; r < 100_000; r++) {
            rows.append("<table:table-row><table:table-cell><text:p>行").append(r).append("</text:p></table:table-cell>"
                    + "<table:table-cell><text:p>1</text:p></table:table-cell><table:table-cell><text:p>2</text:p>"
                    + "</table:table-cell></table:table-row>");
        }
        assertThat(trial.run("odt", "rows.odt", withContent("", rows.append("</table:table>").toString()))
                .toString()).startsWith("INPUT.TOO_LARGE").contains("--max-cells");
        String repeated = "<table:table><table:table-row table:number-rows-repeated=\"2000000000\"><table:table-cell "
                + "table:number-columns-repeated=\"400\"><text:p>1</text:p></table:table-cell></table:table-row>"
                + "</table:table>";
        assertThat(trial.run("odt", "repeated.odt", withContent("", repeated)).toString())
                .startsWith("INPUT.TOO_LARGE").contains("--max-cells");
        String cell = "<table:table-cell table:number-columns-spanned=\"1000\" table:number-rows-spanned=\"99999\">"
                + "<text:p>1</text:p></table:table-cell>";
        String spans = "<table:table>" + ("<table:table-row>" + cell.repeat(20) + "</table:table-row>").repeat(5_000)
                + "</table:table>";
        trial.run("odt", "spans.odt", withContent("", spans));
        assertThat(trial.failures()).isEmpty();
    }

    @Test
    void millionsOfEmptyElementsAndSpaces(@TempDir Path dir) {
        Trial trial = new Trial(dir);
        String bookmarks = "<text:p>" + "<text:bookmark text:name=\"b\"/>".repeat(1_100_000) + "</text:p>";
        assertThat(trial.run("odt", "bookmarks.odt", withContent("", bookmarks)).toString())
                .startsWith("INPUT.TOO_LARGE").contains("elements and attributes");
        assertThat(trial.run("odt", "spaces.odt", withContent("", "<text:p><text:s text:c=\"2147483647\"/></text:p>"))
                .toString()).startsWith("INPUT.TOO_LARGE").contains("--max-text");
        assertThat(trial.failures()).isEmpty();
    }

    /** The seed's parts, then the given ones. */
    private static byte[] withParts(List<RawZip.Part> extra) {
        List<RawZip.Part> parts = new ArrayList<>();
        for (Mutator.Entry e : Mutator.entries(Seeds.of("odt"))) {
            if (extra.stream().noneMatch(p -> p.name().equals(e.name()))) {
                parts.add(RawZip.deflate(e.name(), e.data()));
            }
        }
        parts.addAll(extra);
        return RawZip.writeParts(parts);
    }

    /** The seed's parts with content.xml replaced by a body of {@code text}, after {@code doctype}. */
    private static byte[] withContent(String doctype, String text) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + "<office:document-content" + NAMESPACES
                + "><office:body><office:text>" + text + "</office:text></office:body></office:document-content>";
        return withParts(List.of(RawZip.deflate("content.xml", xml.getBytes(StandardCharsets.UTF_8))));
    }
}
