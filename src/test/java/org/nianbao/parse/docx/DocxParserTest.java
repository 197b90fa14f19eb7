package org.nianbao.parse.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

class DocxParserTest {
    private static final Path SAMPLES = Path.of("src/test/resources/reports/samples");
    private static final Path FIXTURES = Path.of("src/test/resources/documents/docx");
    private final DocxParser parser = new DocxParser();

    @Test
    void seedGivesThreeTablesWithTheirSpans() throws Exception {
        RawDocument doc = parse(SAMPLES.resolve("seed.docx"));
        List<RawTable> tables = tables(doc);
        assertThat(tables).extracting(t -> t.cells().size()).containsExactly(30, 215, 34);
        assertThat(tables).extracting(RawTable::columnCount).containsExactly(4, 10, 15);
        assertThat(tables).extracting(RawTable::index).containsExactly(1, 2, 3);
        assertThat(tables).noneMatch(RawTable::nested);
        RawTable applications = tables.get(1);
        assertSpan(applications.at(0, 0), 0, 0, 3, 3);
        assertSpan(applications.at(0, 3), 0, 3, 1, 7);
        assertSpan(applications.at(5, 0), 5, 0, 22, 1);
        assertThat(applications.at(5, 0).text()).isEqualTo("三、本年度办理结果");
        assertSpan(applications.at(7, 1), 7, 1, 8, 1);
        assertThat(applications.at(7, 1).text()).isEqualTo("（三）不予公开");
        RawCell cell = applications.at(7, 3);
        assertThat(cell.source().tableIndex()).isEqualTo(2);
        assertThat(cell.source().printedRow()).isEqualTo(8);
        assertThat(cell.source().printedColumn()).isEqualTo(4);
    }

    @Test
    void seedParagraphsKeepOrderHeadingsAndLineBreaks() throws Exception {
        RawDocument doc = parse(SAMPLES.resolve("seed.docx"));
        List<RawParagraph> paragraphs = paragraphs(doc);
        assertThat(paragraphs.get(0).text()).isEqualTo("薛城区商务和投资促进局\n2023年政府信息公开工作年度报告");
        assertThat(paragraphs.get(0).headingLevel()).isEqualTo(1);
        RawParagraph overview = paragraphs.stream().filter(p -> p.text().equals("一、总体情况")).findFirst().orElseThrow();
        assertThat(overview.headingLevel()).isEqualTo(2);
        assertThat(overview.bold()).isTrue();
        assertThat(paragraphs.get(paragraphs.size() - 1).text()).isEqualTo("2024年1月16日");
        assertThat(paragraphs.get(paragraphs.size() - 1).headingLevel()).isZero();
        // the caption heading sits right before the table it names
        int caption = doc.blocks().indexOf(paragraphs.stream()
                .filter(p -> p.text().startsWith("2、")).findFirst().orElseThrow());
        assertThat(doc.blocks().get(caption + 1)).isInstanceOf(RawTable.class);
        assertThat(paragraphs.get(1).source().paragraph()).isEqualTo(2);
    }

    @Test
    void edgeDocumentFindsSdtTablesSdtCellGridBeforeAndTrackedChange() throws Exception {
        RawDocument doc = parse(SAMPLES.resolve("edge-sdt-gridbefore-trackchange.docx"));
        List<RawTable> tables = tables(doc);
        assertThat(tables).hasSize(3);
        RawTable applications = tables.get(1);
        // the cell-level content control holds 5 in the first numeric column of 一、本年新收
        assertThat(applications.at(3, 0).text()).startsWith("一、本年新收");
        assertThat(applications.at(3, 3).text()).isEqualTo("5");
        assertThat(applications.at(3, 9).text()).isEqualTo("0");
        assertThat(applications.cells()).hasSize(215);
        RawTable proactive = tables.get(0);
        // the gridBefore row lost its label cell; its values stay in columns 2–4
        RawCell gap = proactive.cells().stream().filter(c -> c.row() == 2).min((a, b) -> a.col() - b.col())
                .orElseThrow();
        assertThat(gap.col()).isEqualTo(1);
        assertThat(proactive.at(2, 0)).isNull();
        assertThat(proactive.at(2, 3).text()).isEqualTo("0");
        assertThat(tables.get(2).cells()).hasSize(34);
        String tracked = paragraphs(doc).stream().map(RawParagraph::text).filter(t -> t.contains("各类信息"))
                .findFirst().orElseThrow();
        assertThat(tracked).contains("各类信息48条").doesNotContain("4748").doesNotContain("47");
    }

    @Test
    void repeatedHeaderDocumentReadsLikeTheSeed() throws Exception {
        List<RawTable> tables = tables(parse(SAMPLES.resolve("seed-repeat-header.docx")));
        assertThat(tables).extracting(t -> t.cells().size()).containsExactly(30, 215, 34);
        assertThat(tables.get(1).at(3, 0).text()).isEqualTo("一、本年新收政府信息公开申请数量");
    }

    @Test
    void multiParagraphCellIsJoinedWithNewlineAndNestedTableIsSeparate() throws Exception {
        RawDocument doc = parse(FIXTURES.resolve("structure-soffice-nested-multipara.docx"));
        List<RawTable> tables = tables(doc);
        assertThat(tables).hasSize(2);
        assertThat(tables.get(0).nested()).isFalse();
        assertThat(tables.get(0).at(0, 0).text()).isEqualTo("第一段\n第二段");
        assertThat(tables.get(0).at(1, 1).text()).doesNotContain("内1");
        RawTable inner = tables.get(1);
        assertThat(inner.nested()).isTrue();
        assertThat(inner.index()).isEqualTo(2);
        assertThat(inner.cells()).extracting(RawCell::text).containsExactly("内1", "内2", "内3", "内4");
    }

    @Test
    void autoNumberingIsRenderedInChineseCounting() throws Exception {
        List<RawParagraph> numbered = paragraphs(parse(FIXTURES.resolve("numbered-soffice-chinese-counting.docx")))
                .stream().filter(p -> p.numberingLabel() != null).toList();
        assertThat(numbered).extracting(p -> p.numberingLabel() + p.text()).containsExactly(
                "一、总体情况", "（一）主动公开", "（二）依申请公开", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况");
        assertThat(numbered.get(0).headingLevel()).isEqualTo(2);
    }

    @Test
    void headingLevelFromAChineseStyleNameOrAnOutlineLevel() throws Exception {
        List<RawParagraph> paragraphs = paragraphs(parse(FIXTURES.resolve("headings-soffice-chinese-style.docx")));
        assertThat(paragraphs).extracting(RawParagraph::text).startsWith("一、总体情况", "二、主动公开政府信息情况");
        // style named 标题 1; a custom style 章节 with outline level 2; a plain paragraph
        assertThat(paragraphs).extracting(RawParagraph::headingLevel).startsWith(1, 2, 0, 0);
        assertThat(paragraphs.get(0).bold()).isTrue();
        assertThat(paragraphs.get(0).fontSize()).isEqualTo(16f);
        assertThat(paragraphs.get(3).bold()).isFalse();
    }

    @Test
    void truncatedDocxIsUnreadable() throws Exception {
        byte[] seed = Files.readAllBytes(SAMPLES.resolve("seed.docx"));
        assertProblem(Arrays.copyOf(seed, seed.length / 2), ReadLimits.DEFAULT, InputProblem.UNREADABLE);
        assertProblem("not a zip at all".getBytes(), ReadLimits.DEFAULT, InputProblem.UNREADABLE);
        assertProblem(zip("hello.txt", new byte[10]), ReadLimits.DEFAULT, InputProblem.UNREADABLE);
        assertProblem(new byte[0], ReadLimits.DEFAULT, InputProblem.EMPTY);
    }

    @Test
    void encryptedDocxIsEncrypted() throws Exception {
        assertProblem(encrypt(Files.readAllBytes(SAMPLES.resolve("seed.docx"))), ReadLimits.DEFAULT,
                InputProblem.ENCRYPTED);
    }

    @Test
    void zipBombAndCapsAreTooLarge() throws Exception {
        assertProblem(zip("word/document.xml", new byte[40_000_000]), ReadLimits.DEFAULT, InputProblem.TOO_LARGE);
        byte[] seed = Files.readAllBytes(SAMPLES.resolve("seed.docx"));
        assertProblem(seed, new ReadLimits(1000, 500, 200_000, 5_000_000), InputProblem.TOO_LARGE);
        assertProblem(seed, new ReadLimits(50_000_000, 500, 100, 5_000_000), InputProblem.TOO_LARGE);
        assertProblem(seed, new ReadLimits(50_000_000, 500, 200_000, 500), InputProblem.TOO_LARGE);
        assertProblem(docxWithOneWideCell(), ReadLimits.DEFAULT, InputProblem.TOO_LARGE);
    }

    private void assertProblem(byte[] content, ReadLimits limits, InputProblem problem) {
        assertThatThrownBy(() -> parser.parse(content, limits)).isInstanceOf(ReadFailure.class)
                .satisfies(e -> assertThat(((ReadFailure) e).problem()).isEqualTo(problem));
    }

    private static void assertSpan(RawCell cell, int row, int col, int rowSpan, int colSpan) {
        assertThat(List.of(cell.row(), cell.col(), cell.rowSpan(), cell.colSpan()))
                .containsExactly(row, col, rowSpan, colSpan);
    }

    private RawDocument parse(Path file) throws IOException, ReadFailure {
        return parser.parse(Files.readAllBytes(file), ReadLimits.DEFAULT);
    }

    private static List<RawTable> tables(RawDocument doc) {
        return doc.blocks().stream().filter(RawTable.class::isInstance).map(RawTable.class::cast).toList();
    }

    private static List<RawParagraph> paragraphs(RawDocument doc) {
        return doc.blocks().stream().filter(RawParagraph.class::isInstance).map(RawParagraph.class::cast).toList();
    }

    private static byte[] zip(String entry, byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(data);
        }
        return out.toByteArray();
    }

    /** A well-formed .docx whose only table cell claims to span a million grid columns. */
    private static byte[] docxWithOneWideCell() throws IOException {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createTable(1, 1).getRow(0).getCell(0).getCTTc().addNewTcPr().addNewGridSpan()
                    .setVal(java.math.BigInteger.valueOf(1_000_000));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] encrypt(byte[] docx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
