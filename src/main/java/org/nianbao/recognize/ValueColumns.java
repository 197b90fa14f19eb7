package org.nianbao.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.parse.RawCell;

/**
 * The labelled column of each value cell of one row, aligned by the labels rather than by exact grid edges: header
 * and body cells are often cut differently (a header of 1 + 2 grid columns over body cells of 2 + 1, where the grid
 * has more edges than either). A labelled column is a run of adjacent grid columns under one label, named by its
 * first grid column. A cell within one run takes it; of several within one, the only one holding something does
 * (all blank: the first; two holding values: none, never a guess). A cell straddling runs takes the one of them no
 * other cell of the row holds, when there is exactly one. Cells that are left over get no column.
 */
final class ValueColumns {
    private ValueColumns() {
    }

    /**
     * @param ids   the column id of each grid column (null where none)
     * @param cells the value cells of one row, left to right
     * @return each placed cell with the first grid column of its run, in the cells' order
     */
    static Map<RawCell, Integer> assign(String[] ids, List<RawCell> cells) {
        Map<RawCell, Set<Integer>> over = new LinkedHashMap<>();
        Map<Integer, List<RawCell>> within = new LinkedHashMap<>();
        for (RawCell cell : cells) {
            Set<Integer> found = runsCovered(ids, cell);
            over.put(cell, found);
            if (found.size() == 1) {
                within.computeIfAbsent(found.iterator().next(), k -> new ArrayList<>()).add(cell);
            }
        }
        Map<RawCell, Integer> chosen = new HashMap<>();
        Set<Integer> claimed = new HashSet<>(within.keySet());
        within.forEach((run, under) -> {
            List<RawCell> filled = under.stream().filter(c -> !c.text().isBlank()).toList();
            RawCell pick = filled.size() == 1 ? filled.get(0) : filled.isEmpty() ? under.get(0) : null;
            if (pick != null) {
                chosen.put(pick, run);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<RawCell, Set<Integer>> e : over.entrySet()) {
                if (e.getValue().size() < 2 || chosen.containsKey(e.getKey())) {
                    continue;
                }
                List<Integer> open = e.getValue().stream().filter(run -> !claimed.contains(run)).toList();
                if (open.size() == 1) {
                    chosen.put(e.getKey(), open.get(0));
                    claimed.add(open.get(0));
                    changed = true;
                }
            }
        }
        Map<RawCell, Integer> inOrder = new LinkedHashMap<>();
        cells.stream().filter(chosen::containsKey).forEach(c -> inOrder.put(c, chosen.get(c)));
        return inOrder;
    }

    /** The runs a cell's span touches, each by its first grid column. */
    private static Set<Integer> runsCovered(String[] ids, RawCell cell) {
        Set<Integer> found = new LinkedHashSet<>();
        for (int c = Math.max(0, cell.col()); c < cell.col() + cell.colSpan() && c < ids.length; c++) {
            if (ids[c] != null) {
                int start = c;
                while (start > 0 && ids[c].equals(ids[start - 1])) {
                    start--;
                }
                found.add(start);
            }
        }
        return found;
    }
}
