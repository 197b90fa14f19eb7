package org.nianbao.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.model.Cell;
import org.nianbao.model.CellValue;
import org.nianbao.model.FormatVersion;
import org.nianbao.model.Level;
import org.nianbao.model.Location;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionId;
import org.nianbao.model.StandardLayouts;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.model.TableLayout;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.docx.DocxParser;
import org.nianbao.parse.odt.OdtParser;

class ReportRecognizerTest {
    private static final Path SAMPLES = Path.of("src/test/resources/reports/samples");
    private static final Path FIXTURES = Path.of("src/test/resources/documents/docx");

    @Test
    void seedGivesEveryValue() throws Exception {
        Report report = recognize(SAMPLES.resolve("seed.docx"));
        assertThat(report.inputFormat()).isEqualTo("docx");
        assertThat(report.title()).isEqualTo("薛城区商务和投资促进局2023年政府信息公开工作年度报告");
        assertThat(report.agency()).isEqualTo("薛城区商务和投资促进局");
        assertThat(report.year()).isEqualTo(2023);
        assertThat(report.level()).isEqualTo(Level.DEPARTMENT);
        assertThat(report.levelSource()).isEqualTo("inferred");
        assertThat(report.period().start()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(report.period().end()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(report.period().sentence()).isEqualTo("本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。");
        assertThat(report.issued()).isEqualTo(LocalDate.of(2024, 1, 16));
        assertThat(report.signatory()).isEqualTo("薛城区商务和投资促进局");
        assertThat(report.formatVersion()).isEqualTo(FormatVersion.V2021);
        assertThat(report.sections()).extracting(Section::id).containsExactly(SectionId.values());
        assertThat(report.sections()).extracting(Section::heading).containsExactly("一、总体情况",
                "2、 主动公开政府信息情况统计表", "3、 收到和处理政府信息公开申请情况",
                "4、 因政府信息公开工作被申请行政复议、提起行政诉讼情况统计表", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        Section overview = report.sections().get(0);
        assertThat(overview.text()).startsWith("2023年，薛城区商务和投资促进局深入贯彻落实").contains("\n（一）主动公开情况\n")
                .contains("各类信息48条。").endsWith("按时推进各项工作开展。");
        assertThat(report.sections().get(1).text()).isEmpty();
        assertThat(report.sections().get(5).text()).startsWith("1.收取信息处理费情况。").endsWith("电子邮箱：xcscj@zz.shandong.cn）。")
                .doesNotContain("2024年1月16日");
        for (TableId id : TableId.values()) {
            TableLayout layout = StandardLayouts.of(id, FormatVersion.V2021);
            Table table = report.table(id).orElseThrow();
            assertThat(table.unrecognizedRows()).isEmpty();
            assertThat(table.labelNotes()).isEmpty();
            assertThat(table.rowIds()).hasSameElementsAs(layout.rows().stream().map(r -> r.id()).toList());
            layout.rows().forEach(row -> {
                assertThat(table.row(row.id()).keySet()).containsExactlyElementsOf(row.columns());
                table.row(row.id()).values().forEach(cell -> assertThat(cell.value()).isEqualTo(CellValue.number(0)));
            });
        }
        Cell cell = report.table(TableId.APPLICATIONS).orElseThrow().cell("denied.stateSecret", "naturalPerson")
                .orElseThrow();
        assertThat(List.of(cell.source().tableIndex(), cell.source().printedRow(), cell.source().printedColumn()))
                .containsExactly(2, 8, 4);
    }

    @Test
    void edgeDocumentKeepsTheContentControlValueAndTheInsertedText() throws Exception {
        Report report = recognize(SAMPLES.resolve("edge-sdt-gridbefore-trackchange.docx"));
        assertThat(report.tables()).hasSize(3);
        Table applications = report.table(TableId.APPLICATIONS).orElseThrow();
        assertThat(applications.cell("newReceived", "naturalPerson").orElseThrow().value())
                .isEqualTo(CellValue.number(5));
        assertThat(applications.cell("newReceived", "commercial").orElseThrow().value()).isEqualTo(CellValue.number(0));
        assertThat(report.section(SectionId.OVERVIEW).orElseThrow().text()).contains("各类信息48条").doesNotContain("4748");
        // the gridBefore row has no label: its values are not placed under any row, and it is reported
        Table proactive = report.table(TableId.PROACTIVE).orElseThrow();
        assertThat(proactive.rowIds()).hasSize(5);
        assertThat(proactive.unrecognizedRows()).hasSize(1);
    }

    @Test
    void repeatedHeaderDocumentReadsLikeTheSeed() throws Exception {
        Report report = recognize(SAMPLES.resolve("seed-repeat-header.docx"));
        assertThat(report.table(TableId.APPLICATIONS).orElseThrow().rowIds()).hasSize(25);
        assertThat(report.sections()).hasSize(6);
        assertThat(report.formatVersion()).isEqualTo(FormatVersion.V2021);
    }

    @Test
    void autoNumberedHeadingsUseTheirRenderedNumber() throws Exception {
        Report report = recognize(FIXTURES.resolve("numbered-soffice-chinese-counting.docx"));
        assertThat(report.sections()).extracting(Section::heading)
                .containsExactly("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况");
        assertThat(report.sections().get(0).text()).isEqualTo("（一）主动公开\n（二）依申请公开");
    }

    @Test
    void anyRawDocumentIsRecognisedAndKeepsPagesAndThePublicationDate() {
        List<RawCell> cells = new ArrayList<>();
        String[] outcomes = {"结果\n维持", "结果 纠正", "其他\n结果", "尚未审结", "总 计"};
        cells.add(cell(0, 0, 1, 5, "行政复议"));
        cells.add(cell(0, 5, 1, 10, "行政诉讼"));
        for (int i = 0; i < 5; i++) {
            cells.add(new RawCell(1, i, 2, 1, outcomes[i], Location.tableCell(3, 1, 2, i + 1)));
        }
        cells.add(cell(1, 5, 1, 5, "未经复议直接起诉"));
        cells.add(cell(1, 10, 1, 5, "复议后起诉"));
        for (int i = 0; i < 10; i++) {
            cells.add(cell(2, 5 + i, 1, 1, outcomes[i % 5]));
        }
        for (int i = 0; i < 15; i++) {
            cells.add(cell(3, i, 1, 1, Integer.toString(i + 1)));
        }
        RawDocument doc = new RawDocument(InputFormat.PDF, List.of(
                RawParagraph.plain("四、政府信息公开行政复议、行政诉讼情况", Location.paragraph(3, 1)),
                new RawTable(1, 4, 15, cells, false, Location.tableCell(3, 1, 1, 1))), LocalDate.of(2024, 1, 30));
        Report report = new ReportRecognizer().recognize(doc);
        assertThat(report.inputFormat()).isEqualTo("pdf");
        assertThat(report.published()).isEqualTo(LocalDate.of(2024, 1, 30));
        assertThat(report.publishedSource()).isEqualTo("page");
        Table table = report.table(TableId.REVIEW_LITIGATION).orElseThrow();
        assertThat(table.cell("litigationAfterReview", "pending").orElseThrow().value()).isEqualTo(CellValue.number(14));
        assertThat(table.cell("review", "upheld").orElseThrow().source())
                .isEqualTo(Location.tableCell(3, 1, 4, 1));
        assertThat(report.sections()).extracting(Section::id).containsExactly(SectionId.REVIEW_LITIGATION);
    }

    @Test
    void emptyOrOddDocumentsGiveAnEmptyReportNotAnError() {
        Report empty = new ReportRecognizer().recognize(new RawDocument(InputFormat.HTML, List.of(), null));
        assertThat(empty.sections()).isEmpty();
        assertThat(empty.tables()).isEmpty();
        assertThat(empty.formatVersion()).isNull();
        assertThat(empty.title()).isNull();
        RawTable odd = new RawTable(1, 2, 3, List.of(cell(0, 0, 5, 9, "自然人"), cell(1, 1, 1, 1, "商业企业"),
                cell(7, 7, 1, 1, "3")), false, Location.NONE);
        Report report = new ReportRecognizer().recognize(new RawDocument(InputFormat.HTML, List.of(odd), null));
        assertThat(report.sections()).isEmpty();
        assertThat(report.table(TableId.APPLICATIONS).map(Table::rowIds).orElse(List.of())).isEmpty();
    }

    private static RawCell cell(int row, int col, int rowSpan, int colSpan, String text) {
        return new RawCell(row, col, rowSpan, colSpan, text, Location.tableCell(3, 1, row + 1, col + 1));
    }

    /** Every value of a variant made with distinct numbers, so a cell placed under the wrong row or column fails. */
    @ParameterizedTest
    @ValueSource(strings = {"report2021-soffice", "report2021-pandoc", "report2019-soffice", "hybrid-soffice", "split-soffice",
        "defects-soffice"})
    void variantGivesExactlyTheExpectedValues(String name) throws Exception {
        assertExpectedValues(recognize(FIXTURES.resolve(name + ".docx")), name);
    }

    /** The same variants as LibreOffice's and pandoc's own .odt: the same values. */
    @ParameterizedTest
    @ValueSource(strings = {"report2021-soffice", "report2021-pandoc", "report2019-soffice", "hybrid-soffice", "split-soffice",
        "defects-soffice"})
    void odtVariantGivesExactlyTheExpectedValues(String name) throws Exception {
        Path file = Path.of("src/test/resources/documents/odt", name + ".odt");
        assertExpectedValues(new ReportRecognizer().recognize(new OdtParser().parse(Files.readAllBytes(file),
                ReadLimits.DEFAULT)), name);
    }

    private static void assertExpectedValues(Report report, String name) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(FIXTURES.resolve(name + ".expected.json").toFile());
        assertThat(report.title()).isEqualTo(expected.get("title").asText());
        assertThat(report.agency()).isEqualTo(expected.get("agency").asText());
        assertThat(report.year()).isEqualTo(expected.get("year").asInt());
        assertThat(report.level().id()).isEqualTo(expected.get("level").asText());
        assertThat(report.period().start()).isEqualTo(LocalDate.parse(expected.get("period").get(0).asText()));
        assertThat(report.period().end()).isEqualTo(LocalDate.parse(expected.get("period").get(1).asText()));
        assertThat(report.issued()).isEqualTo(LocalDate.parse(expected.get("issued").asText()));
        assertThat(report.signatory()).isEqualTo(expected.get("signatory").asText());
        assertThat(report.formatVersion().id()).isEqualTo(expected.get("formatVersion").asText());
        List<String> sections = new ArrayList<>();
        expected.get("sections").forEach(s -> sections.add(s.get("id").asText() + "|" + s.get("heading").asText()
                + "|" + s.get("text").asText()));
        assertThat(report.sections()).extracting(s -> s.id().id() + "|" + s.heading() + "|" + s.text())
                .containsExactlyElementsOf(sections);
        List<String> unrecognized = new ArrayList<>();
        expected.get("unrecognizedRows").forEach(r -> unrecognized.add(r.asText()));
        assertThat(report.tables().values().stream().flatMap(t -> t.unrecognizedRows().stream()))
                .containsExactlyElementsOf(unrecognized);
        for (Iterator<Map.Entry<String, JsonNode>> tables = expected.get("tables").fields(); tables.hasNext();) {
            Map.Entry<String, JsonNode> t = tables.next();
            assertTable(report.table(TableId.byId(t.getKey()).orElseThrow()).orElseThrow(), t.getValue());
        }
    }

    private static void assertTable(Table table, JsonNode expected) {
        List<String> rows = new ArrayList<>();
        expected.fieldNames().forEachRemaining(rows::add);
        assertThat(table.rowIds()).as(table.id().id()).hasSameElementsAs(rows);
        for (String row : rows) {
            JsonNode cells = expected.get(row);
            List<String> columns = new ArrayList<>();
            cells.fieldNames().forEachRemaining(columns::add);
            assertThat(table.row(row).keySet()).as(row).containsExactlyElementsOf(columns);
            for (String column : columns) {
                CellValue actual = table.cell(row, column).orElseThrow().value();
                JsonNode value = cells.get(column);
                String where = table.id().id() + "/" + row + "/" + column;
                if (value.isNull()) {
                    assertThat(actual).as(where).isEqualTo(CellValue.blank());
                } else if (value.isNumber()) {
                    assertThat(actual).as(where).isInstanceOf(CellValue.Number.class);
                    assertThat(((CellValue.Number) actual).value()).as(where)
                            .isEqualByComparingTo(new BigDecimal(value.asText()));
                } else {
                    assertThat(actual).as(where).isEqualTo(CellValue.written(value.asText()));
                }
            }
        }
    }

    private static Report recognize(Path file) throws IOException, ReadFailure {
        return new ReportRecognizer().recognize(new DocxParser().parse(Files.readAllBytes(file), ReadLimits.DEFAULT));
    }
}
