package org.nianbao.parse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The caps a reader enforces, each with the words and the command-line option that name it, so every
 * {@link InputProblem#TOO_LARGE} says which limit was passed and how to raise it. The last three are guards
 * against zip bombs and huge XML parts, set from {@link ReadLimits} and POI's own default, not options of their own.
 */
public enum Limit {
    BYTES("bytes", "--max-size"),
    PAGES("pages", "--max-pages"),
    CELLS("table cells", "--max-cells"),
    TEXT("characters of text", "--max-text"),
    UNZIPPED("bytes unzipped (twice --max-size, plus 16 MB)", "--max-size"),
    NODES("elements and attributes (five per allowed table cell)", "--max-cells"),
    ZIP_ENTRIES("zip entries", null);

    private final String what;
    private final String option;

    Limit(String what, String option) {
        this.what = what;
        this.option = option;
    }

    /** The failure for content over {@code limit}; {@code where} says what was counted (may be empty). */
    public ReadFailure exceeded(long limit, String where) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("limit", limit);
        details.put("what", what);
        if (option != null) {
            details.put("option", option);
        }
        String message = (where.isEmpty() ? "" : where + ": ") + "over the limit of " + limit + " " + what
                + (option == null ? "" : " (" + option + ")");
        return new ReadFailure(InputProblem.TOO_LARGE, message, details, null);
    }

    public ReadFailure exceeded(long limit) {
        return exceeded(limit, "");
    }
}
