package org.nianbao.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;

/** A table drawn without ruling lines is not read as a table: its numbers are never guessed from positions. */
class BorderlessTableTest {

    @Test
    void noRulingsMeansNoTable() throws Exception {
        RawDocument doc = Documents.parse(Path.of("src/test/resources/documents/pdf/borderless-table.pdf"));

        assertThat(Documents.tables(doc)).isEmpty();
        assertThat(Documents.paragraphs(doc)).extracting(RawParagraph::text)
                .contains("二、主动公开政府信息情况", "本表无框线。");
    }
}
