package org.nianbao.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import org.nianbao.model.FormatVersion;
import org.nianbao.model.RowSpec;
import org.nianbao.model.StandardLayouts;
import org.nianbao.model.TableLayout;

/**
 * Fills the three tables from independent leaf numbers and computes every total from them, so a report balances
 * under T3.BALANCE, T3.RESULTS_TOTAL, T3.ROW_TOTAL and T4.GROUP_TOTAL by construction.
 */
final class TableNumbers {
    static final List<String> APPLICANTS = List.of("naturalPerson", "commercial", "research", "socialWelfare",
            "legalService", "otherOrg");
    static final List<String> OUTCOMES = List.of("upheld", "corrected", "other", "pending");

    private final Random random;
    private final int scale;
    /** In sixths, how often a rare outcome (a denial ground, a review) is not zero. */
    private final int rareSixths;

    /** A government handles many more applications than a department. */
    TableNumbers(Random random, boolean government) {
        this(random, government ? 40 : 6, false);
    }

    /**
     * Numbers of a chosen size: {@code scale} 1 gives a table of almost nothing but zeros, 600 one of four-digit
     * figures; {@code dense} makes the rare outcomes common, so that few cells are zero.
     */
    TableNumbers(Random random, int scale, boolean dense) {
        this.random = random;
        this.scale = scale;
        this.rareSixths = dense ? 5 : 1;
    }

    void fill(GeneratedReport r) {
        r.tables.put("proactive", r.format2019 ? proactive2019(r.agency.government()) : proactive2021(r.agency));
        r.tables.put("applications", applications(r.format2019 ? FormatVersion.V2019 : FormatVersion.V2021));
        r.tables.put("reviewLitigation", reviewLitigation());
    }

    private LinkedHashMap<String, LinkedHashMap<String, Object>> proactive2021(Agency agency) {
        var t = new LinkedHashMap<String, LinkedHashMap<String, Object>>();
        boolean makesRegulations = agency.government() && agency.place().endsWith("市");
        t.put("regulations", counts(makesRegulations ? random.nextInt(4) : 0, 0, makesRegulations ? 20 : 0));
        int issued = 1 + random.nextInt(scale * 2);
        int repealed = random.nextInt(issued + 1);
        t.put("normativeDocuments", counts(issued, repealed, issued + random.nextInt(scale * 10 + 5)));
        t.put("licensing", row("decisions", (long) random.nextInt(scale * 300 + 50)));
        t.put("punishment", row("decisions", (long) random.nextInt(scale * 100 + 10)));
        t.put("coercion", row("decisions", (long) random.nextInt(scale * 5 + 2)));
        t.put("fees", row("amount", fee()));
        return t;
    }

    private LinkedHashMap<String, LinkedHashMap<String, Object>> proactive2019(boolean government) {
        var t = new LinkedHashMap<String, LinkedHashMap<String, Object>>();
        var regulations = new LinkedHashMap<String, Object>();
        int made = government ? random.nextInt(3) : 0;
        regulations.put("newlyMade", (long) made);
        regulations.put("newlyPublished", (long) made);
        regulations.put("totalPublished", (long) (made + (government ? random.nextInt(15) : 0)));
        t.put("regulations", regulations);
        var normative = new LinkedHashMap<String, Object>();
        int made2 = 1 + random.nextInt(scale * 2);
        normative.put("newlyMade", (long) made2);
        normative.put("newlyPublished", (long) made2);
        normative.put("totalPublished", (long) (made2 + random.nextInt(scale * 10 + 5)));
        t.put("normativeDocuments", normative);
        for (String id : List.of("licensing", "otherServices", "punishment", "coercion")) {
            var items = new LinkedHashMap<String, Object>();
            int previous = random.nextInt(scale * 20 + 5);
            items.put("previousCount", (long) previous);
            items.put("change", (long) (random.nextInt(11) - Math.min(5, previous)));
            items.put("decisions", (long) random.nextInt(scale * 100 + 10));
            t.put(id, items);
        }
        var fees = new LinkedHashMap<String, Object>();
        int previousFees = random.nextInt(8);
        fees.put("previousCount", (long) previousFees);
        fees.put("change", (long) (random.nextInt(3) - Math.min(1, previousFees)));
        t.put("fees", fees);
        var procurement = new LinkedHashMap<String, Object>();
        int projects = random.nextInt(scale * 3 + 2);
        procurement.put("projects", (long) projects);
        procurement.put("amount", projects == 0 ? "0" : (projects * (5 + random.nextInt(200))) + "万元");
        t.put("procurement", procurement);
        return t;
    }

    private LinkedHashMap<String, LinkedHashMap<String, Object>> applications(FormatVersion version) {
        TableLayout layout = StandardLayouts.of(org.nianbao.model.TableId.APPLICATIONS, version);
        var t = new LinkedHashMap<String, LinkedHashMap<String, Object>>();
        for (RowSpec row : layout.rows()) {
            t.put(row.id(), new LinkedHashMap<>());
        }
        for (String column : APPLICANTS) {
            // a small body's applicants are people; organisations apply only where there are some applications
            int weight = column.equals("naturalPerson") ? scale : scale < 4 ? 0 : Math.max(1, scale / 4);
            long processed = 0;
            for (RowSpec row : layout.rows()) {
                if (isResult(row.id())) {
                    long v = weight == 0 ? 0 : leaf(weight, row.id());
                    t.get(row.id()).put(column, v);
                    processed += v;
                }
            }
            long forward = weight > 0 && random.nextInt(3) == 0 ? random.nextInt(weight / 2 + 2) : 0;
            long carried = Math.min(processed + forward,
                    weight > 0 && random.nextInt(3) == 0 ? random.nextInt(weight / 2 + 2) : 0);
            t.get("totalProcessed").put(column, processed);
            t.get("carriedForward").put(column, forward);
            t.get("carriedOver").put(column, carried);
            t.get("newReceived").put(column, processed + forward - carried);
        }
        for (LinkedHashMap<String, Object> cells : t.values()) {
            putTotal(cells);
        }
        // keep the printed column order: the six applicants, then 总计
        for (var e : t.entrySet()) {
            var ordered = new LinkedHashMap<String, Object>();
            for (String c : APPLICANTS) {
                ordered.put(c, e.getValue().get(c));
            }
            ordered.put("total", e.getValue().get("total"));
            e.setValue(ordered);
        }
        return t;
    }

    private LinkedHashMap<String, LinkedHashMap<String, Object>> reviewLitigation() {
        var t = new LinkedHashMap<String, LinkedHashMap<String, Object>>();
        for (String row : List.of("review", "litigationDirect", "litigationAfterReview")) {
            var cells = new LinkedHashMap<String, Object>();
            long total = 0;
            for (String outcome : OUTCOMES) {
                long v = random.nextInt(6) < 2 * rareSixths ? random.nextInt(scale / 2 + 2) : 0;
                cells.put(outcome, v);
                total += v;
            }
            cells.put("total", total);
            t.put(row, cells);
        }
        return t;
    }

    /** Sets 总计 to the sum of the six applicant columns. */
    static void putTotal(LinkedHashMap<String, Object> cells) {
        long sum = 0;
        for (String c : APPLICANTS) {
            sum += (Long) cells.get(c);
        }
        cells.put("total", sum);
    }

    static boolean isResult(String rowId) {
        return !List.of("newReceived", "carriedOver", "totalProcessed", "carriedForward").contains(rowId);
    }

    /** Most applications are granted or not held; the rarer outcomes are mostly zero. */
    private long leaf(int weight, String rowId) {
        boolean common = rowId.equals("granted") || rowId.equals("unable.notHeld")
                || rowId.equals("partiallyGranted") || rowId.equals("notProcessed.petition");
        if (common) {
            return random.nextInt(weight * 2 + 1);
        }
        return random.nextInt(6) < rareSixths ? 1 + random.nextInt(Math.max(1, weight / 3)) : 0;
    }

    private BigDecimal fee() {
        if (random.nextInt(3) == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal amount = BigDecimal.valueOf(random.nextInt(2_000_000), 2).setScale(random.nextInt(3), RoundingMode.DOWN)
                .stripTrailingZeros();
        return amount.scale() < 0 ? amount.setScale(0) : amount;
    }

    private static LinkedHashMap<String, Object> counts(long issued, long repealed, long inForce) {
        var cells = new LinkedHashMap<String, Object>();
        cells.put("issued", issued);
        cells.put("repealed", repealed);
        cells.put("inForce", inForce);
        return cells;
    }

    private static LinkedHashMap<String, Object> row(String column, Object value) {
        var cells = new LinkedHashMap<String, Object>();
        cells.put(column, value);
        return cells;
    }
}
