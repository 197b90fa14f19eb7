package org.nianbao.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The CJK TrueType font the PDFs embed, from a Debian font package (fonts-wqy-zenhei). PDFBox 2 embeds only
 * glyf-outline TrueType as a subset, so the CFF-based Noto CJK collections do not qualify.
 */
final class CjkFont {
    static final List<String> CANDIDATES = List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc");

    private CjkFont() {
    }

    /** The first face of the first collection found, or empty when none is installed. */
    static Optional<TrueTypeFont> find() throws IOException {
        for (String candidate : CANDIDATES) {
            Path path = Path.of(candidate);
            if (Files.isReadable(path)) {
                // the collection stays open for the whole run: subsets are read from it for every PDF
                @SuppressWarnings("resource")
                TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(font -> {
                    if (first[0] == null) {
                        first[0] = font;
                    }
                });
                return Optional.of(first[0]);
            }
        }
        return Optional.empty();
    }
}
