package org.nianbao.recognize;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Location;
import org.nianbao.model.SectionId;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawParagraph;

/**
 * Finds the paragraphs that open one of the six sections, by the words of the heading after normalising
 * (numbering, spaces, width, small typos), never by position. A sub-heading such as {@code （一）主动公开情况} never
 * opens a section; a table caption such as {@code 2、 主动公开政府信息情况统计表} does. A section written twice is
 * found twice.
 */
final class SectionRecognizer {
    private static final int MAX_HEADING_CHARS = 40;
    private final SectionVocabulary vocabulary = new SectionVocabulary();

    /** A heading found: its block index, the section, the heading as written (numbering label first). */
    record Heading(int block, SectionId section, String written, Location source) {
    }

    List<Heading> find(List<RawBlock> blocks) {
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof RawParagraph p) {
                SectionId id = sectionOf(p);
                if (id != null) {
                    headings.add(new Heading(i, id, written(p), p.source()));
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

    private SectionId sectionOf(RawParagraph p) {
        String text = p.text().strip();
        if (text.isEmpty()) {
            return null;
        }
        String label = p.numberingLabel() == null ? "" : p.numberingLabel().strip();
        String normalized = TextNormalizer.normalize(label + text);
        String body = TextNormalizer.withoutOrdinal(label + text);
        if (body.length() > MAX_HEADING_CHARS || TextNormalizer.startsWithSubOrdinal(label + text)) {
            return null;
        }
        boolean numbered = !body.equals(normalized);
        boolean styled = p.headingLevel() > 0 || p.bold();
        // a plain sentence, numbered or not (1.本年度无其他需要报告的事项。), is body text, not a heading
        if (!styled && normalized.endsWith("。")) {
            return null;
        }
        SectionId id = vocabulary.sectionOf(label + text);
        if (id == null) {
            return null;
        }
        // without numbering or heading style, only words close to a known heading count, not key words alone
        if (!numbered && !styled && !vocabulary.isCloseToKnownHeading(text)) {
            return null;
        }
        return id;
    }
}
