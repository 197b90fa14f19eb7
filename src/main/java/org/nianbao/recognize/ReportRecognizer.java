package org.nianbao.recognize;

import java.util.List;
import java.util.Set;
import org.nianbao.model.FormatDetection;
import org.nianbao.model.LevelInference;
import org.nianbao.model.Proofreader;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawDocument;
import org.nianbao.parse.RawParagraph;

/**
 * Turns a {@link RawDocument} from any parser into the canonical {@link Report}: metadata
 * ({@link MetadataRecognizer}; the level from the body's name and the report's words, {@link LevelInference}), sections in document order ({@link SectionRecognizer}) each with its narrative
 * paragraphs joined by {@code \n} (no table text, no signature), the three tables ({@link TableRecognizer}), and
 * the format detected from the tables. Never throws on odd input: what it cannot recognise is left out or
 * reported as unrecognised in the model.
 */
public final class ReportRecognizer {
    private final SectionRecognizer sections = new SectionRecognizer();
    private final MetadataRecognizer metadata = new MetadataRecognizer();
    private final TableRecognizer tables = new TableRecognizer();
    private final Proofreader proofreader;

    /** A recognizer that leaves unsure OCR readings unsure. */
    public ReportRecognizer() {
        this(Proofreader.NONE);
    }

    /** A recognizer whose unsure OCR readings the balances may settle. */
    public ReportRecognizer(Proofreader proofreader) {
        this.proofreader = proofreader;
    }

    public Report recognize(RawDocument doc) {
        List<RawBlock> blocks = doc.blocks();
        Report report = new Report().inputFormat(doc.shownFormat());
        List<SectionRecognizer.Heading> headings = sections.find(blocks);
        int firstHeading = headings.isEmpty() ? blocks.size() : headings.get(0).block();
        Set<Integer> signature = metadata.read(blocks, firstHeading, report);
        for (int h = 0; h < headings.size(); h++) {
            SectionRecognizer.Heading heading = headings.get(h);
            int end = h + 1 < headings.size() ? headings.get(h + 1).block() : blocks.size();
            String text = text(blocks, heading.block() + 1, end, signature);
            String content = heading.content().isEmpty() ? text
                    : text.isEmpty() ? heading.content() : heading.content() + "\n" + text;
            report.addSection(new Section(heading.section(), heading.written(), content, heading.source()));
        }
        tables.read(blocks).values().forEach(report::putTable);
        if (report.agency() != null || report.signatory() != null) {
            report.level(LevelInference.infer(report.agency(), report.signatory(), report::fullText), "inferred");
        }
        if (doc.published() != null) {
            report.published(doc.published(), "page");
        }
        FormatDetection.apply(report);
        if (doc.ocr()) {
            OcrProofreading.settle(report, proofreader);
        }
        return report;
    }

    private static String text(List<RawBlock> blocks, int from, int to, Set<Integer> skip) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (blocks.get(i) instanceof RawParagraph p && !p.text().isBlank() && !skip.contains(i)) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(SectionRecognizer.written(p));
            }
        }
        return sb.toString();
    }
}
