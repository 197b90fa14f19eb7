package org.nianbao.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Cell;
import org.nianbao.model.CellValue;
import org.nianbao.model.LabelNote;
import org.nianbao.model.Lang;
import org.nianbao.model.Report;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleLoader;
import org.nianbao.rules.Violation;

/**
 * The real WPS PDF of 淮安市洪泽区人民政府 2024 prints table 3's row （三）2 as {@code 2.其他法律行政止公开} (for
 * 2.其他法律行政法规禁止公开), between 1.属于国家秘密 and 3.危及“三安全一稳定”, with seven zeros. The row is read by
 * its place and its words, its zeros are checked, and the label's difference is an info, not a missing row.
 */
class HongzeTypoRowTest {
    private static final Path PDF = Path.of("src/test/resources/reports/real/huaian-hongze-district-gov_2024.pdf");

    @Test
    void theMistypedRowIsReadWithItsSevenZerosAndNoted() throws Exception {
        Checker checker = new Checker(new RuleEngine(RuleLoader.builtIn()), CheckOptions.DEFAULT, Readers.parsers(),
                Readers.recognizer());
        Report report = checker.read(PDF);
        Table applications = report.table(TableId.APPLICATIONS).orElseThrow();

        Map<String, Cell> row = applications.row("denied.lawProhibited");
        assertThat(row.keySet()).containsExactly("naturalPerson", "commercial", "research", "socialWelfare",
                "legalService", "otherOrg", "total");
        assertThat(row.values()).extracting(Cell::value).containsOnly(CellValue.number(0));
        assertThat(applications.unrecognizedRows()).isEmpty();
        assertThat(applications.labelNotes()).extracting(LabelNote::row, LabelNote::written, LabelNote::standard)
                .contains(tuple("denied.lawProhibited", "2.其他法律行政止公开",
                        "2.其他法律行政法规禁止公开"));

        List<Violation> violations = checker.check(PDF).evaluation().violations();
        assertThat(violations).extracting(Violation::ruleId).doesNotContain("TBL.ROW_MISSING");
        assertThat(violations).filteredOn(v -> v.ruleId().startsWith("T3.")).isEmpty();
        assertThat(violations).filteredOn(v -> v.ruleId().equals("TBL.LABEL"))
                .anySatisfy(v -> assertThat(v.message(Lang.ZH))
                        .contains("“2.其他法律行政止公开”与规范表述“2.其他法律行政法规禁止公开”不一致"));
    }
}
