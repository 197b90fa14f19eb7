package org.nianbao.parse.docx.xwpf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.nianbao.model.Location;
import org.nianbao.parse.RawParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/** The POI XWPF reader this project had before the streaming one (a test oracle, kept as it was). */
final class XwpfParagraphs {
    private static final Pattern HEADING_NAME = Pattern.compile("(?i)^\\s*(?:heading|标题)\\s*([1-9])\\s*$");
    private static final int MAX_STYLE_CHAIN = 10;
    private final XWPFStyles styles;
    private final XwpfNumbering numbering;

    XwpfParagraphs(XWPFStyles styles, XwpfNumbering numbering) {
        this.styles = styles;
        this.numbering = numbering;
    }

    RawParagraph read(XWPFParagraph p, Location source) {
        String label = null;
        if (p.getNumID() != null) {
            int ilvl = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            label = numbering.next(p.getNumID(), ilvl);
        }
        return new RawParagraph(p.getText(), label, headingLevel(p), bold(p), fontSize(p), source);
    }

    private int headingLevel(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().getPPr();
        if (ppr != null && ppr.getOutlineLvl() != null) {
            return outline(ppr.getOutlineLvl().getVal().intValue());
        }
        XWPFStyle style = style(p.getStyle());
        for (int i = 0; style != null && i < MAX_STYLE_CHAIN; i++) {
            Matcher m = HEADING_NAME.matcher(style.getName() == null ? "" : style.getName());
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
            CTPPrGeneral stylePpr = style.getCTStyle().getPPr();
            if (stylePpr != null && stylePpr.getOutlineLvl() != null) {
                return outline(stylePpr.getOutlineLvl().getVal().intValue());
            }
            style = style(style.getBasisStyleID());
        }
        return 0;
    }

    /** Outline levels 0–8 are headings 1–9; 9 is body text. */
    private static int outline(int level) {
        return level >= 0 && level < 9 ? level + 1 : 0;
    }

    private boolean bold(XWPFParagraph p) {
        boolean styleBold = styleBold(style(p.getStyle()));
        boolean any = false;
        for (XWPFRun run : p.getRuns()) {
            String text = run.text();
            if (text == null || text.isBlank()) {
                continue;
            }
            any = true;
            CTRPr rpr = run.getCTR().getRPr();
            boolean explicit = rpr != null && rpr.sizeOfBArray() > 0;
            if (!(explicit ? run.isBold() : styleBold)) {
                return false;
            }
        }
        return any;
    }

    private boolean styleBold(XWPFStyle style) {
        for (int i = 0; style != null && i < MAX_STYLE_CHAIN; i++) {
            CTRPr rpr = style.getCTStyle().getRPr();
            if (rpr != null && rpr.sizeOfBArray() > 0) {
                return rpr.getBArray(0).getVal() == null || rpr.getBArray(0).xgetVal().getStringValue().matches(
                        "(?i)true|on|1");
            }
            style = style(style.getBasisStyleID());
        }
        return false;
    }

    /** The largest direct run size, else the size the paragraph style sets; 0 when neither says. */
    private float fontSize(XWPFParagraph p) {
        double max = 0;
        for (XWPFRun run : p.getRuns()) {
            Double size = run.getFontSizeAsDouble();
            if (size != null && size > max) {
                max = size;
            }
        }
        XWPFStyle style = style(p.getStyle());
        for (int i = 0; max == 0 && style != null && i < MAX_STYLE_CHAIN; i++) {
            CTRPr rpr = style.getCTStyle().getRPr();
            if (rpr != null && rpr.sizeOfSzArray() > 0) {
                try {
                    // half-points, e.g. 32 for 16 pt
                    max = Double.parseDouble(rpr.getSzArray(0).xgetVal().getStringValue()) / 2;
                } catch (NumberFormatException e) {
                    max = 0;
                }
                break;
            }
            style = style(style.getBasisStyleID());
        }
        return (float) max;
    }

    private XWPFStyle style(String id) {
        return id == null || styles == null ? null : styles.getStyle(id);
    }
}
