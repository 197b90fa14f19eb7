package org.nianbao.report;

import java.util.Map;
import org.nianbao.model.Lang;
import org.nianbao.model.Text;

/** A file format as people name it ("Word 文档（.docx）"), never our id ("docx", "unknown"). */
public final class FormatNames {
    private static final Map<String, Text> NAMES = Map.of(
            "docx", Text.of("Word 文档（.docx）", "Word document (.docx)"),
            "doc", Text.of("Word 97-2003 文档（.doc）", "Word 97-2003 document (.doc)"),
            "odt", Text.of("OpenDocument 文档（.odt）", "OpenDocument text (.odt)"),
            "pdf", Text.of("PDF", "PDF"),
            "html", Text.of("网页（HTML）", "Web page (HTML)"),
            "json", Text.of("JSON 数据", "JSON data"),
            "unknown", Text.of("无法识别的文件类型", "Unrecognised kind of file"));

    private FormatNames() {
    }

    /** What a reader adds to the format of a file it read by OCR: {@code pdf (OCR)}, {@code png (OCR)}. */
    private static final String OCR = " (OCR)";

    /**
     * The name of the format with this id; the id itself when it is none we know. A scan read by OCR says so:
     * "PDF（扫描件，OCR 文字识别）" / "PDF (scanned, read by OCR)".
     */
    public static String of(String id, Lang lang) {
        if (id == null) {
            return "";
        }
        if (id.endsWith(OCR)) {
            return of(id.substring(0, id.length() - OCR.length()), lang)
                    + (lang == Lang.ZH ? "（扫描件，OCR 文字识别）" : " (scanned, read by OCR)");
        }
        Text t = NAMES.get(id);
        return t == null ? id : t.in(lang);
    }
}
