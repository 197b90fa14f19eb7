package org.nianbao.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Client-supplied names (an upload's file name, a zip entry's path) made safe to show: no control or bidi
 * characters (which can disguise an extension), no "." or ".." steps, capped length. The results are for display
 * only; nothing here is ever used to build a path.
 */
public final class DisplayNames {
    public static final int MAX_CHARS = 200;
    public static final String UNNAMED = "unnamed";

    private DisplayNames() {
    }

    /** The last step of a path-like name (either separator), cleaned; empty when nothing is left. */
    public static String fileName(String raw) {
        List<String> steps = steps(raw);
        return steps.isEmpty() ? "" : cap(steps.get(steps.size() - 1));
    }

    /** A path-like name's steps, cleaned, without empty, "." and ".." steps, joined by "/"; may be empty. */
    public static String path(String raw) {
        return cap(String.join("/", steps(raw)));
    }

    /** The cleaned steps of a path-like name; "/" and "\" both separate (Windows zips and old browsers use "\"). */
    public static List<String> steps(String raw) {
        List<String> steps = new ArrayList<>();
        for (String step : raw.split("[/\\\\]")) {
            // cleaned before the "." and ".." test, so ".\u200E." cannot slip through as a step up
            String clean = clean(step);
            if (!clean.isEmpty() && !clean.equals(".") && !clean.equals("..")) {
                steps.add(clean);
            }
        }
        return steps;
    }

    private static String clean(String s) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), 4 * MAX_CHARS));
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (Character.getType(c)) {
                case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                        Character.SURROGATE -> {
                    // dropped: invisible, reorders text, or a lone half of a surrogate pair
                }
                default -> out.appendCodePoint(c);
            }
        }
        return out.toString().strip();
    }

    /** At most {@link #MAX_CHARS} code points, keeping a short extension so the kind of file still shows. */
    private static String cap(String s) {
        if (s.codePointCount(0, s.length()) <= MAX_CHARS) {
            return s;
        }
        int dot = s.lastIndexOf('.');
        String ext = dot > 0 && s.length() - dot <= 16 && s.indexOf('/', dot) < 0 ? s.substring(dot) : "";
        int keep = MAX_CHARS - 1 - ext.codePointCount(0, ext.length());
        return s.substring(0, s.offsetByCodePoints(0, keep)) + "…" + ext;
    }
}
