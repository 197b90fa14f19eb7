package org.nianbao.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One statistics table as read: the cells found, addressed by row and column id, plus what the reader noticed
 * about labels. A row or cell that is absent here was not in the document.
 */
public final class Table {
    private final TableId id;
    private final Location source;
    private final Map<String, Map<String, Cell>> rows = new LinkedHashMap<>();
    private final Map<String, String> writtenRowLabels = new LinkedHashMap<>();
    private final List<LabelNote> labelNotes = new ArrayList<>();
    private final List<String> unrecognizedRows = new ArrayList<>();
    private FormatVersion version;

    public Table(TableId id, Location source) {
        this.id = id;
        this.source = source == null ? Location.NONE : source;
    }

    public TableId id() {
        return id;
    }

    /** Where the table starts (table index, page). */
    public Location source() {
        return source;
    }

    /** The format this table's own rows and columns show, or null when they show none. */
    public FormatVersion version() {
        return version;
    }

    public void setVersion(FormatVersion version) {
        this.version = version;
    }

    public void put(String row, String column, Cell cell) {
        rows.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(column, cell);
    }

    /** Marks a row as present even if it has no cells (e.g. a row with all its cells missing). */
    public void addRow(String row) {
        rows.computeIfAbsent(row, r -> new LinkedHashMap<>());
    }

    public Optional<Cell> cell(String row, String column) {
        Map<String, Cell> r = rows.get(row);
        return r == null ? Optional.empty() : Optional.ofNullable(r.get(column));
    }

    public boolean hasRow(String row) {
        return rows.containsKey(row);
    }

    /** Row ids in the order they were read. */
    public List<String> rowIds() {
        return List.copyOf(rows.keySet());
    }

    /** The cells of a row by column id, in the order read; empty when the row is absent. */
    public Map<String, Cell> row(String row) {
        return Collections.unmodifiableMap(rows.getOrDefault(row, Map.of()));
    }

    public void setWrittenRowLabel(String row, String label) {
        writtenRowLabels.put(row, label);
    }

    /** The row label as written in the document, where a reader saw one. */
    public Optional<String> writtenRowLabel(String row) {
        return Optional.ofNullable(writtenRowLabels.get(row));
    }

    public void addLabelNote(LabelNote note) {
        labelNotes.add(note);
    }

    /** Labels that were recognised although they differ from the standard wording. */
    public List<LabelNote> labelNotes() {
        return List.copyOf(labelNotes);
    }

    public void addUnrecognizedRow(String writtenLabel) {
        unrecognizedRows.add(writtenLabel);
    }

    /** Labels of rows that matched no standard row. */
    public List<String> unrecognizedRows() {
        return List.copyOf(unrecognizedRows);
    }
}
