package org.nianbao.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CellValue;
import org.nianbao.model.LabelNote;
import org.nianbao.model.Location;
import org.nianbao.model.OcrReading;
import org.nianbao.model.StandardLayouts;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;

/**
 * Rows and columns are matched by their place and their words together: a slip no label matcher accepts is placed
 * between its confidently matched neighbours when its words are alike enough, and never otherwise.
 */
class RowAlignmentTest {
    private static final List<String> APPLICANTS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构",
            "其他", "总计");

    @Test
    void aSlipBetweenItsNeighboursIsPlacedAndNoted() {
        Table t = read(labels(row -> row.equals("denied.lawProhibited") ? "2.其他法律行政止公开" : null), APPLICANTS);
        assertThat(t.rowIds()).hasSize(25);
        assertThat(t.unrecognizedRows()).isEmpty();
        assertThat(t.cell("denied.lawProhibited", "total").orElseThrow().value()).isEqualTo(CellValue.number(56));
        assertThat(t.labelNotes()).extracting(LabelNote::row, LabelNote::written)
                .containsExactly(tuple("denied.lawProhibited", "2.其他法律行政止公开"));
    }

    @Test
    void aRowThatIsAbsentStaysAbsentAndAnUnknownRowIsNotPutInItsPlace() {
        // 2.重复申请 left out, and in its place a row whose words are not its own
        Table t = read(labels(row -> row.equals("notProcessed.duplicate") ? "2.其他情形说明" : null), APPLICANTS);
        assertThat(t.hasRow("notProcessed.duplicate")).isFalse();
        assertThat(t.unrecognizedRows()).containsExactly("2.其他情形说明");
    }

    @Test
    void likeWordsOutOfPlaceAreNotPlaced() {
        // the slip of 2.其他法律行政法规禁止公开 written after 3.危及…, where its slot is already behind it
        List<String[]> rows = labels(row -> null);
        String[] slip = rows.remove(index(rows, "denied.lawProhibited"));
        slip[0] = "2.其他法律行政止公开";
        rows.add(index(rows, "denied.thirdPartyRights"), slip);
        Table t = read(rows, APPLICANTS);
        assertThat(t.hasRow("denied.lawProhibited")).isFalse();
        assertThat(t.unrecognizedRows()).containsExactly("2.其他法律行政止公开");
    }

    @Test
    void twoSlipsNeverTakeOneSlotAndATieIsNotSettledByGuessing() {
        // two rows in the gap of one missing row: the more alike takes it, the other stays unrecognised
        List<String[]> rows = labels(row -> row.equals("denied.lawProhibited") ? "2.其他法律行政止公开" : null);
        String[] other = rows.get(index(rows, "denied.lawProhibited")).clone();
        other[0] = "2.其他法律止公开";
        rows.add(index(rows, "denied.lawProhibited") + 1, other);
        Table t = read(rows, APPLICANTS);
        assertThat(t.writtenRowLabel("denied.lawProhibited")).contains("2.其他法律行政止公开");
        assertThat(t.unrecognizedRows()).containsExactly("2.其他法律止公开");
        // the same slip twice is a tie: neither is placed
        other[0] = "2.其他法律行政止公开";
        Table tie = read(rows, APPLICANTS);
        assertThat(tie.hasRow("denied.lawProhibited")).isFalse();
        assertThat(tie.unrecognizedRows()).containsExactly("2.其他法律行政止公开", "2.其他法律行政止公开");
    }

    @Test
    void aColumnHeaderSlipIsPlacedByPositionToo() {
        List<String> heads = new ArrayList<>(APPLICANTS);
        heads.set(2, "科研单位");
        Table t = read(labels(row -> null), heads);
        assertThat(t.cell("granted", "research").orElseThrow().value()).isEqualTo(CellValue.number(22));
        assertThat(t.labelNotes()).extracting(LabelNote::column, LabelNote::written)
                .containsExactly(tuple("research", "科研单位"));
    }

    @Test
    void aGroupsOwnLineIsACaptionOrASubtotalNotARow() {
        List<String[]> rows = labels(row -> null);
        rows.add(index(rows, "granted"), new String[] {"三、本年度办理结果", null});
        // （六）其他处理 on a line of its own with numbers, above its three 2021 sub-rows
        rows.add(index(rows, "otherHandling.overdueCorrection"), new String[] {"（六）其他处理", "otherHandling"});
        rows.add(new String[] {"注：本表数据截至12月31日", null});
        Table t = read(rows, APPLICANTS);
        assertThat(t.hasRow("otherHandling")).isFalse();
        assertThat(t.rowIds()).hasSize(25);
        assertThat(t.unrecognizedRows()).containsExactly("（六）其他处理");
    }

    @Test
    void everyRowWithAThirdOfItsWordsLostIsStillReadAndAnUnrelatedLabelNever() {
        int placed = 0;
        for (org.nianbao.model.RowSpec spec : StandardLayouts.APPLICATIONS_2021.rows()) {
            String body = TextNormalizer.withoutOrdinal(spec.label().zh());
            if (body.length() < 4) {
                continue;
            }
            StringBuilder slip = new StringBuilder();
            for (int i = 0; i < body.length(); i++) {
                if (i % 3 != 1) {
                    slip.append(body.charAt(i));
                }
            }
            Table t = read(labels(row -> row.equals(spec.id()) ? slip.toString() : null), APPLICANTS);
            assertThat(t.rowIds()).as(slip.toString()).hasSize(25);
            assertThat(t.unrecognizedRows()).as(slip.toString()).isEmpty();
            int slot = StandardLayouts.APPLICATIONS_2021.rows().indexOf(spec);
            assertThat(t.cell(spec.id(), "naturalPerson").orElseThrow().value()).as(slip.toString())
                    .isEqualTo(CellValue.number(slot * 10L));
            placed++;

            Table unrelated = read(labels(row -> row.equals(spec.id()) ? "备注：本表数据截至年底" : null), APPLICANTS);
            assertThat(unrelated.hasRow(spec.id())).as(spec.id()).isFalse();
            assertThat(unrelated.unrecognizedRows()).containsExactly("备注：本表数据截至年底");
        }
        assertThat(placed).isGreaterThan(20);
    }

    @Test
    void alignmentKeepsOnlyPairsEveryBestAlignmentHas() {
        // items 0 and 2 are anchors at slots 0 and 3; item 1 may take slot 1 or 2, equally alike: a tie
        int[] tie = SequenceAlignment.fill(new int[] {0, -1, 3}, new boolean[] {false, true, false}, Set.of(), -1, 4,
                (item, slot) -> 0.8);
        assertThat(tie).containsExactly(0, -1, 3);
        int[] clear = SequenceAlignment.fill(new int[] {0, -1, 3}, new boolean[] {false, true, false}, Set.of(), -1,
                4, (item, slot) -> slot == 2 ? 0.8 : 0.5);
        assertThat(clear).containsExactly(0, 2, 3);
        int[] unlike = SequenceAlignment.fill(new int[] {0, -1, 3}, new boolean[] {false, true, false}, Set.of(), -1,
                4, (item, slot) -> 0.3);
        assertThat(unlike).containsExactly(0, -1, 3);
    }

    /** What OCR may make of a label it cannot read: nothing alike the standard's words. */
    private static final String UNREADABLE = "乙.寸他汰伟亍玫";

    @Test
    void onAScanALabelOcrCouldNotReadIsPlacedByItsPositionBetweenItsNeighbours() {
        List<String[]> rows = labels(row -> row.equals("denied.lawProhibited") ? UNREADABLE : null);
        Table scan = read(rows, APPLICANTS, true);
        assertThat(scan.rowIds()).hasSize(25);
        assertThat(scan.unrecognizedRows()).isEmpty();
        assertThat(scan.cell("denied.lawProhibited", "total").orElseThrow().value()).isEqualTo(CellValue.number(56));
        assertThat(scan.labelNotes()).extracting(LabelNote::row, LabelNote::written)
                .containsExactly(tuple("denied.lawProhibited", UNREADABLE));
        // two such rows side by side between their neighbours, with two free slots: both, in order
        Table two = read(labels(row -> row.startsWith("denied.lawProhibited") || row.equals("denied.securityStability")
                ? UNREADABLE : null), APPLICANTS, true);
        assertThat(two.cell("denied.securityStability", "total").orElseThrow().value())
                .isEqualTo(CellValue.number(66));
        assertThat(two.unrecognizedRows()).isEmpty();
        // from a text layer the same label is words that are not the row's: never placed by position
        Table text = read(rows, APPLICANTS, false);
        assertThat(text.hasRow("denied.lawProhibited")).isFalse();
        assertThat(text.unrecognizedRows()).containsExactly(UNREADABLE);
    }

    @Test
    void onAScanNothingIsPlacedByPositionWhereTheRowsDoNotHaveTheStandardShape() {
        // a row lost and its neighbour unreadable: one label for two free slots
        List<String[]> lost = labels(row -> row.equals("denied.securityStability") ? UNREADABLE : null);
        lost.remove(index(lost, "denied.lawProhibited"));
        Table gap = read(lost, APPLICANTS, true);
        assertThat(gap.hasRow("denied.lawProhibited")).isFalse();
        assertThat(gap.hasRow("denied.securityStability")).isFalse();
        assertThat(gap.unrecognizedRows()).containsExactly(UNREADABLE);
        // an unreadable row and an extra line: two labels for one slot
        List<String[]> extra = labels(row -> row.equals("denied.lawProhibited") ? UNREADABLE : null);
        extra.add(index(extra, "denied.lawProhibited") + 1, new String[] {"丙丁戊己", "denied.lawProhibited"});
        Table crowded = read(extra, APPLICANTS, true);
        assertThat(crowded.hasRow("denied.lawProhibited")).isFalse();
        assertThat(crowded.unrecognizedRows()).containsExactly(UNREADABLE, "丙丁戊己");
        // the last row has no neighbour below it: not placed
        Table end = read(labels(row -> row.equals("carriedForward") ? UNREADABLE : null), APPLICANTS, true);
        assertThat(end.hasRow("carriedForward")).isFalse();
    }

    @Test
    void onAScanTheOtherFormatsRowsAreNoFreeSlots() {
        // （六）其他处理 written whole (as 2019 and many 2021 reports print it), then （七）总计 unreadable: between
        // them and 四、结转… only （七） is free, the 2021 split of （六） being the same figures written otherwise
        List<String[]> rows = labels(row -> row.equals("totalProcessed") ? UNREADABLE : null);
        int split = index(rows, "otherHandling.overdueCorrection");
        rows.removeIf(r -> r[1].startsWith("otherHandling."));
        rows.add(split, new String[] {"（六）其他处理", "otherHandling"});
        Table scan = read(rows, APPLICANTS, true);
        int slot = StandardLayouts.APPLICATIONS_2021.rows().stream().map(r -> r.id()).toList()
                .indexOf("totalProcessed");
        assertThat(scan.cell("totalProcessed", "total").orElseThrow().value()).isEqualTo(CellValue.number(slot * 10L
                + 6));
        assertThat(scan.unrecognizedRows()).isEmpty();
        // with the split rows written, the whole row is no free slot for an unreadable label among them
        List<String[]> split2021 = labels(row -> row.equals("otherHandling.overdueFee") ? UNREADABLE : null);
        Table parts = read(split2021, APPLICANTS, true);
        assertThat(parts.hasRow("otherHandling.overdueFee")).isTrue();
        assertThat(parts.hasRow("otherHandling")).isFalse();
    }

    @Test
    void onAScanAColumnHeadingOcrCouldNotReadIsPlacedByPositionToo() {
        List<String> heads = new ArrayList<>(APPLICANTS);
        heads.set(2, "禾十木几");
        Table scan = read(labels(row -> null), heads, true);
        assertThat(scan.cell("granted", "research").orElseThrow().value()).isEqualTo(CellValue.number(22));
        Table text = read(labels(row -> null), heads, false);
        assertThat(text.cell("granted", "research")).isEmpty();
    }

    @Test
    void onAScanAColumnAtAnEndIsPlacedOnlyWhereTheGridForcesIt() {
        Table clean = read(labels(row -> null), APPLICANTS);
        // seven headings over seven value columns, six named in their own places: the last is the total
        List<String> heads = new ArrayList<>(APPLICANTS);
        heads.set(6, "3.");
        Table scan = read(labels(row -> null), heads, true);
        assertThat(scan.cell("granted", "total").orElseThrow().value())
                .isEqualTo(clean.cell("granted", "total").orElseThrow().value());
        assertThat(scan.labelNotes()).extracting(LabelNote::column, LabelNote::written)
                .containsExactly(tuple("total", "3."));
        assertThat(read(labels(row -> null), heads, false).cell("granted", "total")).isEmpty();
        // the first one likewise
        List<String> first = new ArrayList<>(APPLICANTS);
        first.set(0, "乙丙");
        assertThat(read(labels(row -> null), first, true).cell("granted", "naturalPerson").orElseThrow().value())
                .isEqualTo(clean.cell("granted", "naturalPerson").orElseThrow().value());
        // a standard column absent (科研机构) and the last heading unreadable: the named ones are out of their own
        // places, so nothing is forced
        List<String> absent = new ArrayList<>(APPLICANTS);
        absent.remove("科研机构");
        absent.set(5, "3.");
        Table gap = read(labels(row -> null), absent, true);
        assertThat(gap.cell("granted", "total")).isEmpty();
        assertThat(gap.cell("granted", "research")).isEmpty();
        // two headings unreadable at the end: two guesses, none made
        List<String> two = new ArrayList<>(APPLICANTS);
        two.set(5, "乙丙");
        two.set(6, "3.");
        Table both = read(labels(row -> null), two, true);
        assertThat(both.cell("granted", "otherOrg")).isEmpty();
        assertThat(both.cell("granted", "total")).isEmpty();
    }

    @Test
    void likenessCountsWordsInOrder() {
        assertThat(LabelSimilarity.of("2.其他法律行政止公开", "2.其他法律行政法规禁止公开")).isEqualTo(0.75);
        assertThat(LabelSimilarity.of("科研单位", "科研机构")).isEqualTo(0.5);
        assertThat(LabelSimilarity.of("法人或其他组织", "其他")).isLessThan(LabelSimilarity.ENOUGH);
        assertThat(LabelSimilarity.of("1.", "1.属于国家秘密")).isZero();
    }

    private static int index(List<String[]> rows, String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (id.equals(rows.get(i)[1])) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    /** The 2021 rows as {label as written, row id}, with the labels the function gives replacing the standard. */
    private static List<String[]> labels(java.util.function.Function<String, String> written) {
        List<String[]> rows = new ArrayList<>();
        StandardLayouts.APPLICATIONS_2021.rows().forEach(r -> {
            String w = written.apply(r.id());
            rows.add(new String[] {w != null ? w : r.label().zh(), r.id()});
        });
        return rows;
    }

    /** A flat table: one header row, then one label cell and seven values per row (value = slot × 10 + column). */
    private static Table read(List<String[]> rows, List<String> heads) {
        return read(rows, heads, false);
    }

    /** The same, its cells read from a scan by OCR when {@code scanned}. */
    private static Table read(List<String[]> rows, List<String> heads, boolean scanned) {
        List<RawCell> cells = new ArrayList<>();
        cells.add(cell(0, 0, ""));
        for (int c = 0; c < heads.size(); c++) {
            cells.add(cell(0, c + 1, heads.get(c)));
        }
        List<String> order = StandardLayouts.APPLICATIONS_2021.rows().stream().map(r -> r.id()).toList();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r)[0].startsWith("注")) {
                cells.add(new RawCell(r + 1, 0, 1, 8, rows.get(r)[0], Location.NONE));
                continue;
            }
            cells.add(cell(r + 1, 0, rows.get(r)[0]));
            int slot = order.indexOf(rows.get(r)[1]);
            for (int c = 0; c < 7; c++) {
                cells.add(cell(r + 1, c + 1, rows.get(r)[1] == null ? "" : Integer.toString(slot * 10 + c)));
            }
        }
        if (scanned) {
            cells.replaceAll(c -> new RawCell(c.row(), c.col(), c.rowSpan(), c.colSpan(), c.text(), c.source(),
                    new OcrReading(c.text(), 95, List.of(c.text()), false, null, null)));
        }
        RawTable raw = new RawTable(1, rows.size() + 1, 8, cells, false, Location.NONE);
        Table table = new Table(TableId.APPLICATIONS, Location.NONE);
        new ApplicationsTableReader().read(raw, table, null);
        return table;
    }

    private static RawCell cell(int row, int col, String text) {
        return new RawCell(row, col, 1, 1, text, Location.tableCell(null, 1, row + 1, col + 1));
    }
}
