package org.nianbao.scan;

/**
 * How a printed report is scanned: resolution, colour, how crooked it lies, how it is compressed, whether a red
 * seal is stamped over the signature and a table corner, and what file it ends up in.
 *
 * @param rotate      degrees the page lies turned (counter-clockwise positive)
 * @param jpegQuality 0 for lossless, else JPEG quality 1–100
 */
record ScanRecipe(String id, int dpi, Colour colour, double rotate, int jpegQuality, boolean seal,
        Container container) {

    enum Colour { COLOUR, GREY, BLACK_AND_WHITE }

    /**
     * The file a scan ends up in: a PDF or a TIFF of every page, or a PNG or JPEG of one page (the sweep gives it
     * the page its first table starts on).
     */
    enum Container {
        PDF, TIFF, PNG, JPEG;

        /** True for a file that holds one page. */
        boolean onePage() {
            return this == PNG || this == JPEG;
        }
    }

    String describe() {
        return dpi + " dpi " + switch (colour) {
            case COLOUR -> "colour";
            case GREY -> "grey";
            case BLACK_AND_WHITE -> "black-and-white";
        } + (rotate == 0 ? "" : ", turned " + rotate + "°") + (jpegQuality == 0 ? "" : ", JPEG q" + jpegQuality)
                + (seal ? ", red seal" : "") + ", " + container.name().toLowerCase(java.util.Locale.ROOT)
                + (container.onePage() ? " of one page" : "");
    }
}
