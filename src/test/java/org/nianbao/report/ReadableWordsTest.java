package org.nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Lang;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.ReadLimits;
import org.nianbao.run.LocalReading;
import org.nianbao.run.Reading;

/**
 * Words, not codes: a file the checker could not read whole is still named by its kind; a long value in the
 * violation table is shortened with the whole one click away and printed whole; formats and outcomes in words.
 */
class ReadableWordsTest {
    @TempDir
    Path tmp;

    @Test
    void aFileOverTheSizeLimitIsStillNamedByItsKind() throws Exception {
        Path pdf = tmp.resolve("big.pdf");
        Files.writeString(pdf, "%PDF-1.7\n" + "x".repeat(4000));
        Reading.Outcome read = LocalReading.standard(new ReadLimits(1000, 500, 200_000, 5_000_000)).read(pdf, false);
        assertThat(read.unreadable().problem()).isEqualTo(InputProblem.TOO_LARGE);
        assertThat(read.format()).isEqualTo("pdf");
        assertThat(FormatNames.of(read.format(), Lang.ZH)).isEqualTo("PDF");
        assertThat(FormatNames.of("docx", Lang.ZH)).isEqualTo("Word 文档（.docx）");
    }

    @Test
    void longValuesAreShortenedWithTheWholeOnDemandAndOnPaper() {
        String whole = "本年度共收到申请一百二十三件其中自然人申请一百件法人或者其他组织申请二十三件";
        String cell = HtmlReportWriter.shortened(whole);
        assertThat(cell).startsWith("<details class=\"long\"><summary>").contains("…</summary>" + whole + "</details>")
                .endsWith("<span class=\"print-full\">" + whole + "</span>");
        assertThat(HtmlReportWriter.shortened("4")).isEqualTo("4");
        assertThat(HtmlReportWriter.shortened("<b>")).isEqualTo("&lt;b&gt;");
        assertThat(HtmlReportWriter.CSS).contains("@media print{details.long{display:none}.print-full{display:inline}");
    }

    @Test
    void everyUnreadableOutcomeHasATitleInBothLanguages() {
        for (InputProblem p : InputProblem.values()) {
            assertThat(Outcomes.byCode(p.code())).contains(p);
            assertThat(Outcomes.title(p, Lang.ZH)).isNotBlank().doesNotContain("INPUT");
            assertThat(Outcomes.title(p, Lang.EN)).isNotBlank();
        }
        assertThat(Outcomes.byCode("T3.BALANCE")).isEmpty();
    }
}
