package org.nianbao.recognize;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Location;
import org.nianbao.model.SectionId;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawParagraph;

/**
 * Finds the paragraphs that open one of the six sections, by the words of the heading after normalising
 * (numbering, spaces, width, small typos), never by position. A sub-heading such as {@code （一）主动公开情况} never
 * opens a section (unless the report numbers its six parts （一）…（六） throughout); a table caption such as
 * {@code 2、 主动公开政府信息情况统计表} does. A section written twice is found twice.
 */
final class SectionRecognizer {
    private static final int MAX_HEADING_CHARS = 40;
    /** A heading as written, with spaces, numbering and punctuation, is never longer than this. */
    private static final int MAX_WRITTEN_CHARS = 80;
    /** Where the heading's words end and content written on the same line begins. */
    private static final Pattern SEPARATOR = Pattern.compile("[：:。]");
    private static final Pattern SUB_ORDINAL = Pattern.compile("^\\(([一二三四五六七八九十\\d]+)\\)");
    private final SectionVocabulary vocabulary = new SectionVocabulary();

    /**
     * A heading found: its block index, the section, the heading as written (numbering label first), and the
     * content written on the same line after it ({@code 六、其他需要报告的事项：无。} has content {@code 无。}), else "".
     */
    record Heading(int block, SectionId section, String written, String content, Location source) {
    }

    List<Heading> find(List<RawBlock> blocks) {
        boolean subNumbered = numbersSectionsAsSubItems(blocks);
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof RawParagraph p) {
                Heading h = headingOf(i, p, subNumbered);
                SectionId open = headings.isEmpty() ? null : headings.get(headings.size() - 1).section();
                // an unnumbered line, or a table's caption, naming the section already open (主动公开政府信息情况统计表
                // under 二、主动公开政府信息情况) is part of it, not the section again
                boolean repeat = h != null && h.section() == open
                        && (!isNumbered(p, h.written()) || isCaption(h.written()));
                if (h != null && !repeat) {
                    headings.add(h);
                }
            }
        }
        return headings;
    }

    /** The heading as written: the rendered automatic numbering, then the text. */
    static String written(RawParagraph p) {
        String label = p.numberingLabel() == null ? "" : p.numberingLabel();
        return (label + p.text()).strip();
    }

    /**
     * The paragraph as a heading: the whole of it; or the words before a colon or full stop, the rest being the
     * section's first content ({@code 五、存在的主要问题及改进情况：一是……}); or its first line, when a reader joined
     * the heading with the line after it (a heading broken over two lines, {@code ……存在的主要问题\n及改进情况},
     * stays whole). Null when it is no heading.
     */
    private Heading headingOf(int block, RawParagraph p, boolean subNumbered) {
        String line = written(p);
        Matcher m = SEPARATOR.matcher(line);
        // (a heading's words are short: a long first sentence is narrative, not worth normalising)
        if (m.find() && m.start() <= MAX_WRITTEN_CHARS && !line.substring(m.end()).isBlank()) {
            Heading h = split(block, p, line, m.start(), m.end(), subNumbered);
            if (h != null) {
                return h;
            }
        }
        int lineEnd = line.indexOf('\n');
        if (lineEnd > 0 && lineEnd <= MAX_WRITTEN_CHARS
                && !(line.length() <= MAX_WRITTEN_CHARS && vocabulary.namesKnownHeading(line))) {
            Heading h = split(block, p, line, lineEnd, lineEnd + 1, subNumbered);
            if (h != null) {
                return h;
            }
        }
        SectionId id = line.length() <= MAX_WRITTEN_CHARS ? sectionOf(p, line, subNumbered) : null;
        return id == null ? null : new Heading(block, id, line, "", p.source());
    }

    /** The heading the words before {@code end} make, with the words from {@code next} on as content, or null. */
    private Heading split(int block, RawParagraph p, String line, int end, int next, boolean subNumbered) {
        String head = line.substring(0, end).strip();
        SectionId id = sectionOf(p, head, subNumbered);
        return id == null ? null : new Heading(block, id, head, line.substring(next).strip(), p.source());
    }

    private static boolean isCaption(String heading) {
        return TextNormalizer.trimPunctuation(TextNormalizer.normalize(heading)).endsWith("表");
    }

    private static boolean isNumbered(RawParagraph p, String heading) {
        String label = p.numberingLabel() == null ? "" : p.numberingLabel().strip();
        return !label.isEmpty() || !TextNormalizer.withoutOrdinal(heading).equals(TextNormalizer.normalize(heading));
    }

    /**
     * Whether the report numbers its six parts （一）…（六） instead of 一、…六、: at least four lines whose sub-item
     * ordinal is their section's own number and whose words are that section's heading ({@code （二）主动公开政府
     * 信息情况}). Only then does a sub-item line open a section; otherwise （一）主动公开情况 is a part of 一.
     */
    private boolean numbersSectionsAsSubItems(List<RawBlock> blocks) {
        Set<SectionId> named = EnumSet.noneOf(SectionId.class);
        for (RawBlock block : blocks) {
            if (block instanceof RawParagraph p && startsLikeSubItem(written(p))) {
                String line = written(p);
                Matcher m = SEPARATOR.matcher(line);
                String head = m.find() ? line.substring(0, m.start()) : line;
                SectionId id = subItemSection(head);
                if (id != null) {
                    named.add(id);
                }
            }
        }
        return named.size() >= 4;
    }

    private static boolean startsLikeSubItem(String line) {
        return !line.isEmpty() && (line.charAt(0) == '（' || line.charAt(0) == '(');
    }

    /** The section a sub-item line names with its own number and words, or null. */
    private SectionId subItemSection(String heading) {
        Matcher m = SUB_ORDINAL.matcher(TextNormalizer.normalize(heading));
        if (!m.find() || !vocabulary.namesKnownHeading(heading)) {
            return null;
        }
        int n = "一二三四五六".indexOf(m.group(1)) >= 0 ? "一二三四五六".indexOf(m.group(1))
                : m.group(1).matches("[1-6]") ? Integer.parseInt(m.group(1)) - 1 : -1;
        SectionId id = vocabulary.sectionOf(heading);
        return n >= 0 && id == SectionId.values()[n] ? id : null;
    }

    private SectionId sectionOf(RawParagraph p, String heading, boolean subNumbered) {
        if (heading.isEmpty()) {
            return null;
        }
        String normalized = TextNormalizer.normalize(heading);
        String body = TextNormalizer.withoutOrdinal(heading);
        if (body.length() > MAX_HEADING_CHARS) {
            return null;
        }
        if (TextNormalizer.startsWithSubOrdinal(heading)) {
            return subNumbered ? subItemSection(heading) : null;
        }
        boolean numbered = !body.equals(normalized);
        boolean styled = p.headingLevel() > 0 || p.bold();
        // a plain sentence, numbered or not (1.本年度无其他需要报告的事项。), is body text, not a heading
        if (!styled && normalized.endsWith("。")) {
            return null;
        }
        SectionId id = vocabulary.sectionOf(heading);
        if (id == null) {
            return null;
        }
        // without numbering or heading style, only words that begin like a known heading count, not key words
        // alone and not a sentence that merely holds them (无其他需要报告的事项)
        if (!numbered && !styled && !vocabulary.beginsLikeKnownHeading(heading)) {
            return null;
        }
        return id;
    }
}
