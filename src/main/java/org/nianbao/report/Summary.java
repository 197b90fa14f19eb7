package org.nianbao.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.rules.Severity;
import org.nianbao.rules.Violation;
import org.nianbao.run.FileResult;
import org.nianbao.run.Inputs;
import org.nianbao.run.PublicationDates;
import org.nianbao.run.Suppressions;

/** Counts over a batch, updated file by file so nothing else needs to be kept in memory. */
public final class Summary {
    private int files;
    private int passed;
    private int failed;
    private int unreadable;
    private long errors;
    private long warnings;
    private long infos;
    private long suppressed;
    private final Map<String, Integer> byRule = new TreeMap<>();
    private final Map<String, Integer> errorsByRule = new TreeMap<>();
    private final Map<String, Integer> warningsByRule = new TreeMap<>();
    private List<Suppressions.Entry> stale = List.of();
    private Map<Inputs.Skip, Integer> skipped = Map.of();
    private Map<String, Integer> skippedExtensions = Map.of();
    private List<PublicationDates.Entry> unusedDates = List.of();
    private long wallMillis = -1;
    private long peakHeapBytes = -1;

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
                    if (v.severity() == Severity.ERROR) {
                        errorsByRule.merge(v.ruleId(), 1, Integer::sum);
                    } else if (v.severity() == Severity.WARNING) {
                        warningsByRule.merge(v.ruleId(), 1, Integer::sum);
                    }
                }
            }
            suppressed += r.suppressed().size();
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

    /** Violations a suppression entry accepted (not in the other counts). */
    public long suppressed() {
        return suppressed;
    }

    /** Errors per rule id. */
    public Map<String, Integer> errorsByRule() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(errorsByRule)); // sorted by rule id
    }

    /** Warnings per rule id. */
    public Map<String, Integer> warningsByRule() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(warningsByRule)); // sorted by rule id
    }

    /** Suppression entries that matched nothing in the batch (set once the batch is done). */
    public List<Suppressions.Entry> stale() {
        return stale;
    }

    public void stale(List<Suppressions.Entry> entries) {
        this.stale = List.copyOf(entries);
    }

    /** Files not taken from the folders, zips and patterns given, by reason (set before the batch ends). */
    public Map<Inputs.Skip, Integer> skipped() {
        return skipped;
    }

    /** Of the files skipped for not being reports, how many had each extension. */
    public Map<String, Integer> skippedExtensions() {
        return skippedExtensions;
    }

    public void skipped(Map<Inputs.Skip, Integer> byReason, Map<String, Integer> byExtension) {
        this.skipped = java.util.Collections.unmodifiableMap(new TreeMap<>(byReason)); // in the enum's order
        this.skippedExtensions = java.util.Collections.unmodifiableMap(new TreeMap<>(byExtension));
    }

    /** Rows of the list of publication dates that named no report checked (set once the batch is done). */
    public List<PublicationDates.Entry> unusedDates() {
        return unusedDates;
    }

    public void unusedDates(List<PublicationDates.Entry> entries) {
        this.unusedDates = List.copyOf(entries);
    }

    /** Records the batch's wall time and the peak heap in use, for the closing note. */
    public void finished(long wallMillis, long peakHeapBytes) {
        this.wallMillis = wallMillis;
        this.peakHeapBytes = peakHeapBytes;
    }

    /** Wall time of the batch in milliseconds, or -1 when not recorded. */
    public long wallMillis() {
        return wallMillis;
    }

    /** Peak heap in use during the run in bytes, or -1 when not recorded. */
    public long peakHeapBytes() {
        return peakHeapBytes;
    }

    /** How many violations (or unreadable outcomes) each rule id had. */
    public Map<String, Integer> byRule() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(byRule)); // sorted by rule id
    }
}
