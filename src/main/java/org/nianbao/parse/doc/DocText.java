package org.nianbao.parse.doc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * The visible text of a Word 97 paragraph. Runs marked deleted (tracked changes) or hidden are skipped, field
 * instructions ({@code \u0013 code \u0014 result \u0015}) give only their result, and Word's control characters
 * become plain text: a manual line break ({@code \u000b}) is {@code \n}, cell and paragraph marks are dropped.
 */
final class DocText {
    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';

    private DocText() {
    }

    /**
     * A paragraph's character runs, each built once (POI builds a run's properties anew on every
     * {@code getCharacterRun}): the text, the boldness and the size are all read from them.
     */
    static List<CharacterRun> runs(Paragraph p) {
        int n = p.numCharacterRuns();
        List<CharacterRun> runs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            runs.add(p.getCharacterRun(i));
        }
        return runs;
    }

    /** A paragraph's text without its paragraph or cell mark, trimmed. */
    static String of(Paragraph p) {
        return of(runs(p));
    }

    /** The text of a paragraph's runs without its paragraph or cell mark, trimmed. */
    static String of(List<CharacterRun> runs) {
        StringBuilder raw = new StringBuilder();
        for (CharacterRun run : runs) {
            if (!run.isMarkedDeleted() && !run.isVanished()) {
                raw.append(run.text());
            }
        }
        return clean(raw).strip();
    }

    /** True when every run carrying visible characters is bold, and there is at least one. */
    static boolean allBold(List<CharacterRun> runs) {
        boolean any = false;
        for (CharacterRun run : runs) {
            if (run.isMarkedDeleted() || run.isVanished() || !hasVisible(run.text())) {
                continue;
            }
            if (!run.isBold()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The font size in points shared by every visible run, else 0. */
    static float uniformFontSize(List<CharacterRun> runs) {
        int halfPoints = -1;
        for (CharacterRun run : runs) {
            if (run.isMarkedDeleted() || run.isVanished() || !hasVisible(run.text())) {
                continue;
            }
            if (halfPoints >= 0 && halfPoints != run.getFontSize()) {
                return 0f;
            }
            halfPoints = run.getFontSize();
        }
        return halfPoints > 0 ? halfPoints / 2f : 0f;
    }

    private static boolean hasVisible(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c != '\u00a0' && c != FIELD_BEGIN && c != FIELD_SEPARATOR && c != FIELD_END) {
                return true;
            }
        }
        return false;
    }

    static String clean(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        // one entry per open field: true while still in its instruction part
        Deque<Boolean> fields = new ArrayDeque<>();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == FIELD_BEGIN) {
                fields.push(Boolean.TRUE);
            } else if (c == FIELD_SEPARATOR) {
                if (!fields.isEmpty()) {
                    fields.pop();
                    fields.push(Boolean.FALSE);
                }
            } else if (c == FIELD_END) {
                fields.poll();
            } else if (!fields.contains(Boolean.TRUE)) {
                appendVisible(out, c);
            }
        }
        return out.toString();
    }

    private static void appendVisible(StringBuilder out, char c) {
        switch (c) {
            case '\u000b' -> out.append('\n');
            case '\u00a0' -> out.append(' ');
            case '\u001e' -> out.append('-'); // non-breaking hyphen
            case '\t' -> out.append('\t');
            default -> {
                // paragraph/cell marks, page breaks, object anchors, optional hyphens: not text
                if (c >= ' ') {
                    out.append(c);
                }
            }
        }
    }
}
