package org.nianbao.rules;

import org.nianbao.model.Report;

/**
 * A check that reads the same body's report of the year before ({@link Report#previous()}). It names what it reads,
 * so a batch keeps only that of each report ({@link RuleEngine#lastYearDigest}) instead of the whole report or a
 * second read of its file.
 */
public interface ReadsLastYear {
    /** Copies into {@code digest} what this check reads of {@code last} (body, year and format are always kept). */
    void keep(Report last, Report digest);
}
