package org.nianbao.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleLoader;

/** Suppression files: matching by rule, file glob and location glob; a reason is required; stale entries. */
class SuppressionsTest {

    @Test
    void aMatchingEntryMovesTheViolationToSuppressedAndOthersAreStale(@TempDir Path tmp) throws Exception {
        Path yaml = Files.writeString(tmp.resolve("s.yaml"), """
                suppressions:
                  - rule: T3.BALANCE
                    file: "**/T3.*.json"
                    location: "applications/*/commercial"
                    reason: 原件如此，已函告
                  - rule: T3.BALANCE
                    file: "*.json"
                    location: "applications/*/naturalPerson"
                    reason: never matches
                """);
        Suppressions s = Suppressions.load(yaml);
        Checker checker = new Checker(new RuleEngine(RuleLoader.builtIn()), CheckOptions.DEFAULT, Readers.parsers(),
                Readers.recognizer());
        FileResult raw = checker.check(Path.of("samples/rules/T3.BALANCE.json"));
        assertThat(raw.count(org.nianbao.rules.Severity.ERROR)).isEqualTo(2);
        FileResult applied = s.apply(raw);
        assertThat(applied.count(org.nianbao.rules.Severity.ERROR)).isEqualTo(1); // the total column stays
        assertThat(applied.evaluation().violations()).extracting(v -> v.where().key())
                .containsExactly("applications/*/total");
        assertThat(applied.suppressed()).hasSize(1);
        assertThat(applied.suppressed().get(0).violation().ruleId()).isEqualTo("T3.BALANCE");
        assertThat(applied.suppressed().get(0).reason()).isEqualTo("原件如此，已函告");
        assertThat(s.stale()).extracting(Suppressions.Entry::number).containsExactly(2);
    }

    @Test
    void anEntryWithoutAReasonIsRejectedByNumber(@TempDir Path tmp) throws Exception {
        Path yaml = Files.writeString(tmp.resolve("s.yaml"), """
                - rule: T3.BALANCE
                  file: "*"
                  reason: ok
                - rule: DATE.LATE
                  file: "*"
                """);
        assertThatThrownBy(() -> Suppressions.load(yaml)).isInstanceOf(Suppressions.InvalidException.class)
                .hasMessageContaining("#2").hasMessageContaining("DATE.LATE").hasMessageContaining("reason");
    }

    @Test
    void globsMatchWithinAndAcrossParts() {
        assertThat(new Glob("applications/*/total").matches("applications/newReceived/total")).isTrue();
        assertThat(new Glob("applications/*/total").matches("applications/a/b/total")).isFalse();
        assertThat(new Glob("**/x?.pdf").matches("2023/dept/x1.pdf")).isTrue();
        assertThat(new Glob("a.b").matches("axb")).isFalse();
    }
}
