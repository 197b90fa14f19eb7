package org.nianbao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Lang;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.Checker;
import org.nianbao.run.FileResult;
import org.nianbao.run.Readers;

/** Loading rule files: the built-in set is complete and valid, extra rules need no Java, bad files stop the run. */
class RuleLoaderTest {

    @Test
    void builtInRulesCoverTheCatalogueWithTheirSeverities() throws Exception {
        RuleSet set = RuleLoader.builtIn();
        assertThat(set.all()).extracting(r -> r.definition().id() + " " + r.definition().severity().id())
                .contains("SEC.MISSING error", "SEC.ORDER warning", "SEC.DUPLICATE warning", "SEC.HEADING info",
                        "TBL.MISSING error", "TBL.ROW_MISSING error", "TBL.COLUMN_MISSING error", "TBL.LABEL info",
                        "FMT.OUTDATED error", "FMT.HYBRID warning", "CELL.NOT_NUMBER error", "CELL.BLANK info",
                        "CELL.NEGATIVE error", "CELL.NOT_INTEGER error", "CELL.FEE_PRECISION info",
                        "T3.BALANCE error", "T3.RESULTS_TOTAL error", "T3.ROW_TOTAL error", "T4.GROUP_TOTAL error",
                        "DATE.PERIOD_MISSING warning", "DATE.PERIOD error", "DATE.YEAR_MISMATCH error",
                        "DATE.LATE error", "DATE.TOO_EARLY error", "DATE.MISSING info", "META.TITLE warning",
                        "META.AGENCY_MISMATCH warning", "TEXT.FEE_MISSING warning", "TEXT.GOV_ITEMS_MISSING warning",
                        "TEXT.EMPTY_SECTION warning", "JSON.SCHEMA error");
        assertThat(set.profiles()).containsExactly("2021", "2019");
    }

    @Test
    void rulesComeFromTheRuleFilesAnAuditorReads() throws Exception {
        Set<String> files = RuleLoader.builtIn().all().stream().map(r -> r.definition().file())
                .collect(Collectors.toSet());
        assertThat(files).containsExactlyInAnyOrder("rules/sections.yaml", "rules/tables.yaml", "rules/cells.yaml",
                "rules/balances.yaml", "rules/dates.yaml", "rules/content.yaml", "rules/json.yaml",
                "rules/narrative.yaml", "rules/crossyear.yaml", "rules/aggregate.yaml");
        for (CompiledRule r : RuleLoader.builtIn().all()) {
            RuleDefinition d = r.definition();
            assertThat(d.title().en()).as(d.id()).isNotBlank();
            assertThat(d.message().en()).as(d.id()).isNotBlank();
            assertThat(d.fix().zh()).as(d.id()).isNotBlank();
            assertThat(d.doc().zh()).as(d.id()).isNotBlank();
            assertThat(d.source()).as(d.id()).isNotBlank();
        }
    }

    @Test
    void aRuleOfAnExistingKindIsAddedByARuleFileAlone(@TempDir Path tmp) throws Exception {
        List<RuleSource> sources = new ArrayList<>(RuleSource.builtIn());
        sources.addAll(RuleSource.fromPath(Path.of("src/test/resources/rulepacks/extra-rules.yaml")));
        RuleSet set = new RuleLoader().load(sources);
        Checker checker = new Checker(new RuleEngine(set), CheckOptions.DEFAULT, Readers.parsers(),
                Readers.recognizer());

        FileResult seed = checker.check(Path.of("samples/seed.json"));
        assertThat(seed.evaluation().violations()).extracting(Violation::ruleId)
                .doesNotContain("T3.DENIED_NOT_ABOVE_RESULTS", "TEXT.KEY_POINTS_MISSING");
        Path without = tmp.resolve("without-key-points.json");
        Files.writeString(without, Files.readString(Path.of("samples/seed.json")).replace("工作要点", "工作安排"));
        assertThat(checker.check(without).evaluation().violations()).extracting(Violation::ruleId)
                .contains("TEXT.KEY_POINTS_MISSING");

        FileResult balanced = checker.check(Path.of("samples/rules/CELL.BLANK.json"));
        Violation v = balanced.evaluation().violations().stream()
                .filter(x -> x.ruleId().equals("T3.DENIED_NOT_ABOVE_RESULTS")).findFirst().orElseThrow();
        assertThat(v.where().key()).isEqualTo("applications/*/total");
        assertThat(v.message(Lang.ZH)).contains("= 14", "= 3");
    }

    @Test
    void balanceRulesListTheCellsOnEachSideOfEveryEquation() throws Exception {
        CompiledRule balance = RuleLoader.builtIn().all().stream()
                .filter(r -> r.definition().id().equals("T3.RESULTS_TOTAL")).findFirst().orElseThrow();
        Checker checker = new Checker(new RuleEngine(RuleLoader.builtIn()), CheckOptions.DEFAULT, Readers.parsers(),
                Readers.recognizer());
        var report = checker.read(Path.of("samples/seed.json"));
        List<LinearConstraint> equations = ((LinearRules) balance.check()).constraints(report);
        assertThat(equations).hasSize(7);
        LinearConstraint total = equations.get(6);
        assertThat(total.index()).isEqualTo("total");
        assertThat(total.left()).extracting(t -> t.cell().toString()).containsExactly("applications/totalProcessed/total");
        assertThat(total.right()).hasSize(21).extracting(t -> t.cell().row())
                .contains("granted", "denied.stateSecret", "otherHandling.other");
    }

    @Test
    void aBrokenRuleFileNamesTheFileTheRuleAndTheProblem() {
        assertProblem("""
                rules:
                  - id: T3.X
                    kind: balance
                    severity: error
                    title: {zh: 甲, en: a}
                    message: {zh: 甲, en: a}
                    source: s
                    doc: {zh: 甲, en: a}
                """, "T3.X", "fix");
        assertProblem(rule("kind: balance", "{table: applications, over: columns, equation: \"newReceived = nosuchRow\"}"),
                "T3.X", "'nosuchRow' in the equation is no row");
        assertProblem(rule("kind: balance", "{table: applications, over: columns, equation: \"newReceived = = total\"}"),
                "T3.X", "exactly one '='");
        assertProblem(rule("kind: cell", "{test: number, cells: [\"applications/x/y\"]}"), "T3.X",
                "matches no cell");
        assertProblem(rule("kind: magic", "{}"), "T3.X", "kind");
        assertProblem("rules: [ {id: ", null, "not valid YAML at line");
    }

    @Test
    void aMisspeltPlaceholderIsRefusedWhenLoading() {
        String text = rule("kind: section", "{test: present}").replace("message: {zh: 甲, en: a}",
                "message: {zh: \"缺少{sectoin}\", en: a}");
        assertProblem(text, "T3.X", "{sectoin}");
    }

    @Test
    void twoRulesWithOneIdAreRefused() {
        String one = rule("kind: section", "{test: present}");
        assertThatThrownBy(() -> new RuleLoader().load(List.of(new RuleSource("a.yaml", one),
                new RuleSource("b.yaml", one)))).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("b.yaml").hasMessageContaining("already defined in a.yaml");
    }

    private static String rule(String kind, String params) {
        return """
                rules:
                  - id: T3.X
                    %s
                    severity: error
                    title: {zh: 甲, en: a}
                    message: {zh: 甲, en: a}
                    fix: {zh: 甲, en: a}
                    source: s
                    doc: {zh: 甲, en: a}
                    params: %s
                """.formatted(kind, params);
    }

    private static void assertProblem(String text, String ruleId, String problem) {
        assertThatThrownBy(() -> new RuleLoader().load(List.of(new RuleSource("bad.yaml", text))))
                .isInstanceOfSatisfying(RuleFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("bad.yaml");
                    assertThat(e.ruleId()).isEqualTo(ruleId);
                    assertThat(e.getMessage()).contains(problem);
                });
    }
}
