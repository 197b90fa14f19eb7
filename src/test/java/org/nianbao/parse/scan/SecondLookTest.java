package org.nianbao.parse.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nianbao.model.OcrReading;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadLimits;

/**
 * Number cells the first look left unsure though the engine read them right are made sure by a second look when
 * the digits model reads the same number from every preparation of the cell's image, and stay unsure when the
 * evidence is short. The image is the first article-20 table of 淮安's 2024 report as scanned at 200 dpi grey
 * (src/test/resources/scan/huaian-200g-page3-table.png: bench/ocr.sh --real --recipes 200g --only huaian, part of
 * page 3 of huaian.200g.pdf as scanned, cut out by PageCropMain; see SOURCES.md there). There the
 * Chinese model reads 26 as 20 and 66 as 600; the digits model reads 26 and 66 at every size, in grey and in black and
 * white.
 */
class SecondLookTest {
    @Test
    void numbersTheDigitsModelReadsFromEveryPreparationAreSure() throws Exception {
        ScanReader reader = new ScanReader();
        Assumptions.assumeTrue(reader.missing() == null, () -> "OCR is not installed here: " + reader.missing());
        byte[] png = Files.readAllBytes(Path.of("src/test/resources/scan/huaian-200g-page3-table.png"));
        List<RawBlock> blocks = reader.readImage(InputFormat.PNG, png, ReadLimits.DEFAULT).blocks();
        RawTable table = blocks.stream().filter(RawTable.class::isInstance).map(RawTable.class::cast).findFirst()
                .orElseThrow();
        assertThat(reading(table, "26").unsure()).as("26: %s", reading(table, "26")).isFalse();
        assertThat(reading(table, "66").unsure()).as("66: %s", reading(table, "66")).isFalse();
        // what no reading of either model makes a well-formed number of stays unsure, the cell unread
        assertThat(table.cells().stream().map(RawCell::ocr).filter(r -> r != null && !r.unsure())
                .map(OcrReading::seen)).doesNotContain("]", "20", "600");
    }

    /**
     * The digits model can misread one cell alike in two preparations (a 0 read as 4 at two sizes, 25 read as 29:
     * 淮安 and gen-21-00 on the sweep), so two of its readings agreeing, or three with the fourth dissenting, are not
     * enough; nor is its unanimous reading when the ink counts another number of digits.
     */
    @Test
    void partOfOneModelsReadingsAgreeingIsNotEnough() {
        CellInk.Shape one = new CellInk.Shape(1, false, false);
        assertThat(NumberReading.decide(read("4", 97), "0", null, one, List.of(digits("SMALL_GREY", "4", 95),
                digits("MEDIUM_GREY", "0", 94), digits("SMALL_BLACK_WHITE", "", 0), chinese("0", 57))).unsure()).isTrue();
        CellInk.Shape two = new CellInk.Shape(2, false, false);
        assertThat(NumberReading.decide(read("25", 99), "295", null, two, List.of(digits("SMALL_GREY", "29", 99),
                digits("MEDIUM_GREY", "29", 96), digits("SMALL_BLACK_WHITE", "25", 99), chinese("25", 58))).unsure()).isTrue();
        assertThat(NumberReading.decide(read("26", 99), "20", null, two, List.of(digits("SMALL_GREY", "26", 99),
                digits("MEDIUM_GREY", "26", 99), digits("SMALL_BLACK_WHITE", "26", 99), chinese("20", 89))).unsure()).isFalse();
        CellInk.Shape three = new CellInk.Shape(3, false, false);
        OcrReading short1 = NumberReading.decide(read("26", 99), "26", null, three, List.of(digits("SMALL_GREY", "26",
                99), digits("MEDIUM_GREY", "26", 99), digits("SMALL_BLACK_WHITE", "26", 99), chinese("26", 89)));
        assertThat(short1.unsure()).isTrue();
        assertThat(short1.alternatives()).contains("126", "261");
    }

    private static List<Hocr.Glyph> read(String text, double confidence) {
        return text.chars().mapToObj(ch -> new Hocr.Glyph(String.valueOf((char) ch), confidence,
                List.of(String.valueOf((char) ch)))).toList();
    }

    private static NumberReading.Witness digits(String source, String text, double confidence) {
        return new NumberReading.Witness(source, true, text, confidence);
    }

    private static NumberReading.Witness chinese(String text, double confidence) {
        return new NumberReading.Witness("CHINESE_BLACK_WHITE", false, text, confidence);
    }

    private static OcrReading reading(RawTable table, String value) {
        return table.cells().stream().map(RawCell::ocr).filter(r -> r != null && r.alternatives().contains(value))
                .findFirst().orElseThrow(() -> new AssertionError("no cell reads " + value + ": " + table.cells()));
    }
}
