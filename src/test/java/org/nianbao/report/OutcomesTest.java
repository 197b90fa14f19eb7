package org.nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nianbao.model.Lang;
import org.nianbao.parse.Limit;
import org.nianbao.parse.ReadFailure;
import org.nianbao.run.FileResult;

class OutcomesTest {

    private static String said(Limit limit, Lang lang) {
        ReadFailure f = limit.exceeded(1_000_000, "word/document.xml");
        return Outcomes.message(new FileResult.Unreadable(f.problem(), f.getMessage(), f.details()), lang);
    }

    @Test
    void everyLimitIsNamedInChineseWithNoEnglishWordsInside() {
        for (Limit limit : Limit.values()) {
            String zh = said(limit, Lang.ZH);
            assertThat(zh).as(limit.name()).startsWith("文件超过设定的上限").contains("1000000")
                    .doesNotContainPattern("[a-z]{3,} [a-z]{3,}");
        }
        assertThat(said(Limit.UNZIPPED, Lang.ZH)).contains("字节（解压后）");
        assertThat(said(Limit.NODES, Lang.ZH)).contains("XML 元素和属性", "--max-cells");
        assertThat(said(Limit.NODES, Lang.EN)).contains("elements and attributes", "--max-cells");
    }

    @Test
    void runningOutOfMemoryIsToldWithTheHeapLimit() {
        FileResult r = FileResult.outOfMemory(java.nio.file.Path.of("big.docx"), 1);
        assertThat(Outcomes.message(r.unreadable(), Lang.ZH)).contains("内存超过了").doesNotContain("out of memory");
        assertThat(Outcomes.message(r.unreadable(), Lang.EN)).contains("more than the", "MB of memory");
    }
}
