package org.nianbao.corpus;

/** The formats the generator writes, with their file extensions. No .doc: nothing here writes Word 97. */
enum CorpusFormat {
    JSON("json"), HTML("html"), DOCX("docx"), PDF("pdf");

    final String extension;

    CorpusFormat(String extension) {
        this.extension = extension;
    }

    String id() {
        return extension;
    }
}
