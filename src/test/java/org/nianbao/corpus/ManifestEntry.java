package org.nianbao.corpus;

import java.util.List;

/**
 * One generated file in the manifest: where it is, its format, year, level and table format, the defects seeded
 * into it and the rule ids they must trigger (errors, and warnings for the defects whose rule is a warning).
 */
record ManifestEntry(String file, String format, int year, String level, String formatVersion, String agency,
        List<String> defects, List<String> expectedErrors, List<String> expectedWarnings) {
}
