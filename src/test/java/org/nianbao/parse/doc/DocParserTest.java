package org.nianbao.parse.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.nianbao.parse.GridDump;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;

class DocParserTest {
    private static final Path SEED = Path.of("src/test/resources/reports/samples/seed.doc");
    private static final Path DOCS = Path.of("src/test/resources/documents/doc");

    private static RawDocument parse(byte[] bytes) throws ReadFailure {
        return new DocParser().parse(bytes, ReadLimits.DEFAULT);
    }

    private static RawDocument parse(Path path) throws Exception {
        return parse(Files.readAllBytes(path));
    }

    @Test
    void seedGivesTheThreeGridsOfTheDocx() throws Exception {
        List<RawTable> tables = GridDump.tables(parse(SEED));

        assertThat(tables).extracting(t -> t.cells().size()).containsExactly(30, 215, 34);
        assertThat(tables).extracting(t -> t.rowCount() + "x" + t.columnCount())
            .containsExactly("14x4", "28x10", "4x15");
        RawTable t20 = tables.get(0);
        assertThat(t20.at(0, 3)).extracting(RawCell::col, RawCell::colSpan, RawCell::text)
            .containsExactly(0, 4, "第二十条第（一）项");
        assertThat(t20.at(6, 2)).extracting(RawCell::col, RawCell::colSpan, RawCell::text)
            .containsExactly(1, 3, "0");

        RawTable apps = tables.get(1);
        assertSpan(apps.at(0, 0), 0, 0, 3, 3);
        assertThat(apps.at(0, 0).text()).startsWith("（本列数据的勾稽关系为");
        assertSpan(apps.at(0, 3), 0, 3, 1, 7);
        assertThat(apps.at(0, 3).text()).isEqualTo("申请人情况");
        assertSpan(apps.at(5, 0), 5, 0, 22, 1);
        assertThat(apps.at(26, 0).text()).isEqualTo("三、本年度办理结果");
        assertSpan(apps.at(7, 1), 7, 1, 8, 1);
        assertThat(apps.at(14, 1).text()).isEqualTo("（三）不予公开");
        assertThat(apps.at(22, 2).text()).isEqualTo("5.要求行政机关确认或重新\n出具已获取信息");
        assertThat(apps.at(22, 2).source().printedRow()).isEqualTo(23);
        assertThat(apps.at(22, 2).source().printedColumn()).isEqualTo(3);

        RawTable review = tables.get(2);
        assertSpan(review.at(0, 0), 0, 0, 1, 5);
        assertSpan(review.at(0, 5), 0, 5, 1, 10);
        assertThat(review.at(1, 0).text()).isEqualTo("结果\n维持");
        assertSpan(review.at(2, 0), 1, 0, 2, 1);
    }

    @Test
    void seedParagraphsKeepOrderHeadingsAndTheTitleBreak() throws Exception {
        RawDocument doc = parse(SEED);
        List<RawParagraph> paragraphs = GridDump.paragraphs(doc);

        assertThat(paragraphs.get(0).text()).isEqualTo("薛城区商务和投资促进局\n2023年政府信息公开工作年度报告");
        assertThat(paragraphs.get(0).headingLevel()).isEqualTo(1);
        assertThat(paragraphs).filteredOn(p -> p.headingLevel() > 0).hasSize(14);
        assertThat(paragraphs).filteredOn(p -> p.text().equals("一、总体情况"))
            .singleElement().extracting(RawParagraph::headingLevel).isEqualTo(2);
        assertThat(paragraphs.get(paragraphs.size() - 1).text()).isEqualTo("2024年1月16日");
        // tables sit between the headings that announce them, and their cells are not repeated as paragraphs
        assertThat(doc.blocks().get(doc.blocks().indexOf(paragraphs.stream()
            .filter(p -> p.text().startsWith("2、")).findFirst().orElseThrow()) + 1)).isInstanceOf(RawTable.class);
        assertThat(paragraphs).noneMatch(p -> p.text().equals("申请人情况"));
        assertThat(doc.published()).isNull();
    }

    @Test
    void distinctNumbersLandInTheirGridSlots() throws Exception {
        RawDocument doc = parse(DOCS.resolve("numbers.doc"));
        RawTable t = GridDump.tables(doc).get(0);

        assertThat(GridDump.of(t)).isEqualTo(Files.readString(DOCS.resolve("numbers.expected.txt")));
        assertThat(GridDump.paragraphs(doc)).extracting(RawParagraph::text).containsExactly(
            "测试局\n2023年政府信息公开工作年度报告", "一、总体情况", "全段加粗的段落。", "本年度主动公开各类信息48条。", "表后段落。");
        assertThat(GridDump.paragraphs(doc)).extracting(RawParagraph::bold)
            .containsExactly(true, true, true, false, false);
    }

    @Test
    void deletedTrackedChangeIsNotRead() throws Exception {
        // LibreOffice kept the docx's tracked change (47 deleted, 48 inserted) in this .doc
        List<RawParagraph> paragraphs = GridDump.paragraphs(parse(DOCS.resolve("trackchange.doc")));

        assertThat(paragraphs).anyMatch(p -> p.text().endsWith("各类信息48条。"));
        assertThat(paragraphs).noneMatch(p -> p.text().contains("4748"));
    }

    @Test
    void truncatedDocIsUnreadable() throws Exception {
        byte[] whole = Files.readAllBytes(SEED);
        for (int length : new int[] {600, whole.length / 2, whole.length - 513}) {
            assertProblem(Arrays.copyOf(whole, length), InputProblem.UNREADABLE);
        }
    }

    @Test
    void spreadsheetIsUnsupported() throws Exception {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook book = new HSSFWorkbook()) {
            book.createSheet("表1").createRow(0).createCell(0).setCellValue(5);
            book.write(xls);
        }
        assertProblem(xls.toByteArray(), InputProblem.UNSUPPORTED);
    }

    @Test
    void encryptedDocxInsideOle2IsEncrypted() throws Exception {
        byte[] docx = Files.readAllBytes(Path.of("src/test/resources/reports/samples/seed.docx"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            fs.writeFilesystem(out);
        }
        assertProblem(out.toByteArray(), InputProblem.ENCRYPTED);
    }

    @Test
    void passwordProtectedDocIsEncrypted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(
                Files.readAllBytes(DOCS.resolve("numbers.doc"))))) {
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            doc.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertProblem(out.toByteArray(), InputProblem.ENCRYPTED);
    }

    @Test
    void emptyAndGarbageInputs() throws IOException {
        assertProblem(new byte[0], InputProblem.EMPTY);
        assertProblem("not a word file".getBytes(java.nio.charset.StandardCharsets.UTF_8), InputProblem.UNREADABLE);
    }

    @Test
    void timePerDocument() throws Exception {
        for (Path path : new Path[] {SEED, DOCS.resolve("numbers.doc")}) {
            byte[] bytes = Files.readAllBytes(path);
            long[] nanos = new long[60];
            for (int i = 0; i < 30; i++) {
                parse(bytes);
            }
            for (int i = 0; i < nanos.length; i++) {
                long t0 = System.nanoTime();
                assertThat(GridDump.tables(parse(bytes))).isNotEmpty();
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            System.out.printf("DocParser %s: median %.2f ms over %d warm runs%n", path.getFileName(),
                nanos[nanos.length / 2] / 1e6, nanos.length);
        }
    }

    private static void assertSpan(RawCell cell, int row, int col, int rowSpan, int colSpan) {
        assertThat(cell).isNotNull();
        assertThat(List.of(cell.row(), cell.col(), cell.rowSpan(), cell.colSpan()))
            .containsExactly(row, col, rowSpan, colSpan);
    }

    private static void assertProblem(byte[] bytes, InputProblem expected) {
        assertThatThrownBy(() -> parse(bytes)).isInstanceOf(ReadFailure.class)
            .extracting(e -> ((ReadFailure) e).problem()).isEqualTo(expected);
    }
}
