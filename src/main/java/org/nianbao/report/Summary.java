package org.nianbao.report;

import java.util.Map;
import java.util.TreeMap;
import org.nianbao.rules.Severity;
import org.nianbao.rules.Violation;
import org.nianbao.run.FileResult;

/** Counts over a batch, updated file by file so nothing else needs to be kept in memory. */
public final class Summary {
    private int files;
    private int passed;
    private int failed;
    private int unreadable;
    private long errors;
    private long warnings;
    private long infos;
    private final Map<String, Integer> byRule = new TreeMap<>();

    public void add(FileResult r) {
        files++;
        switch (r.status()) {
            case PASS -> passed++;
            case FAIL -> failed++;
            default -> unreadable++;
        }
        errors += r.count(Severity.ERROR);
        warnings += r.count(Severity.WARNING);
        infos += r.count(Severity.INFO);
        if (r.evaluation() != null) {
            for (Violation v : r.evaluation().violations()) {
                if (v.assessable()) {
                    byRule.merge(v.ruleId(), 1, Integer::sum);
                }
            }
        } else {
            byRule.merge(r.unreadable().problem().code(), 1, Integer::sum);
        }
    }

    public int files() {
        return files;
    }

    public int passed() {
        return passed;
    }

    public int failed() {
        return failed;
    }

    public int unreadable() {
        return unreadable;
    }

    public long errors() {
        return errors;
    }

    public long warnings() {
        return warnings;
    }

    public long infos() {
        return infos;
    }

    /** How many violations (or unreadable outcomes) each rule id had. */
    public Map<String, Integer> byRule() {
        return java.util.Collections.unmodifiableMap(byRule);
    }
}
