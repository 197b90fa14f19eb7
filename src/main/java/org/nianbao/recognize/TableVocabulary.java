package org.nianbao.recognize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.model.ColumnSpec;
import org.nianbao.model.RowSpec;
import org.nianbao.model.StandardLayouts;
import org.nianbao.model.TableLayout;

/**
 * The row and column labels of one table kind, from {@link StandardLayouts} (both formats together, so a report
 * mixing them is read as written), plus wording variants seen in published reports.
 */
final class TableVocabulary {
    private final LabelMatcher<String> rows = new LabelMatcher<>();
    private final LabelMatcher<String> columns = new LabelMatcher<>();
    private final Map<String, Set<String>> rowColumns = new LinkedHashMap<>();
    private final Map<String, String> rowGroups = new LinkedHashMap<>();
    private final Map<String, String> rowLabels = new LinkedHashMap<>();
    private final Map<String, String> columnLabels = new LinkedHashMap<>();
    private final List<String> rowOrder = new ArrayList<>();
    private final List<String> columnOrder = new ArrayList<>();
    /** Each standard group label with its normalised form and a matcher of it, made once (they are asked per row). */
    private final Map<String, String> normalizedGroups = new LinkedHashMap<>();
    private final Map<String, LabelMatcher<Boolean>> groupMatchers = new LinkedHashMap<>();

    private TableVocabulary(List<TableLayout> layouts, Map<String, List<String>> columnVariants) {
        for (TableLayout layout : layouts) {
            merge(rowOrder, layout.rows().stream().map(RowSpec::id).toList());
            merge(columnOrder, layout.columns().stream().map(ColumnSpec::id).toList());
            for (RowSpec row : layout.rows()) {
                rowLabels.putIfAbsent(row.id(), row.label().zh());
                rows.add(row.id(), row.label().zh());
                rowColumns.computeIfAbsent(row.id(), id -> new LinkedHashSet<>()).addAll(row.columns());
                if (row.group() != null) {
                    rowGroups.put(row.id(), row.group().zh());
                }
            }
            for (ColumnSpec column : layout.columns()) {
                columnLabels.putIfAbsent(column.id(), column.label().zh());
                columns.add(column.id(), column.label().zh());
            }
        }
        columnVariants.forEach((id, labels) -> labels.forEach(label -> columns.add(id, label)));
        for (String group : rowGroups.values()) {
            normalizedGroups.put(group, TextNormalizer.normalize(group));
            groupMatchers.computeIfAbsent(group, g -> new LabelMatcher<Boolean>().add(Boolean.TRUE, g));
        }
    }

    /**
     * Adds the ids of one format's sequence that the merged sequence lacks, each right after the id it follows
     * there, so the merged order keeps both formats' orders (2019's single （六）其他处理 before 2021's three).
     */
    private static void merge(List<String> merged, List<String> sequence) {
        String previous = null;
        for (String id : sequence) {
            if (!merged.contains(id)) {
                merged.add(previous == null ? 0 : merged.indexOf(previous) + 1, id);
            }
            previous = id;
        }
    }

    static TableVocabulary proactive() {
        return new TableVocabulary(List.of(StandardLayouts.PROACTIVE_2021, StandardLayouts.PROACTIVE_2019),
                Map.of("amount", List.of("本年收费金额（万元）", "本年收费金额")));
    }

    static TableVocabulary applications() {
        return new TableVocabulary(List.of(StandardLayouts.APPLICATIONS_2021, StandardLayouts.APPLICATIONS_2019),
                Map.of());
    }

    static TableVocabulary reviewLitigation() {
        return new TableVocabulary(List.of(StandardLayouts.REVIEW_LITIGATION), Map.of());
    }

    LabelMatcher<String> rows() {
        return rows;
    }

    LabelMatcher<String> columns() {
        return columns;
    }

    /** Row ids in printed order, both formats merged. */
    List<String> rowOrder() {
        return rowOrder;
    }

    /** Column ids in printed order, both formats merged. */
    List<String> columnOrder() {
        return columnOrder;
    }

    /**
     * The rows that cannot stand in one table with this one: a row one format prints whole (2019's （六）其他处理,
     * {@code otherHandling}) and the rows the other format splits it into ({@code otherHandling.*}) are the same
     * figures written two ways, so a table holding the one has no slot for the others.
     */
    List<String> alternativesOf(String row) {
        int dot = row.indexOf('.');
        String whole = dot < 0 ? row : row.substring(0, dot);
        return rowOrder.stream().filter(r -> !r.equals(row)
                && (dot < 0 ? r.startsWith(whole + ".") : r.equals(whole))).toList();
    }

    /** The standard label of a row. */
    String rowLabel(String row) {
        return rowLabels.get(row);
    }

    /** The standard label of a column. */
    String columnLabel(String column) {
        return columnLabels.get(column);
    }

    /** Whether a row has this column in either format. */
    boolean rowHasColumn(String row, String column) {
        return rowColumns.getOrDefault(row, Set.of()).contains(column);
    }

    /** Every standard group label of the table's rows. */
    Set<String> groups() {
        return Collections.unmodifiableSet(normalizedGroups.keySet());
    }

    /** The normalised form of a standard group label ({@link TextNormalizer#normalize}). */
    String normalizedGroup(String group) {
        return normalizedGroups.get(group);
    }

    /** Whether a written label names a standard group (one matching it alone, {@link LabelMatcher#unique}). */
    boolean namesGroup(String written, String group) {
        return groupMatchers.get(group).unique(written) != null;
    }

    /** The standard group label of a row (e.g. （三）不予公开), or null. */
    String groupOf(String row) {
        return rowGroups.get(row);
    }
}
