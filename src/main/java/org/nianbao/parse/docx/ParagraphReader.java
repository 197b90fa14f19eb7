package org.nianbao.parse.docx;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Location;
import org.nianbao.parse.RawParagraph;

/**
 * Turns one body paragraph into a {@link RawParagraph}: visible text (deleted tracked changes excluded), rendered
 * auto-numbering, heading level from the style name or outline level, and bold when every run with text is bold.
 */
final class ParagraphReader {
    private static final Pattern HEADING_NAME = Pattern.compile("(?i)^\\s*(?:heading|标题)\\s*([1-9])\\s*$");
    private static final Pattern ON = Pattern.compile("(?i)true|on|1");
    private static final int MAX_STYLE_CHAIN = 10;
    private final WordStyles styles;
    private final NumberingCounter numbering;

    ParagraphReader(WordStyles styles, NumberingCounter numbering) {
        this.styles = styles;
        this.numbering = numbering;
    }

    RawParagraph read(WordParagraph p, Location source) {
        String label = null;
        BigInteger numId = RunXml.number(p.numId());
        if (numId != null) {
            BigInteger ilvl = RunXml.number(p.numLevel());
            label = numbering.next(numId, ilvl == null ? 0 : ilvl.intValue());
        }
        return new RawParagraph(p.text(), label, headingLevel(p), bold(p), fontSize(p), source);
    }

    private int headingLevel(WordParagraph p) {
        BigInteger outline = RunXml.number(p.outlineLevel());
        if (outline != null) {
            return outline(outline.intValue());
        }
        WordStyles.Style style = styles.get(p.style());
        for (int i = 0; style != null && i < MAX_STYLE_CHAIN; i++) {
            Matcher m = HEADING_NAME.matcher(style.name() == null ? "" : style.name());
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
            BigInteger level = style.outlineSet() ? RunXml.number(style.outlineLevel()) : null;
            if (level != null) {
                return outline(level.intValue());
            }
            style = styles.get(style.basedOn());
        }
        return 0;
    }

    /** Outline levels 0–8 are headings 1–9; 9 is body text. */
    private static int outline(int level) {
        return level >= 0 && level < 9 ? level + 1 : 0;
    }

    private boolean bold(WordParagraph p) {
        boolean styleBold = styleBold(styles.get(p.style()));
        boolean any = false;
        for (WordRun run : p.runs()) {
            if (run.text().isBlank()) {
                continue;
            }
            any = true;
            if (!(run.bold() != null ? run.bold() : styleBold)) {
                return false;
            }
        }
        return any;
    }

    private boolean styleBold(WordStyles.Style style) {
        for (int i = 0; style != null && i < MAX_STYLE_CHAIN; i++) {
            if (style.boldSet()) {
                return style.bold() == null || ON.matcher(style.bold()).matches();
            }
            style = styles.get(style.basedOn());
        }
        return false;
    }

    /** The largest direct run size, else the size the paragraph style sets; 0 when neither says. */
    private float fontSize(WordParagraph p) {
        double max = 0;
        for (WordRun run : p.runs()) {
            if (run.size() != null && run.size() > max) {
                max = run.size();
            }
        }
        WordStyles.Style style = styles.get(p.style());
        for (int i = 0; max == 0 && style != null && i < MAX_STYLE_CHAIN; i++) {
            if (style.sizeSet()) {
                try {
                    // half-points, e.g. 32 for 16 pt
                    max = style.size() == null ? 0 : Double.parseDouble(style.size()) / 2;
                } catch (NumberFormatException e) {
                    max = 0;
                }
                break;
            }
            style = styles.get(style.basedOn());
        }
        return (float) max;
    }
}
