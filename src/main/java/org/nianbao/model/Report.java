package org.nianbao.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical report: what every reader produces, every rule reads, and a JSON submission is (model.md).
 * Fields a source does not give are null. Readers fill it; rules only read it.
 */
public final class Report {
    private String inputFormat;
    private String title;
    private String agency;
    private Integer year;
    private Level level;
    private String levelSource;
    private String levelBasis;
    private Text levelReason;
    private Period period;
    private LocalDate issued;
    private LocalDate published;
    private String publishedSource;
    private String signatory;
    private FormatVersion formatVersion;
    private FormatVersion declaredFormatVersion;
    private final List<Section> sections = new ArrayList<>();
    private final Map<TableId, Table> tables = new EnumMap<>(TableId.class);
    private final List<SourceProblem> sourceProblems = new ArrayList<>();
    private Report previous;

    /** How {@link #inputFormat()} ends for a report read from page images by OCR: {@code pdf (OCR)}. */
    public static final String OCR_SUFFIX = " (OCR)";

    /**
     * The format the report was read from: {@code json}, {@code docx}, {@code doc}, {@code pdf}, {@code html};
     * {@code pdf (OCR)} (or an image's, such as {@code png (OCR)}) for a scan.
     */
    public String inputFormat() {
        return inputFormat;
    }

    /** True for a report read from page images by OCR (a scanned PDF, an image): what it lacks may be unread. */
    public boolean readByOcr() {
        return inputFormat != null && inputFormat.endsWith(OCR_SUFFIX);
    }

    public Report inputFormat(String value) {
        this.inputFormat = value;
        return this;
    }

    public String title() {
        return title;
    }

    public Report title(String value) {
        this.title = value;
        return this;
    }

    public String agency() {
        return agency;
    }

    public Report agency(String value) {
        this.agency = value;
        return this;
    }

    /** The year the statistics cover. */
    public Integer year() {
        return year;
    }

    public Report year(Integer value) {
        this.year = value;
        return this;
    }

    public Level level() {
        return level;
    }

    /** How the level was decided: {@code declared} (in the submission), {@code inferred} (from the name), {@code option}. */
    public String levelSource() {
        return levelSource;
    }

    public Report level(Level value, String source) {
        this.level = value;
        this.levelSource = source;
        return this;
    }

    /** Sets the level with the evidence for it. */
    public Report level(LevelInference.Decision decision, String source) {
        level(decision.level(), source);
        this.levelBasis = decision.basis();
        this.levelReason = decision.reason();
        return this;
    }

    /** The evidence the level rests on, as a stable code ({@link LevelInference.Decision#basis()}); null if unset. */
    public String levelBasis() {
        return levelBasis;
    }

    /** Why the report has its level, in words; null if unset. */
    public Text levelReason() {
        return levelReason;
    }

    public Period period() {
        return period;
    }

    public Report period(Period value) {
        this.period = value;
        return this;
    }

    /** The date under the signature (落款). */
    public LocalDate issued() {
        return issued;
    }

    public Report issued(LocalDate value) {
        this.issued = value;
        return this;
    }

    /** The publication date, where known. */
    public LocalDate published() {
        return published;
    }

    /** Where the publication date came from: {@code page}, {@code option}, {@code submission}. */
    public String publishedSource() {
        return publishedSource;
    }

    public Report published(LocalDate value, String source) {
        this.published = value;
        this.publishedSource = value == null ? null : source;
        return this;
    }

    /** The body named in the signature (落款), where found. */
    public String signatory() {
        return signatory;
    }

    public Report signatory(String value) {
        this.signatory = value;
        return this;
    }

    /** The format detected from the tables; null when the tables show none. */
    public FormatVersion formatVersion() {
        return formatVersion;
    }

    public Report formatVersion(FormatVersion value) {
        this.formatVersion = value;
        return this;
    }

    /** The format a submission declared, if any (the detected one is what counts). */
    public FormatVersion declaredFormatVersion() {
        return declaredFormatVersion;
    }

    public Report declaredFormatVersion(FormatVersion value) {
        this.declaredFormatVersion = value;
        return this;
    }

    /** Sections in document order. */
    public List<Section> sections() {
        return List.copyOf(sections);
    }

    public Report addSection(Section section) {
        sections.add(section);
        return this;
    }

    /** The first section with this id. */
    public Optional<Section> section(SectionId id) {
        return sections.stream().filter(s -> s.id() == id).findFirst();
    }

    public Optional<Table> table(TableId id) {
        return Optional.ofNullable(tables.get(id));
    }

    public Map<TableId, Table> tables() {
        return Map.copyOf(tables);
    }

    public Report putTable(Table table) {
        tables.put(table.id(), table);
        return this;
    }

    public List<SourceProblem> sourceProblems() {
        return List.copyOf(sourceProblems);
    }

    public Report addSourceProblem(SourceProblem problem) {
        sourceProblems.add(problem);
        return this;
    }

    /**
     * The same body's report for the year before, where the runner found one (check --previous, or a batch holding
     * both). Set before the rules run; the cross-year rules read it and are silent without it.
     */
    public Optional<Report> previous() {
        return Optional.ofNullable(previous);
    }

    public Report previous(Report value) {
        this.previous = value;
        return this;
    }

    /** All narrative text, section by section. */
    public String fullText() {
        StringBuilder sb = new StringBuilder();
        for (Section s : sections) {
            sb.append(s.heading()).append('\n').append(s.text()).append('\n');
        }
        return sb.toString();
    }
}
