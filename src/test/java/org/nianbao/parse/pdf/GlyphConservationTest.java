package org.nianbao.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadLimits;

/**
 * Nothing on a page is lost: every glyph of every PDF the tests have is in a table cell, in the narrative or a
 * left-out page number, exactly once, and the blocks come in reading order (page by page, top to bottom). The
 * generated corpus and the rendering matrix hold their own PDFs to the same {@link GlyphLedger}.
 */
class GlyphConservationTest {

    static Stream<Path> everyPdf() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
            return pdfs.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("everyPdf")
    void everyGlyphIsInACellOrInTheNarrative(Path file) throws Exception {
        byte[] pdf = Files.readAllBytes(file);
        GlyphLedger.Difference d = GlyphLedger.of(pdf);

        assertThat(d).as("%s is read", file).isNotNull();
        System.out.printf("GlyphConservation %s: %d glyphs in, lost %s, gained %s%n", file.getFileName(), d.glyphs(),
                d.lost(), d.gained());
        assertThat(d.glyphs()).isPositive();
        assertThat(d.lost()).as("glyphs of %s in no cell and no paragraph", file).isEmpty();
        assertThat(d.gained()).as("glyphs of %s read twice or made up", file).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everyPdf")
    void blocksComeInReadingOrder(Path file) throws Exception {
        RawDocument doc = PdfParser.read(Files.readAllBytes(file), ReadLimits.DEFAULT).document();
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
