package org.nianbao.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.model.Cell;
import org.nianbao.model.CellRef;
import org.nianbao.model.Lang;
import org.nianbao.model.OcrReading;
import org.nianbao.model.Report;
import org.nianbao.rules.Labels;
import org.nianbao.rules.Severity;
import org.nianbao.rules.Suggestion;
import org.nianbao.rules.Violation;

/**
 * The scanned cells of a finding a person should look at to confirm what OCR read, most doubtful first: the cells it
 * names that stayed unsure, those the balances settled, the cells the suggestion names as likely wrong, then — for
 * an error or a warning, whose every cell could be a misreading, and for a finding about one cell — the others it
 * names. An info or a finding not assessable over many sure cells shows only its doubtful ones.
 */
public final class OcrCells {
    /** A scanned cell of a finding. */
    public record Scanned(CellRef ref, Cell cell) {
    }

    private OcrCells() {
    }

    /** The scanned cells of a finding worth showing, most doubtful first; empty for a report not read by OCR. */
    public static List<Scanned> of(Violation v, Report report) {
        if (report == null) {
            return List.of();
        }
        Set<CellRef> named = new LinkedHashSet<>();
        v.cells().stream().filter(c -> c.row() != null && c.column() != null).forEach(named::add);
        List<Scanned> scanned = new ArrayList<>();
        for (CellRef ref : named) {
            Cell c = cell(report, ref);
            if (c != null && c.ocr() != null) {
                scanned.add(new Scanned(ref, c));
            }
        }
        Set<CellRef> shown = new LinkedHashSet<>();
        scanned.stream().filter(s -> s.cell().unsure()).forEach(s -> shown.add(s.ref()));
        scanned.stream().filter(s -> s.cell().ocr().settled() != null).forEach(s -> shown.add(s.ref()));
        Suggestion suggestion = v.suggestion();
        if (suggestion != null) {
            for (Suggestion.Change change : suggestion.changes()) {
                Cell c = cell(report, change.cell());
                if (c != null && c.ocr() != null) {
                    shown.add(change.cell());
                }
            }
        }
        if (named.size() == 1 || v.assessable() && v.severity() != Severity.INFO) {
            scanned.forEach(s -> shown.add(s.ref()));
        }
        List<Scanned> out = new ArrayList<>();
        for (CellRef ref : shown) {
            out.add(new Scanned(ref, cell(report, ref)));
        }
        return out;
    }

    /** What OCR read in a cell, in words: "识别不确定：“135”", "识别为“135”，按勾稽关系取 35", "识别为“35”". */
    public static String reading(OcrReading r, Lang lang) {
        boolean zh = lang == Lang.ZH;
        if (r.settled() != null) {
            return zh ? "识别为“" + r.seen() + "”，按勾稽关系取 " + r.settled()
                    : "seen as '" + r.seen() + "', taken as " + r.settled() + " by the balances";
        }
        if (r.unsure()) {
            return r.seen().isBlank() ? (zh ? "识别不确定：未识别出文字" : "unsure: nothing read")
                    : zh ? "识别不确定：“" + r.seen() + "”" : "unsure: '" + r.seen() + "'";
        }
        return zh ? "识别为“" + r.seen() + "”" : "read as '" + r.seen() + "'";
    }

    /** One scanned cell in a line: its name, what OCR read, its page and box. */
    public static String line(Scanned s, Lang lang) {
        boolean zh = lang == Lang.ZH;
        String place = LocationText.scanPlace(s.cell().source(), lang);
        return Labels.cell(s.ref().table(), s.ref().row(), s.ref().column()).in(lang) + (zh ? "：" : ": ")
                + reading(s.cell().ocr(), lang) + (place.isEmpty() ? "" : (zh ? "，" : ", ") + place);
    }

    /**
     * The scanned cells of a finding as lines, each "扫描件：…" / "on the scan: …"; empty when there are none. With
     * {@code placeShown}, the cell the finding's place already names (page and box) is left out.
     */
    public static List<String> lines(Violation v, Report report, Lang lang, boolean placeShown) {
        return of(v, report).stream()
                .filter(s -> !placeShown || !java.util.Objects.equals(s.cell().source(), v.where().source()))
                .map(s -> (lang == Lang.ZH ? "扫描件：" : "on the scan: ") + line(s, lang)).toList();
    }

    private static Cell cell(Report report, CellRef ref) {
        return report.table(ref.table()).flatMap(t -> t.cell(ref.row(), ref.column())).orElse(null);
    }
}
