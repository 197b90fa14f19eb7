package org.nianbao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.Checker;
import org.nianbao.run.Readers;

/** META.AGENCY_MISMATCH: a government's report signed by its office, without the city in front, is the same body. */
class AgencyAgreementTest {

    private static boolean mismatch(Path dir, String agency, String signatory) throws Exception {
        String seed = Files.readString(Path.of("samples/seed.json"))
                .replace("\"agency\": \"薛城区商务和投资促进局\"", "\"agency\": \"" + agency + "\"")
                .replace("\"signatory\": \"薛城区商务和投资促进局\"", "\"signatory\": \"" + signatory + "\"");
        Path file = dir.resolve("report.json");
        Files.writeString(file, seed);
        Checker checker = new Checker(new RuleEngine(RuleLoader.builtIn()), CheckOptions.DEFAULT, Readers.parsers(),
                Readers.recognizer());
        return checker.check(file).evaluation().violations().stream()
                .anyMatch(v -> v.ruleId().equals("META.AGENCY_MISMATCH"));
    }

    @Test
    void theSameBodyUnderItsOfficeOrWithoutItsCity(@TempDir Path dir) throws Exception {
        assertThat(mismatch(dir, "淮安市洪泽区人民政府", "洪泽区人民政府办公室")).isFalse();
        assertThat(mismatch(dir, "淮安市洪泽区人民政府", "洪泽区人民政府")).isFalse();
        assertThat(mismatch(dir, "淮安市洪泽区人民政府", "淮安市清江浦区人民政府")).isTrue();
        assertThat(mismatch(dir, "某某区教育局", "某某区卫生健康委员会")).isTrue();
    }
}
