package org.nianbao.corpus;

import java.time.LocalDate;
import java.util.Random;

/**
 * The date under the signature (落款) and, for web pages, the 发布时间: before the deadline unless a defect says
 * otherwise, written as real reports write it.
 */
final class Signature {
    private static final String[] DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private Signature() {
    }

    /** 31 January of the next year for a department, 31 March for a government (条例第四十九条). */
    static LocalDate deadline(GeneratedReport r) {
        return r.agency.government() ? LocalDate.of(r.year + 1, 3, 31) : LocalDate.of(r.year + 1, 1, 31);
    }

    static LocalDate onTime(GeneratedReport r, Random random) {
        LocalDate deadline = deadline(r);
        LocalDate earliest = LocalDate.of(r.year + 1, 1, 5);
        int days = (int) (deadline.toEpochDay() - earliest.toEpochDay());
        return earliest.plusDays(random.nextInt(days + 1));
    }

    static LocalDate late(GeneratedReport r, Random random) {
        return deadline(r).plusDays(1 + random.nextInt(60));
    }

    /** Sets the signature date, how it is written, and a publication date on the same day or up to the deadline. */
    static void set(GeneratedReport r, LocalDate issued, Random random) {
        r.issued = issued;
        r.issuedText = switch (random.nextInt(6)) {
            case 0 -> issued.toString();
            case 1 -> chinese(issued);
            default -> issued.getYear() + "年" + issued.getMonthValue() + "月" + issued.getDayOfMonth() + "日";
        };
        LocalDate deadline = deadline(r);
        LocalDate published = issued.plusDays(random.nextInt(4));
        r.published = issued.isAfter(deadline) || !published.isAfter(deadline) ? published : issued;
    }

    /** 二〇二四年一月十六日. */
    private static String chinese(LocalDate d) {
        StringBuilder year = new StringBuilder();
        for (char c : String.valueOf(d.getYear()).toCharArray()) {
            year.append(DIGITS[c - '0']);
        }
        return year + "年" + small(d.getMonthValue()) + "月" + small(d.getDayOfMonth()) + "日";
    }

    private static String small(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        String tens = n / 10 == 1 ? "十" : DIGITS[n / 10] + "十";
        return n % 10 == 0 ? tens : tens + DIGITS[n % 10];
    }
}
