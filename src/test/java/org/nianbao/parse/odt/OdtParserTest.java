package org.nianbao.parse.odt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.parse.GridDump;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.docx.DocxParser;

/**
 * The .odt reader on files LibreOffice made (see src/test/resources/documents/README.md) and on hostile ones made
 * here: the seed reads into the same paragraphs and grids as its .docx; spans, repeats, nested tables, text boxes,
 * tracked changes and skipped content on a structure file; every auto-numbering label as LibreOffice prints it;
 * and every guard of the .docx reader.
 */
class OdtParserTest {
    private static final Path ODT = Path.of("src/test/resources/documents/odt");
    private static final Path SAMPLES = Path.of("src/test/resources/reports/samples");
    private final OdtParser parser = new OdtParser();

    @ParameterizedTest
    @ValueSource(strings = {"seed-soffice.odt", "seed-soffice.fodt"})
    void seedReadsIntoTheSameParagraphsAndGridsAsItsDocx(String name) throws Exception {
        RawDocument docx = new DocxParser().parse(Files.readAllBytes(SAMPLES.resolve("seed.docx")),
                ReadLimits.DEFAULT);
        RawDocument odt = parse(ODT.resolve(name));
        assertThat(GridDump.tables(odt)).extracting(GridDump::of)
                .containsExactlyElementsOf(GridDump.tables(docx).stream().map(GridDump::of).toList());
        assertThat(GridDump.paragraphs(odt)).extracting(OdtParserTest::describe)
                .containsExactlyElementsOf(GridDump.paragraphs(docx).stream().map(OdtParserTest::describe).toList());
        assertThat(odt.blocks()).extracting(b -> b.getClass().getSimpleName())
                .containsExactlyElementsOf(docx.blocks().stream().map(b -> b.getClass().getSimpleName()).toList());
        RawCell cell = GridDump.tables(odt).get(1).at(7, 3);
        assertThat(List.of(cell.source().tableIndex(), cell.source().printedRow(), cell.source().printedColumn()))
                .containsExactly(2, 8, 4);
        assertThat(GridDump.paragraphs(odt).get(1).source().paragraph()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sources/structure.fodt", "structure-soffice.odt"})
    void structureOfTablesTextAndWhatIsNotRead(String name) throws Exception {
        RawDocument doc = parse(ODT.resolve(name));
        boolean flat = name.endsWith(".fodt");
        assertThat(GridDump.paragraphs(doc)).extracting(RawParagraph::text).containsExactly("结构测试",
                "甲   乙\t丙\n丁 戊", "全部加粗", "部分加粗", "节内段落", "正文继续完", "锚点段落之后", "文本框内容", "各类信息48条。",
                "表后段落");
        List<RawParagraph> paragraphs = GridDump.paragraphs(doc);
        assertThat(paragraphs.get(0).headingLevel()).isEqualTo(1);
        assertThat(paragraphs).extracting(RawParagraph::bold).containsExactly(true, false, true, false, false, false,
                false, false, false, false);
        List<RawTable> tables = GridDump.tables(doc);
        assertThat(tables).extracting(RawTable::nested).containsExactly(false, true);
        assertThat(tables).extracting(RawTable::index).containsExactly(1, 2);
        // the header rows, spans over covered cells, a repeated cell, two paragraphs, a tracked insertion, a break
        String repeatedRow = "[3,0 1x1] 重复行\n[3,1 1x1] 1\n[3,2 1x1] 2\n[3,3 1x1] 3\n";
        String last = flat ? "5" : "4";
        String list = flat ? "6" : "5";
        assertThat(GridDump.of(tables.get(0))).isEqualTo((flat ? "7x4\n" : "6x4\n")
                + "[0,0 2x1] 项目\n[0,1 1x3] 数量\n[1,1 1x1] 甲\n[1,2 1x1] 乙\n[1,3 1x1] 合计\n"
                + "[2,0 1x1] 第一段\\n第二段\n[2,1 1x1] 0\n[2,2 1x1] 0\n[2,3 1x1] 48\n"
                // LibreOffice lays a repeated row out once; the standard, and this reader, as often as it says
                + repeatedRow + (flat ? repeatedRow.replace("[3,", "[4,") : "")
                + "[" + last + ",0 1x1] 换\\n行\n[" + last + ",1 1x2] 外\n[" + last + ",3 1x1] 9\n"
                // an auto-numbered list in a cell: the numbers it prints are part of what the cell says
                + "[" + list + ",0 1x4] 1.属于国家秘密\\n2.其他法律行政法规禁止公开\n");
        assertThat(GridDump.of(tables.get(1))).isEqualTo("1x2\n[0,0 1x1] 内1\n[0,1 1x1] 内2\n");
        // the nested table follows its parent, then the paragraph after the table
        assertThat(doc.blocks().get(doc.blocks().indexOf(tables.get(1)) + 1)).isEqualTo(paragraphs.get(9));
    }

    @ParameterizedTest
    @CsvSource({"sources/numbering.fodt, sources/numbering.expected.txt",
        "numbering-soffice.odt, numbering-soffice.expected.txt"})
    void everyAutoNumberIsTheOneLibreOfficePrints(String name, String rendering) throws Exception {
        List<String> printed = new ArrayList<>();
        for (String line : Files.readString(ODT.resolve(rendering), StandardCharsets.UTF_8).split("\n")) {
            // LibreOffice prints a bullet where this reader gives no label; tabs and spaces part label and text
            String compact = line.replace("\uFEFF", "").replaceAll("\\s+", "").replaceFirst("^[•◦▪]", "");
            if (!compact.isEmpty()) {
                printed.add(compact);
            }
        }
        List<String> read = GridDump.paragraphs(parse(ODT.resolve(name))).stream()
                .map(p -> ((p.numberingLabel() == null ? "" : p.numberingLabel()) + p.text()).replaceAll("\\s+", ""))
                .toList();
        assertThat(read).hasSize(printed.size());
        assertThat(read).containsExactlyElementsOf(printed);
    }

    /** The .docx reader's heading fixture as LibreOffice's .odt: a style named 标题 1, a custom one at outline level 2. */
    @Test
    void headingLevelFromAChineseStyleNameOrAnOutlineLevel() throws Exception {
        List<RawParagraph> paragraphs = GridDump.paragraphs(parse(ODT.resolve("headings-soffice-chinese-style.odt")));
        assertThat(paragraphs).extracting(RawParagraph::text).containsExactly("一、总体情况", "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况", "正文部分加粗");
        assertThat(paragraphs).extracting(RawParagraph::headingLevel).containsExactly(1, 2, 0, 0);
        assertThat(paragraphs).extracting(RawParagraph::bold).containsExactly(true, false, true, false);
        // the style sets 16 pt for Western script only: Chinese prints at the document's Asian default
        assertThat(paragraphs.get(0).fontSize()).isEqualTo(10.5f);
    }

    @Test
    void edgeDocumentKeepsTheInsertionNotTheDeletionAndTheContentControlValue() throws Exception {
        RawDocument doc = parse(ODT.resolve("edge-soffice.odt"));
        String tracked = GridDump.paragraphs(doc).stream().map(RawParagraph::text).filter(t -> t.contains("各类信息"))
                .findFirst().orElseThrow();
        assertThat(tracked).contains("各类信息48条").doesNotContain("47");
        RawTable applications = GridDump.tables(doc).get(1);
        assertThat(applications.at(3, 0).text()).startsWith("一、本年新收");
        assertThat(applications.at(3, 3).text()).isEqualTo("5");
        assertThat(applications.cells()).hasSize(215);
    }

    @Test
    void passwordProtectedFileIsEncrypted() {
        assertProblem(read(ODT.resolve("encrypted-soffice.odt")), ReadLimits.DEFAULT, InputProblem.ENCRYPTED);
    }

    @Test
    void brokenFilesAreUnreadableOrUnsupported() throws Exception {
        byte[] seed = read(ODT.resolve("seed-soffice.odt"));
        assertProblem(Arrays.copyOf(seed, seed.length / 2), ReadLimits.DEFAULT, InputProblem.UNREADABLE);
        assertProblem(new byte[0], ReadLimits.DEFAULT, InputProblem.EMPTY);
        assertProblem(odt(List.of("mimetype", "styles.xml"), List.of(TEXT_TYPE, "<x/>")), ReadLimits.DEFAULT,
                InputProblem.UNREADABLE);
        assertProblem(odt(List.of("mimetype", "content.xml"), List.of("application/vnd.oasis.opendocument.spreadsheet",
                content(""))), ReadLimits.DEFAULT, InputProblem.UNSUPPORTED);
        ReadFailure twice = failure(odt(List.of("mimetype", "content.xml", "content.xml"), List.of(TEXT_TYPE,
                content("<text:p>一</text:p>"), content("<text:p>二</text:p>"))), ReadLimits.DEFAULT);
        assertThat(twice.problem()).isEqualTo(InputProblem.UNREADABLE);
        assertThat(twice.getMessage()).contains("two entries named content.xml");
        ReadFailure unclosed = failure(body("<text:p>未闭合"), ReadLimits.DEFAULT);
        assertThat(unclosed.problem()).isEqualTo(InputProblem.UNREADABLE);
        assertThat(unclosed.getMessage()).startsWith("not a readable .odt: content.xml at line 1");
        byte[] latin = (content("<text:p>\u00e9</text:p>")).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(failure(latin, ReadLimits.DEFAULT).getMessage()).contains("not UTF-8");
        assertThat(failure(flat("<office:spreadsheet/>"), ReadLimits.DEFAULT).problem())
                .isEqualTo(InputProblem.UNSUPPORTED);
    }

    @Test
    void documentTypeDeclarationsAndDeepNestingAreRefused() {
        String laughs = "<!DOCTYPE office:document-content [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>";
        ReadFailure dtd = failure(odt(List.of("mimetype", "content.xml"), List.of(TEXT_TYPE,
                content("<text:p>&b;</text:p>").replace("<office:document-content", laughs + "<office:document-content"))),
                ReadLimits.DEFAULT);
        assertThat(dtd.problem()).isEqualTo(InputProblem.UNREADABLE);
        assertThat(dtd.getMessage()).contains("DTD");
        ReadFailure deep = failure(body("<text:section>".repeat(300) + "<text:p>深</text:p>"
                + "</text:section>".repeat(300)), ReadLimits.DEFAULT);
        assertThat(deep.problem()).isEqualTo(InputProblem.UNREADABLE);
        assertThat(deep.getMessage()).contains("nested deeper than 256");
    }

    @Test
    void repeatsSpansAndSizesAreBoundedByTheLimits() {
        ReadLimits d = ReadLimits.DEFAULT;
        String row = "<table:table-row table:number-rows-repeated=\"1000000000\"><table:table-cell><text:p>1</text:p>"
                + "</table:table-cell></table:table-row>";
        assertThat(failure(body("<table:table>" + row + "</table:table>"), d).getMessage()).contains("--max-cells");
        String wide = "<table:table><table:table-row><table:table-cell table:number-columns-repeated=\"2000000000\">"
                + "<text:p>1</text:p></table:table-cell></table:table-row></table:table>";
        assertThat(failure(body(wide), d).getMessage()).contains("--max-cells");
        String columns = "<table:table><table:table-column table:number-columns-repeated=\"99999999999\"/></table:table>";
        assertThat(failure(body(columns), d).getMessage()).contains("--max-cells");
        String emptyRows = "<table:table><table:table-row table:number-rows-repeated=\"2000000000\"/></table:table>";
        assertThat(failure(body(emptyRows), d).getMessage()).contains("--max-cells");
        assertThat(failure(body("<text:p>一<text:s text:c=\"2000000000\"/></text:p>"), d).getMessage())
                .contains("--max-text");
        byte[] seed = read(ODT.resolve("seed-soffice.odt"));
        assertThat(failure(seed, new ReadLimits(d.maxBytes(), d.maxPages(), 100, d.maxTextChars())).getMessage())
                .contains("--max-cells");
        assertThat(failure(seed, new ReadLimits(d.maxBytes(), d.maxPages(), d.maxTableCells(), 500)).getMessage())
                .contains("--max-text");
        assertProblem(seed, new ReadLimits(1000, d.maxPages(), d.maxTableCells(), d.maxTextChars()),
                InputProblem.TOO_LARGE);
    }

    @Test
    void zipBombsAndManyEntriesAreTooLarge() {
        // 120 MB of spaces inside a paragraph, deflated to about 120 KB: past the unzip limit of 2 × 50 MB + 16 MB
        ReadFailure bomb = failure(spaceBomb(120), ReadLimits.DEFAULT);
        assertThat(bomb.problem()).isEqualTo(InputProblem.TOO_LARGE);
        assertThat(bomb.getMessage()).contains("bytes unzipped");
        List<String> names = new ArrayList<>(List.of("mimetype", "content.xml"));
        List<String> data = new ArrayList<>(List.of(TEXT_TYPE, content("<text:p>一</text:p>")));
        for (int i = 0; i < 1001; i++) {
            names.add("Pictures/" + i + ".png");
            data.add("");
        }
        assertThat(failure(odt(names, data), ReadLimits.DEFAULT).getMessage()).contains("zip entries");
    }

    @Test
    void overlappingSpansLeaveEverySlotToOneCell() throws Exception {
        // a span of 3 over cells that are not covered, and a row span running past the table's end
        String table = "<table:table><table:table-row><table:table-cell table:number-columns-spanned=\"3\" "
                + "table:number-rows-spanned=\"99\"><text:p>宽</text:p></table:table-cell><table:table-cell>"
                + "<text:p>挤</text:p></table:table-cell><table:table-cell><text:p>再挤</text:p></table:table-cell>"
                + "</table:table-row><table:table-row><table:table-cell><text:p>下</text:p></table:table-cell>"
                + "</table:table-row></table:table>";
        RawTable t = GridDump.tables(parser.parse(body(table), ReadLimits.DEFAULT)).get(0);
        assertThat(GridDump.of(t)).isEqualTo("2x3\n[0,0 1x1] 宽\n[0,1 1x1] 挤\n[0,2 1x1] 再挤\n[1,0 1x1] 下\n");
    }

    @Test
    void formatIsToldByContent() {
        assertThat(org.nianbao.parse.FormatSniffer.detect(read(ODT.resolve("seed-soffice.odt"))))
                .isEqualTo(org.nianbao.parse.InputFormat.ODT);
        assertThat(org.nianbao.parse.FormatSniffer.detect(read(ODT.resolve("seed-soffice.fodt"))))
                .isEqualTo(org.nianbao.parse.InputFormat.ODT);
        assertThat(org.nianbao.parse.FormatSniffer.detect(read(ODT.resolve("report2021-pandoc.odt"))))
                .isEqualTo(org.nianbao.parse.InputFormat.ODT);
        // zipped again by hand: no stored mimetype first, yet the parts of a package
        assertThat(org.nianbao.parse.FormatSniffer.detect(zip(List.of("content.xml", "META-INF/manifest.xml",
                "mimetype"), List.of(content(""), "<m/>", TEXT_TYPE), false))).isEqualTo(org.nianbao.parse.InputFormat.ODT);
        assertThat(org.nianbao.parse.FormatSniffer.detect(odt(List.of("mimetype", "content.xml"),
                List.of("application/vnd.oasis.opendocument.spreadsheet", content("")))))
                .isEqualTo(org.nianbao.parse.InputFormat.UNKNOWN);
        assertThat(org.nianbao.parse.FormatSniffer.detect(read(SAMPLES.resolve("seed.docx"))))
                .isEqualTo(org.nianbao.parse.InputFormat.DOCX);
    }

    private static final String TEXT_TYPE = "application/vnd.oasis.opendocument.text";
    private static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"";

    private static String content(String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + NAMESPACES
                + "><office:body><office:text>" + text + "</office:text></office:body></office:document-content>";
    }

    private static byte[] flat(String body) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document" + NAMESPACES + " office:mimetype=\""
                + TEXT_TYPE + "\"><office:body>" + body + "</office:body></office:document>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A package whose body is the given text content. */
    private static byte[] body(String text) {
        return odt(List.of("mimetype", "content.xml"), List.of(TEXT_TYPE, content(text)));
    }

    private static byte[] odt(List<String> names, List<String> data) {
        return zip(names, data, true);
    }

    /** A zip of the entries in order, the first stored as OpenDocument wants its mimetype; duplicates allowed. */
    private static byte[] zip(List<String> names, List<String> data, boolean storeFirst) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                byte[] bytes = data.get(i).getBytes(StandardCharsets.UTF_8);
                String name = names.get(i);
                // ZipOutputStream refuses a repeated name: write it with its last letter upper case, then lower it
                ZipEntry e = new ZipEntry(names.subList(0, i).contains(name)
                        ? name.substring(0, name.length() - 1) + name.substring(name.length() - 1).toUpperCase() : name);
                if (i == 0 && storeFirst) {
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(bytes.length);
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(bytes);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new String(out.toByteArray(), StandardCharsets.ISO_8859_1).replace("content.xmL", "content.xml")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A package whose content.xml holds {@code megabytes} MB of spaces in one paragraph, written a chunk at a time. */
    private static byte[] spaceBomb(int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] halves = content("<text:p>|</text:p>").split("\\|");
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(halves[0].getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
            zip.write(halves[1].getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String describe(RawParagraph p) {
        return p.text() + "|" + p.numberingLabel() + "|" + p.headingLevel() + "|" + p.bold();
    }

    private RawDocument parse(Path file) throws IOException, ReadFailure {
        return parser.parse(Files.readAllBytes(file), ReadLimits.DEFAULT);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ReadFailure failure(byte[] content, ReadLimits limits) {
        try {
            parser.parse(content, limits);
        } catch (ReadFailure e) {
            return e;
        }
        throw new AssertionError("read without a failure");
    }

    private void assertProblem(byte[] content, ReadLimits limits, InputProblem problem) {
        assertThatThrownBy(() -> parser.parse(content, limits)).isInstanceOf(ReadFailure.class)
                .satisfies(e -> assertThat(((ReadFailure) e).problem()).as(e.getMessage()).isEqualTo(problem));
    }
}
