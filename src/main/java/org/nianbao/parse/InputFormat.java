package org.nianbao.parse;

/** The kinds of file nianbao reads, told apart by content ({@link FormatSniffer}), never by file name. */
public enum InputFormat {
    JSON("json"), DOCX("docx"), DOC("doc"), ODT("odt"), PDF("pdf"), HTML("html"),
    /** Images of report pages, read by OCR. */
    PNG("png"), JPEG("jpeg"), TIFF("tiff"),
    UNKNOWN("unknown");

    private final String id;

    InputFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
