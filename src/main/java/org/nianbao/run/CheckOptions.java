package org.nianbao.run;

import java.time.LocalDate;
import org.nianbao.model.Level;
import org.nianbao.parse.ReadLimits;

/**
 * What the user told the checker, applied to every file.
 *
 * @param profile   the rule profile to use, or null to choose per report
 * @param level     the level to assume, or null to take it from the report
 * @param published the publication date to assume, or null
 * @param limits    caps on input size
 */
public record CheckOptions(String profile, Level level, LocalDate published, ReadLimits limits) {
    public static final CheckOptions DEFAULT = new CheckOptions(null, null, null, ReadLimits.DEFAULT);
}
