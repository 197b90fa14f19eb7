package org.nianbao.parse.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The expected grids of the seed report, read independently of the PDF from {@code seed.html}, the source the
 * .docx and the PDFs were converted from (libraries.md §2.2/§4: the HTML, DOCX, DOC and PDF grids are identical).
 * A plain rowspan/colspan occupancy walk; cell text whitespace-free.
 */
final class HtmlGridOracle {

    /** One expected cell. */
    record Expected(int row, int col, int rowSpan, int colSpan, String text) {
    }

    private HtmlGridOracle() {
    }

    static List<List<Expected>> tables(Path html) throws IOException {
        List<List<Expected>> tables = new ArrayList<>();
        for (Element table : Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8)).select("body > table")) {
            tables.add(grid(table));
        }
        return tables;
    }

    private static List<Expected> grid(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.tagName().equals("tr")) {
                rows.add(child);
            } else if (List.of("thead", "tbody", "tfoot").contains(child.tagName())) {
                rows.addAll(child.select("> tr"));
            }
        }
        List<Set<Integer>> taken = new ArrayList<>();
        List<Expected> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            while (taken.size() <= r) {
                taken.add(new HashSet<>());
            }
            int col = 0;
            for (Element td : rows.get(r).select("> td, > th")) {
                while (taken.get(r).contains(col)) {
                    col++;
                }
                int rowSpan = span(td.attr("rowspan"));
                int colSpan = span(td.attr("colspan"));
                for (int i = r; i < r + rowSpan; i++) {
                    while (taken.size() <= i) {
                        taken.add(new HashSet<>());
                    }
                    for (int j = col; j < col + colSpan; j++) {
                        taken.get(i).add(j);
                    }
                }
                cells.add(new Expected(r, col, rowSpan, colSpan, td.text().replaceAll("\\s+", "")));
                col += colSpan;
            }
        }
        return cells;
    }

    private static int span(String value) {
        try {
            return Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
