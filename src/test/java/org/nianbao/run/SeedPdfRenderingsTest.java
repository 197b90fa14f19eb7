package org.nianbao.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.model.Cell;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleLoader;
import org.nianbao.rules.Severity;
import org.nianbao.rules.Violation;

/**
 * The seed printed to PDF by Chromium (A4, Letter) and LibreOffice (A4 landscape, narrow margins, Noto Serif and
 * WenQuanYi Zen Hei; a table cut right after its caption row), as in src/test/resources/documents/pdf/README.md,
 * reads into the seed's model (samples/seed.json) cell for cell and section for section, and check finds no
 * error. The rendering whose first body row has four blank cells reads them blank, nothing shifted.
 */
class SeedPdfRenderingsTest {
    private static final Path DIR = Path.of("src/test/resources/documents/pdf");
    private static Checker checker;
    private static Report seed;

    @BeforeAll
    static void readSeed() throws Exception {
        checker = new Checker(new RuleEngine(RuleLoader.builtIn()), CheckOptions.DEFAULT, Readers.parsers(),
                Readers.recognizer());
        seed = checker.read(Path.of("samples/seed.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-chromium-a4.pdf", "seed-chromium-letter.pdf", "seed-libreoffice-landscape-noto.pdf",
        "seed-libreoffice-landscape-wqy.pdf", "seed-libreoffice-landscape-noto-caption-split.pdf",
        "seed-blank-first-row-chromium-a4.pdf"})
    void readsTheSeedCellForCellWithoutAnError(String name) throws Exception {
        Path file = DIR.resolve(name);
        Report r = checker.read(file);

        assertThat(r.title()).isEqualTo(seed.title());
        assertThat(r.agency()).isEqualTo(seed.agency());
        assertThat(r.year()).isEqualTo(seed.year());
        assertThat(r.period().start()).isEqualTo(seed.period().start());
        assertThat(r.period().end()).isEqualTo(seed.period().end());
        assertThat(r.issued()).isEqualTo(seed.issued());
        assertThat(r.formatVersion()).isEqualTo(seed.formatVersion());
        assertThat(r.sections()).extracting(s -> s.id() + " " + compact(s.heading()))
                .containsExactlyElementsOf(seed.sections().stream().map(s -> s.id() + " " + compact(s.heading()))
                        .toList());
        for (int i = 0; i < seed.sections().size(); i++) {
            Section expected = seed.sections().get(i);
            assertThat(compact(r.sections().get(i).text())).as(expected.id().id())
                    .isEqualTo(compact(expected.text()));
        }
        int cells = 0;
        for (TableId id : TableId.values()) {
            Map<String, String> expected = values(seed.table(id).orElseThrow());
            if (name.startsWith("seed-blank-first-row") && id == TableId.APPLICATIONS) {
                for (String column : List.of("socialWelfare", "legalService", "otherOrg", "total")) {
                    expected.put("newReceived/" + column, "");
                }
            }
            assertThat(values(r.table(id).orElseThrow())).as(id.id()).isEqualTo(expected);
            cells += expected.size();
        }
        assertThat(cells).isEqualTo(200);
        List<String> errors = checker.check(file).evaluation().violations().stream()
                .filter(v -> v.assessable() && v.severity() == Severity.ERROR).map(Violation::ruleId).toList();
        assertThat(errors).isEmpty();
    }

    private static Map<String, String> values(Table t) {
        Map<String, String> out = new TreeMap<>();
        for (String row : t.rowIds()) {
            for (Map.Entry<String, Cell> c : t.row(row).entrySet()) {
                out.put(row + "/" + c.getKey(), c.getValue().value().display());
            }
        }
        return out;
    }

    private static String compact(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }
}
