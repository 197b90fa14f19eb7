package org.nianbao.matrix;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.matrix.FlatOdt.PageLayout;

/** The matrix's columns, in the order the table prints them. */
final class Producers {
    static final String NOTO_SERIF = "Noto Serif CJK SC";
    static final String NOTO_SANS = "Noto Sans CJK SC";
    static final String WQY = "WenQuanYi Zen Hei";

    private Producers() {
    }

    static List<Producer> all() {
        return List.of(
                new Producer.SourcePage("html", "the source page itself, read by the HTML reader (the baseline)"),
                new Producer.ChromiumPrint("chromium-letter", "Chromium --print-to-pdf, US Letter (its default)",
                        ""),
                new Producer.ChromiumPrint("chromium-a4", "Chromium --print-to-pdf, A4 (@page size)",
                        "@page { size: A4; }"),
                new Producer.ChromiumPrint("chromium-a4-landscape",
                        "Chromium --print-to-pdf, A4 landscape, narrow margins (@page size and margin)",
                        "@page { size: A4 landscape; margin: 1.27cm; }"),
                new Producer.ChromiumPrint("chromium-a5-large", "Chromium --print-to-pdf, A5, narrow margins, larger"
                        + " type (other page breaks)", "@page { size: A5; margin: 10mm; } body, td, th { font-size: 15px; }"),
                new Producer.CommandPrint("wkhtmltopdf-a4", "wkhtmltopdf (Qt WebKit), A4", List.of("wkhtmltopdf",
                        "-q", "--page-size", "A4", "{in}", "{out}"), "", Set.of()),
                // WeasyPrint takes ~10 s of CPU a report: two sources keep the matrix short
                new Producer.CommandPrint("weasyprint-a4", "WeasyPrint, A4 (@page size)", List.of("weasyprint",
                        "{in}", "{out}"), "@page { size: A4; margin: 20mm; }",
                        Set.of(MatrixSources.SEED, MatrixSources.HONGZE)),
                new Producer.LibreOfficePdf("lo-pdf-a4-noto-serif",
                        "LibreOffice PDF, A4 portrait, 2 cm margins, " + NOTO_SERIF, PageLayout.A4_PORTRAIT,
                        NOTO_SERIF),
                new Producer.LibreOfficePdf("lo-pdf-a4-wqy", "LibreOffice PDF, A4 portrait, 2 cm margins, " + WQY,
                        PageLayout.A4_PORTRAIT, WQY),
                new Producer.LibreOfficePdf("lo-pdf-a4-narrow-noto-sans",
                        "LibreOffice PDF, A4 portrait, narrow 1.27 cm margins, " + NOTO_SANS,
                        PageLayout.A4_PORTRAIT_NARROW, NOTO_SANS),
                new Producer.LibreOfficePdf("lo-pdf-landscape-noto-serif",
                        "LibreOffice PDF, A4 landscape, 2 cm margins, " + NOTO_SERIF, PageLayout.A4_LANDSCAPE,
                        NOTO_SERIF),
                new Producer.LibreOfficePdf("lo-pdf-landscape-narrow-wqy",
                        "LibreOffice PDF, A4 landscape, narrow 1.27 cm margins, " + WQY,
                        PageLayout.A4_LANDSCAPE_NARROW, WQY),
                new Producer.LibreOfficeExport("lo-docx", "LibreOffice: page → .docx (MS Word 2007 XML)", "docx",
                        "MS Word 2007 XML"),
                new Producer.LibreOfficeExport("lo-doc", "LibreOffice: page → .doc (MS Word 97)", "doc",
                        "MS Word 97"),
                new Producer.LibreOfficeExport("lo-odt", "LibreOffice: page → .odt (writer8)", "odt", "writer8"),
                new Producer.Published("wps-pdf", "WPS PDF as published (the real 洪泽区 report only)", "pdf",
                        Map.of(MatrixSources.HONGZE, "reports/real/huaian-hongze-district-gov_2024.pdf")));
    }
}
