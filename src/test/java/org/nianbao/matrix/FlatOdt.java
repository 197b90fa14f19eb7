package org.nianbao.matrix;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets the page and the font of a document LibreOffice saved as flat ODF (.fodt), the way a user sets them in
 * Format → Page Style and in the styles: every page layout gets the paper, orientation and margins, and every font
 * declaration and font family names the one CJK font, so LibreOffice lays the report out and embeds that font.
 */
final class FlatOdt {
    /** Paper size, orientation and the four margins, in centimetres. */
    record PageLayout(double widthCm, double heightCm, boolean landscape, double marginCm) {
        static final PageLayout A4_PORTRAIT = new PageLayout(21.0, 29.7, false, 2.0);
        static final PageLayout A4_LANDSCAPE = new PageLayout(29.7, 21.0, true, 2.0);
        static final PageLayout A4_PORTRAIT_NARROW = new PageLayout(21.0, 29.7, false, 1.27);
        static final PageLayout A4_LANDSCAPE_NARROW = new PageLayout(29.7, 21.0, true, 1.27);
    }

    private static final Pattern PAGE_LAYOUT = Pattern.compile("<style:page-layout-properties [^>]*>");
    private static final Pattern FONT_FAMILY = Pattern.compile(
            "(svg:font-family|fo:font-family|style:font-family-asian|style:font-family-complex)=\"[^\"]*\"");

    private FlatOdt() {
    }

    static String withLayout(String fodt, PageLayout layout) {
        Matcher m = PAGE_LAYOUT.matcher(fodt);
        StringBuilder out = new StringBuilder(fodt.length());
        while (m.find()) {
            String props = m.group();
            props = attribute(props, "fo:page-width", cm(layout.widthCm()));
            props = attribute(props, "fo:page-height", cm(layout.heightCm()));
            props = attribute(props, "style:print-orientation", layout.landscape() ? "landscape" : "portrait");
            for (String side : new String[] {"top", "bottom", "left", "right"}) {
                props = attribute(props, "fo:margin-" + side, cm(layout.marginCm()));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(props));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String withFont(String fodt, String family) {
        return FONT_FAMILY.matcher(fodt).replaceAll(
                m -> Matcher.quoteReplacement(m.group(1) + "=\"&apos;" + family + "&apos;\""));
    }

    /** Replaces an attribute's value, or adds the attribute when the element lacks it. */
    private static String attribute(String element, String name, String value) {
        Pattern p = Pattern.compile(Pattern.quote(name) + "=\"[^\"]*\"");
        Matcher m = p.matcher(element);
        if (m.find()) {
            return m.replaceFirst(Matcher.quoteReplacement(name + "=\"" + value + "\""));
        }
        int end = element.endsWith("/>") ? element.length() - 2 : element.length() - 1;
        return element.substring(0, end) + " " + name + "=\"" + value + "\"" + element.substring(end);
    }

    private static String cm(double value) {
        return String.format(java.util.Locale.ROOT, "%.3fcm", value);
    }
}
