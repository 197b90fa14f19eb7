package org.nianbao.rules.kind;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Level;
import org.nianbao.model.Period;
import org.nianbao.model.Report;
import org.nianbao.model.Text;
import org.nianbao.rules.Check;
import org.nianbao.rules.DeclaresArguments;
import org.nianbao.rules.Findings;
import org.nianbao.rules.InvalidRuleException;
import org.nianbao.rules.Params;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.rules.RuleKind;
import org.nianbao.rules.Where;

/**
 * Kind {@code date}: the statistics period and the publication deadline. {@code params.test}:
 * {@code period-present}, {@code period} (1 January to 31 December of the report year), {@code year-agreement}
 * (title, period and report year agree), {@code deadline} (published, or failing that issued, by
 * {@code params.deadlines.<level>} of the next year, as MM-DD; a township or sub-district by
 * {@code params.deadlines.township} when given, else as a department), {@code not-before-period-end},
 * {@code date-present}.
 */
public final class DateKind implements RuleKind {
    /** The level basis ({@code LevelInference}) and the deadlines key of townships and sub-districts. */
    private static final String TOWNSHIP = "township";
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    @Override
    public String name() {
        return "date";
    }

    @Override
    public Check compile(RuleDefinition rule) throws InvalidRuleException {
        Params p = new Params(rule);
        String test = p.choice("test", "period-present", "period", "year-agreement", "deadline",
                "not-before-period-end", "date-present");
        Map<Level, MonthDay> deadlines = new LinkedHashMap<>();
        if (test.equals("deadline")) {
            for (Level level : Level.values()) {
                String text = p.node().path("deadlines").path(level.id()).asText("");
                try {
                    deadlines.put(level, MonthDay.parse("--" + text));
                } catch (DateTimeParseException e) {
                    throw new InvalidRuleException("params.deadlines." + level.id() + " must be a date MM-DD, found '"
                            + text + "'");
                }
            }
        }
        MonthDay township = null;
        String text = p.node().path("deadlines").path(TOWNSHIP).asText("");
        if (!text.isEmpty()) {
            try {
                township = MonthDay.parse("--" + text);
            } catch (DateTimeParseException e) {
                throw new InvalidRuleException("params.deadlines." + TOWNSHIP + " must be a date MM-DD, found '"
                        + text + "'");
            }
        }
        return new DateCheck(test, deadlines, township);
    }

    /**
     * @param township the deadline of townships and sub-districts (a level-basis of their own, reporting as
     *                 departments), or null to give them the department's
     */
    private record DateCheck(String test, Map<Level, MonthDay> deadlines, MonthDay township)
            implements Check, DeclaresArguments {
        @Override
        public Set<String> arguments() {
            return Set.of("year", "start", "end", "sentence", "titleYear", "periodYear", "date", "dateSource",
                    "deadline", "level", "days", "periodEnd");
        }

        @Override
        public void evaluate(Report report, Findings out) {
            Period period = report.period();
            Where periodWhere = Where.at(period == null ? null : period.source());
            switch (test) {
                case "period-present" -> {
                    if (period == null || period.start() == null && period.end() == null) {
                        out.add().unreadOnScan(report).report();
                    }
                }
                case "period" -> period(report, period, periodWhere, out);
                case "year-agreement" -> years(report, period, out);
                case "deadline" -> deadline(report, out);
                case "not-before-period-end" -> tooEarly(report, out);
                default -> {
                    if (report.issued() == null && report.published() == null) {
                        out.add().unreadOnScan(report).report(); // a scan's date often lies under the seal
                    }
                }
            }
        }

        private static void period(Report report, Period period, Where where, Findings out) {
            if (period == null || report.year() == null || period.start() == null && period.end() == null) {
                return;
            }
            int year = report.year();
            LocalDate start = LocalDate.of(year, 1, 1);
            LocalDate end = LocalDate.of(year, 12, 31);
            if (!start.equals(period.start()) || !end.equals(period.end())) {
                out.add().at(where).arg("year", year).arg("start", str(period.start())).arg("end", str(period.end()))
                        .arg("sentence", period.sentence() == null ? "" : period.sentence())
                        .expected(start + " – " + end).actual(str(period.start()) + " – " + str(period.end()))
                        .misreadOnScan(report).report();
            }
        }

        private static void years(Report report, Period period, Findings out) {
            Integer year = report.year();
            Integer titleYear = titleYear(report);
            Integer periodYear = periodYear(period);
            java.util.Set<Integer> distinct = new java.util.TreeSet<>();
            for (Integer y : new Integer[] {year, titleYear, periodYear}) {
                if (y != null) {
                    distinct.add(y);
                }
            }
            if (distinct.size() > 1) {
                out.add().arg("year", year == null ? "—" : year).arg("titleYear", titleYear == null ? "—" : titleYear)
                        .arg("periodYear", periodYear == null ? "—" : periodYear)
                        .expected(year).actual(distinct).misreadOnScan(report).report();
            }
        }

        private static Integer titleYear(Report report) {
            if (report.title() != null) {
                Matcher m = TITLE_YEAR.matcher(report.title());
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            return null;
        }

        private static Integer periodYear(Period period) {
            return period == null ? null : period.start() != null ? Integer.valueOf(period.start().getYear())
                    : period.end() != null ? Integer.valueOf(period.end().getYear()) : null;
        }

        /**
         * The report year read alike in the title and in the period: on a scan, two witnesses one misread digit
         * would not fool both. A deadline judged from a date given outside the scan rests on the year alone.
         */
        private static boolean yearReadTwice(Report report) {
            Integer year = report.year();
            return year != null && year.equals(titleYear(report)) && year.equals(periodYear(report.period()));
        }

        private void deadline(Report report, Findings out) {
            LocalDate date = report.published() != null ? report.published() : report.issued();
            if (date == null || report.year() == null) {
                return;
            }
            Level level = report.level() == null ? Level.DEPARTMENT : report.level();
            boolean isTownship = level == Level.DEPARTMENT && TOWNSHIP.equals(report.levelBasis()) && township != null;
            LocalDate deadline = (isTownship ? township : deadlines.get(level)).atYear(report.year() + 1);
            if (date.isAfter(deadline)) {
                Findings.Builder b = out.add().arg("date", date.toString()).arg("dateSource", source(report))
                        .arg("deadline", deadline.toString())
                        .arg("level", isTownship ? Text.of("乡镇、街道", "township or sub-district") : level.displayName())
                        .arg("days", ChronoUnit.DAYS.between(deadline, date)).arg("year", report.year())
                        .expected("≤ " + deadline).actual(date);
                if (report.published() == null || !yearReadTwice(report) || !lateForAnyLevel(date, report.year())
                        && "inferred".equals(report.levelSource())) { // the date, the year or the level read by OCR
                    b.misreadOnScan(report);
                }
                b.report();
            }
        }

        /**
         * Late whatever the level: on a scan the level inferred from the body's name rests on OCR too, and a
         * misread name could give a department's deadline to a government.
         */
        private boolean lateForAnyLevel(LocalDate date, int year) {
            boolean late = township == null || date.isAfter(township.atYear(year + 1));
            for (MonthDay d : deadlines.values()) {
                late &= date.isAfter(d.atYear(year + 1));
            }
            return late;
        }

        private static void tooEarly(Report report, Findings out) {
            if (report.year() == null) {
                return;
            }
            LocalDate end = report.period() != null && report.period().end() != null ? report.period().end()
                    : LocalDate.of(report.year(), 12, 31);
            LocalDate[] dates = {report.issued(), report.published()};
            Text[] sources = {Text.of("落款日期", "the date under the signature"), source(report)};
            for (int i = 0; i < dates.length; i++) {
                if (dates[i] != null && !dates[i].isAfter(end)) {
                    Findings.Builder b = out.add().arg("date", dates[i].toString()).arg("dateSource", sources[i])
                            .arg("periodEnd", end.toString()).expected("> " + end).actual(dates[i]);
                    // a publication date given outside the scan stands against a year and period end read twice
                    boolean outside = i == 1 && yearReadTwice(report)
                            && end.equals(LocalDate.of(report.year(), 12, 31));
                    if (!outside) {
                        b.misreadOnScan(report);
                    }
                    b.report();
                }
            }
        }

        private static Text source(Report report) {
            if (report.published() == null) {
                return Text.of("落款日期", "the date under the signature");
            }
            return switch (String.valueOf(report.publishedSource())) {
                case "page" -> Text.of("网页上的发布时间", "the publication date on the web page");
                case "option" -> Text.of("核查时提供的发布日期", "the publication date given for this check");
                case "list" -> Text.of("发布日期清单中的日期", "the publication date in the list of publication dates");
                default -> Text.of("报送数据中的发布日期", "the publication date in the submission");
            };
        }

        private static String str(LocalDate d) {
            return d == null ? "—" : d.toString();
        }
    }
}
