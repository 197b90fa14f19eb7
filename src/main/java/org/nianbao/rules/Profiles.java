package org.nianbao.rules;

import org.nianbao.model.FormatVersion;
import org.nianbao.model.Report;

/**
 * Chooses the rule profile for a report: the one the user asked for, else the detected format, else the format
 * the report's year calls for. A hybrid is judged by the profile its year calls for.
 */
public final class Profiles {
    public static final String NATIONAL_2021 = "2021";
    public static final String TRIAL_2019 = "2019";

    private Profiles() {
    }

    public static String choose(Report report, String override) {
        if (override != null && !override.isBlank()) {
            return override;
        }
        FormatVersion detected = report.formatVersion();
        if (detected == FormatVersion.V2021) {
            return NATIONAL_2021;
        }
        if (detected == FormatVersion.V2019) {
            return TRIAL_2019;
        }
        if (report.year() != null) {
            return FormatVersion.expectedFor(report.year()) == FormatVersion.V2019 ? TRIAL_2019 : NATIONAL_2021;
        }
        return NATIONAL_2021;
    }
}
