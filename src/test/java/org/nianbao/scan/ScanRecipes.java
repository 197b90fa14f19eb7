package org.nianbao.scan;

import java.util.List;
import org.nianbao.scan.ScanRecipe.Colour;
import org.nianbao.scan.ScanRecipe.Container;

/** The scans the tests and bench/ocr.sh make: resolution, colour, skew, compression, seal and file kind varied. */
final class ScanRecipes {
    static final ScanRecipe COLOUR_300 = new ScanRecipe("300c", 300, Colour.COLOUR, 0.0, 75, true, Container.PDF);
    static final ScanRecipe GREY_200 = new ScanRecipe("200g", 200, Colour.GREY, 1.5, 60, true, Container.PDF);
    static final ScanRecipe BW_200 = new ScanRecipe("200bw", 200, Colour.BLACK_AND_WHITE, -1.0, 0, false,
            Container.PDF);
    static final ScanRecipe GREY_150 = new ScanRecipe("150g", 150, Colour.GREY, 2.0, 70, true, Container.PDF);
    static final ScanRecipe TIFF_300 = new ScanRecipe("300t", 300, Colour.GREY, -1.5, 0, false, Container.TIFF);
    static final ScanRecipe COLOUR_200 = new ScanRecipe("200c", 200, Colour.COLOUR, -2.0, 80, true, Container.PDF);
    static final ScanRecipe BW_300 = new ScanRecipe("300bw", 300, Colour.BLACK_AND_WHITE, 1.0, 0, true,
            Container.PDF);

    /** Images of one page (the report's first), as an office may upload a photographed or scanned page. */
    static final ScanRecipe PNG_200 = new ScanRecipe("200p", 200, Colour.GREY, 1.0, 0, true, Container.PNG);
    static final ScanRecipe JPEG_300 = new ScanRecipe("300j", 300, Colour.COLOUR, -0.5, 80, true, Container.JPEG);

    static final List<ScanRecipe> ALL = List.of(COLOUR_300, GREY_200, BW_200, GREY_150, TIFF_300, COLOUR_200, BW_300,
            PNG_200, JPEG_300);

    private ScanRecipes() {
    }

    static ScanRecipe byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scan recipe " + id + "; one of " + ALL.stream()
                        .map(ScanRecipe::id).toList()));
    }
}
