package org.nianbao.parse;

/** The kinds of file nianbao reads, told apart by content ({@link FormatSniffer}), never by file name. */
public enum InputFormat {
    JSON("json"), DOCX("docx"), DOC("doc"), ODT("odt"), PDF("pdf"), HTML("html"), UNKNOWN("unknown");

    private final String id;

    InputFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
