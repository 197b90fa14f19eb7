package org.nianbao.report;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.nianbao.model.Lang;

/**
 * A {@link Notice} as a Word document (.docx), the form an office sends or prints: title, salutation, the numbered
 * problems each with its fix and the cell likely wrong, what could not be judged, and the office and date signed.
 * Plain paragraphs in 仿宋/宋体 so the body can copy any line into its reply.
 */
public final class NoticeDocx {
    private static final String TITLE_FONT = "黑体";
    private static final String TEXT_FONT = "仿宋";

    private NoticeDocx() {
    }

    public static void write(Notice n, OutputStream out) throws IOException {
        boolean zh = n.lang() == Lang.ZH;
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            run(title, n.title(), TITLE_FONT, 16, true);

            run(doc.createParagraph(), n.body() + (zh ? "：" : ":"), TEXT_FONT, 14, false);
            indented(doc, n.opening());
            int i = 0;
            for (Notice.Problem p : n.problems()) {
                i++;
                indented(doc, i + (zh ? "．" : ". ") + n.sentence(p));
                if (p.fix() != null) {
                    indented(doc, (zh ? "修改建议：" : "How to fix: ") + p.fix());
                }
                if (p.likely() != null) {
                    indented(doc, (zh ? "可能的错误：" : "Likely wrong: ") + p.likely());
                }
            }
            if (!n.unsure().isEmpty()) {
                indented(doc, zh ? "以下事项无法从报送的文件中自动判断，请一并核实：" : "These could not be judged from the file;"
                        + " please check them too:");
                int j = 0;
                for (Notice.Problem p : n.unsure()) {
                    j++;
                    indented(doc, "（" + j + "）" + n.sentence(p));
                }
            }
            XWPFParagraph sign = doc.createParagraph();
            sign.setAlignment(ParagraphAlignment.RIGHT);
            sign.setSpacingBefore(480);
            run(sign, n.sender(), TEXT_FONT, 14, false);
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            run(date, zh ? n.dated().getYear() + "年" + n.dated().getMonthValue() + "月" + n.dated().getDayOfMonth()
                    + "日" : n.dated().toString(), TEXT_FONT, 14, false);
            doc.write(out);
        }
    }

    /** A paragraph of the letter's text, its first line indented by two characters as official letters are. */
    private static void indented(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationFirstLine(560);
        p.setSpacingAfter(60);
        run(p, text, TEXT_FONT, 14, false);
    }

    private static void run(XWPFParagraph p, String text, String font, int points, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(points);
        r.setBold(bold);
    }
}
