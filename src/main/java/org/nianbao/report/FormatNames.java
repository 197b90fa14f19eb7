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

    /** The name of the format with this id; the id itself when it is none we know. */
    public static String of(String id, Lang lang) {
        if (id == null) {
            return "";
        }
        Text t = NAMES.get(id);
        return t == null ? id : t.in(lang);
    }
}
