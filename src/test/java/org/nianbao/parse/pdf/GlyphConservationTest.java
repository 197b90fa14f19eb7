package org.nianbao.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;

/**
 * Nothing on a page is lost: every glyph of every PDF the tests have is in a table cell, in the narrative or a
 * left-out piece of page furniture, exactly once, and the blocks come in reading order (page by page, top to
 * bottom). The generated corpus (CorpusTest) holds its PDFs to the same {@link GlyphLedger}; the rendering
 * matrix's PDFs are taken here when the matrix has run before (it runs first in {@code mvn -B test}).
 */
class GlyphConservationTest {

    /** Every PDF under src/test/resources, and the rendering matrix's PDFs when it has made them this run. */
    static Stream<Path> everyPdf() throws IOException {
        List<Path> pdfs = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("target/matrix/cache"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
                }
            }
        }
        return pdfs.stream();
    }

    @ParameterizedTest
    @MethodSource("everyPdf")
    void everyGlyphIsInACellOrInTheNarrativeInReadingOrder(Path file) throws Exception {
        byte[] pdf = Files.readAllBytes(file);
        GlyphLedger.Difference d = GlyphLedger.of(pdf);

        assertThat(d).as("%s is read", file).isNotNull();
        System.out.printf("GlyphConservation %s: %d glyphs in, lost %s, gained %s%n", file.getFileName(), d.glyphs(),
                d.lost(), d.gained());
        assertThat(d.glyphs()).isPositive();
        assertThat(d.lost()).as("glyphs of %s in no cell and no paragraph", file).isEmpty();
        assertThat(d.gained()).as("glyphs of %s read twice or made up", file).isEmpty();
        assertReadingOrder(d.reading().document(), file);
    }

    private static void assertReadingOrder(RawDocument doc, Path file) {
        int page = 0;
        float top = -Float.MAX_VALUE;
        for (RawBlock b : doc.blocks()) {
            var source = b instanceof RawParagraph p ? p.source() : ((RawTable) b).source();
            float y = Float.parseFloat(source.box().split(",")[1]);
            assertThat(source.page()).as("page of %s in %s", b, file).isGreaterThanOrEqualTo(page);
            if (source.page() == page) {
                assertThat(y).as("top of %s in %s", b, file).isGreaterThanOrEqualTo(top);
            }
            page = source.page();
            top = y;
        }
    }
}
