package org.nianbao.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Level;
import org.nianbao.model.Location;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionId;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;

/**
 * The recogniser on the text of a real WPS-exported report (淮安市人民政府 2024), each printed line as one paragraph
 * the way a PDF reader that does not join lines would give it: headings, title over two lines, period with spaces.
 */
class RealReportTextTest {
    private static final Path TEXT = Path.of("src/test/resources/reports/real/huaian-city-gov_2024.txt");

    @Test
    void realReportTextGivesSectionsAndMetadata() throws Exception {
        Report report = new ReportRecognizer().recognize(new RawDocument(InputFormat.PDF, pageText(), null));
        assertThat(report.sections()).extracting(Section::id).containsExactly(SectionId.values());
        assertThat(report.sections()).extracting(Section::heading).containsExactly("一、总体情况", "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                "六、其他需要报告的事项");
        assertThat(report.title()).isEqualTo("淮安市人民政府2024年政府信息公开工作年度报告");
        assertThat(report.agency()).isEqualTo("淮安市人民政府");
        assertThat(report.year()).isEqualTo(2024);
        assertThat(report.level()).isEqualTo(Level.GOVERNMENT);
        assertThat(report.period().start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(report.period().end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(report.issued()).isNull();
    }

    /** The lines of the "extract_text" parts only; the dump's table parts repeat table text. */
    private static List<RawBlock> pageText() throws Exception {
        List<RawBlock> blocks = new ArrayList<>();
        boolean inText = false;
        for (String line : Files.readAllLines(TEXT, StandardCharsets.UTF_8)) {
            if (line.startsWith("=====") || line.startsWith("-----")) {
                inText = line.contains("extract_text");
            } else if (inText && !line.isBlank()) {
                blocks.add(RawParagraph.plain(line, Location.paragraph(null, blocks.size() + 1)));
            }
        }
        return blocks;
    }
}
