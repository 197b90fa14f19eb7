package org.nianbao.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One synthetic report as every renderer sees it: metadata, sections in order, the three tables (rows in printed
 * order, each a column → value map; a value is a Long, a BigDecimal, a String as written, or null for blank), and
 * the defects seeded into it with the rule ids they must trigger. Mutable while defects are applied.
 */
final class GeneratedReport {
    /** A section: its id, heading as printed and its paragraphs (sub-headings are paragraphs too). */
    record Section(String id, String heading, List<String> paragraphs) {
    }

    final Agency agency;
    final int year;
    final boolean format2019;
    String title;
    boolean titleOnTwoLines;
    /** Whether the multi-row headers are marked to repeat on each page (Word's 重复标题行). */
    boolean repeatHeaders;
    /** Label columns printed narrow, so long row labels wrap over several lines. */
    boolean narrowLabels;
    /**
     * The 2019 第二十条 table drawn on a finer grid whose header and body cells span differently: a header of 1 + 2
     * columns over body cells of 2 + 1, as Word makes of rows with different cell edges.
     */
    boolean misalignedSpans;
    /** 三、本年度办理结果 printed twice down its column (two merged cells with the same label), as some tables do. */
    boolean splitResultsLabel;
    /** Labels printed other than the standard wording (a typo, a label broken one character per line), by standard label. */
    final Map<String, String> printedLabels = new LinkedHashMap<>();
    /** The format a JSON submission declares when the tables alone do not say it (a hybrid); null: from format2019. */
    String declaredFormat;
    String preamble;
    LocalDate periodStart;
    LocalDate periodEnd;
    String periodSentence;
    /** The signature date and how it is written; both null for a report without a signature date. */
    LocalDate issued;
    String issuedText;
    LocalDate published;
    final List<Section> sections = new ArrayList<>();
    final Map<String, LinkedHashMap<String, LinkedHashMap<String, Object>>> tables = new LinkedHashMap<>();
    final List<String> defects = new ArrayList<>();
    final TreeSet<String> expectedErrors = new TreeSet<>();
    final TreeSet<String> expectedWarnings = new TreeSet<>();

    GeneratedReport(Agency agency, int year, boolean format2019) {
        this.agency = agency;
        this.year = year;
        this.format2019 = format2019;
    }

    LinkedHashMap<String, LinkedHashMap<String, Object>> table(String id) {
        return tables.get(id);
    }

    Section section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    String formatVersion() {
        if (declaredFormat != null) {
            return declaredFormat;
        }
        return format2019 ? "2019" : "2021";
    }

    /** A label as this report prints it: its own wording where it has one, else the standard one. */
    String printed(String standardLabel) {
        return printedLabels.getOrDefault(standardLabel, standardLabel);
    }

    /** The signature lines under the report: the body, then the date when there is one. */
    List<String> signatureLines() {
        return issuedText == null ? List.of(agency.name()) : List.of(agency.name(), issuedText);
    }

    /** A paragraph that is a sub-heading: （一）主动公开 on its own line, not a paragraph that merely opens with one. */
    static boolean isSubHeading(String paragraph) {
        return paragraph.startsWith("（") && !paragraph.contains("。") && paragraph.length() <= 40;
    }

    /** How a cell value is printed in a document. */
    static String print(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }
}
