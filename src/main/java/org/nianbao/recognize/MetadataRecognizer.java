package org.nianbao.recognize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Period;
import org.nianbao.model.Report;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawParagraph;

/**
 * Reads the report's metadata from its paragraphs: the title (also over two lines), the agency and year from it,
 * the statistics period sentence, the signature (落款) date and the signatory above it. What is not found stays
 * null.
 */
final class MetadataRecognizer {
    private static final int MAX_TITLE_CHARS = 60;
    private static final int SIGNATURE_SCAN = 6;
    private static final String YEAR = "((?:19|20)\\d{2}|[〇○零一二三四五六七八九]{4})";
    private static final Pattern AGENCY_FIRST = Pattern.compile("^(.+?)" + YEAR + "年度?(?:政府信息公开|政务公开|信息公开)");
    private static final Pattern YEAR_FIRST = Pattern.compile("^" + YEAR + "年度?(.+?)(?:政府信息公开|政务公开)");
    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日起?"
            + "(?:至|到|—|-|～|~)(?:((?:19|20)\\d{2})年)?(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern PERIOD_WORDS = Pattern.compile("统计|期限|时限|期间");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?：:]$");

    /**
     * Fills title, agency, year, period, issued and signatory.
     *
     * @param firstHeading block index of the first section heading (the title and period precede it), or the
     *                     number of blocks when there is none
     * @return the block indexes of the signature paragraphs, which are not part of any section's text
     */
    Set<Integer> read(List<RawBlock> blocks, int firstHeading, Report report) {
        readTitle(blocks, firstHeading, report);
        readPeriod(blocks, report);
        Set<Integer> signature = readSignature(blocks, report);
        if (report.year() == null && report.period() != null && report.period().start() != null) {
            report.year(report.period().start().getYear());
        }
        return signature;
    }

    private static void readTitle(List<RawBlock> blocks, int firstHeading, Report report) {
        String previous = null;
        for (int i = 0; i < Math.min(firstHeading, blocks.size()); i++) {
            if (!(blocks.get(i) instanceof RawParagraph p) || p.text().isBlank()) {
                continue;
            }
            String line = compact(p.text());
            if (isTitle(line)) {
                String title = line.matches("^" + YEAR + "年.*") && previous != null ? previous + line : line;
                report.title(title);
                readAgencyAndYear(title, report);
                return;
            }
            // a long title wraps where the page does (…政府信息公开工 / 作年度报告): the line and the next together
            String next = nextLine(blocks, i, firstHeading);
            if (next != null && !line.contains("。") && line.matches(".*" + YEAR + "年.*") && isTitle(line + next)
                    && !isTitle(line) && !next.matches(".*" + YEAR + "年.*")) {
                report.title(line + next);
                readAgencyAndYear(line + next, report);
                return;
            }
            previous = line.length() <= 30 && !line.contains("。") ? line : null;
        }
    }

    /** The next non-blank paragraph's text before the first heading, compacted, or null. */
    private static String nextLine(List<RawBlock> blocks, int from, int firstHeading) {
        for (int i = from + 1; i < Math.min(firstHeading, blocks.size()); i++) {
            if (!(blocks.get(i) instanceof RawParagraph p)) {
                return null;
            }
            if (!p.text().isBlank()) {
                return compact(p.text());
            }
        }
        return null;
    }

    private static boolean isTitle(String line) {
        return line.length() <= MAX_TITLE_CHARS && line.contains("公开") && (line.contains("年度报告")
                || line.contains("年报") || line.endsWith("年度工作报告"));
    }

    private static void readAgencyAndYear(String title, Report report) {
        String t = title.replaceAll("^[《“\"]+", "");
        Matcher m = AGENCY_FIRST.matcher(t);
        if (m.find() && !m.group(1).matches(".*\\d.*")) {
            report.agency(m.group(1));
            report.year(DateTexts.year(m.group(2)));
            return;
        }
        m = YEAR_FIRST.matcher(t);
        if (m.find()) {
            report.year(DateTexts.year(m.group(1)));
            if (!m.group(2).isEmpty()) {
                report.agency(m.group(2));
            }
        }
    }

    private static void readPeriod(List<RawBlock> blocks, Report report) {
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof RawParagraph p)) {
                continue;
            }
            String text = p.text().strip();
            // a sentence a page or a reader broke into two paragraphs (……自2025年1月1日至 / 2025年12月31日。)
            if (!text.isEmpty() && !SENTENCE_END.matcher(text).find() && i + 1 < blocks.size()
                    && blocks.get(i + 1) instanceof RawParagraph next) {
                text = text + next.text().strip();
            }
            for (String sentence : text.split("(?<=。)")) {
                String s = compact(sentence);
                Matcher m = PERIOD.matcher(s);
                if (PERIOD_WORDS.matcher(s).find() && m.find()) {
                    int startYear = Integer.parseInt(m.group(1));
                    int endYear = m.group(4) == null ? startYear : Integer.parseInt(m.group(4));
                    report.period(new Period(date(startYear, m.group(2), m.group(3)),
                            date(endYear, m.group(5), m.group(6)), sentence.strip(), p.source()));
                    return;
                }
            }
        }
    }

    /** The date paragraph near the end and the signatory line just above it. */
    private static Set<Integer> readSignature(List<RawBlock> blocks, Report report) {
        Set<Integer> used = new HashSet<>();
        int seen = 0;
        for (int i = blocks.size() - 1; i >= 0 && seen < SIGNATURE_SCAN; i--) {
            if (!(blocks.get(i) instanceof RawParagraph p)) {
                return used;
            }
            if (p.text().isBlank()) {
                continue;
            }
            seen++;
            String[] lines = p.text().strip().split("\\s*\\n\\s*");
            LocalDate date = DateTexts.wholeDate(lines[lines.length - 1]);
            if (date != null) {
                report.issued(date);
                used.add(i);
                String above = lines.length > 1 ? lines[lines.length - 2] : previousLine(blocks, i, used);
                if (above != null && isSignatory(above)) {
                    report.signatory(above.strip());
                } else {
                    int dateBlock = i;
                    used.removeIf(b -> b != dateBlock);
                }
                return used;
            }
        }
        return used;
    }

    private static String previousLine(List<RawBlock> blocks, int from, Set<Integer> used) {
        for (int i = from - 1; i >= 0; i--) {
            if (!(blocks.get(i) instanceof RawParagraph p)) {
                return null;
            }
            if (!p.text().isBlank()) {
                used.add(i);
                String[] lines = p.text().strip().split("\\n");
                return lines.length == 1 ? lines[0] : null;
            }
        }
        return null;
    }

    private static boolean isSignatory(String line) {
        String s = compact(line);
        return s.length() >= 3 && s.length() <= 40 && !s.matches(".*[。：:；;，,]$") && !s.contains("。")
                && !s.matches("^\\d.*");
    }

    private static LocalDate date(int year, String month, String day) {
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The text with every whitespace removed (PDF text puts spaces between scripts; titles break over lines). */
    private static String compact(String text) {
        return text.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }
}
