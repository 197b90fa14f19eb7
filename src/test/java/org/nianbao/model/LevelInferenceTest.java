package org.nianbao.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Governments at county level and above by name; everything else reports as a department. */
class LevelInferenceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"淮安市人民政府|GOVERNMENT", "枣庄市薛城区人民政府|GOVERNMENT",
        "某某县人民政府|GOVERNMENT", "某某自治州人民政府|GOVERNMENT", "某某旗人民政府|GOVERNMENT",
        "某某镇人民政府|DEPARTMENT", "某某乡人民政府|DEPARTMENT", "某某街道办事处|DEPARTMENT",
        "某某市人民政府办公室|DEPARTMENT", "淮安市人民政府（报告由淮安市人民政府办公室编制）|GOVERNMENT",
        "薛城区商务和投资促进局|DEPARTMENT"})
    void levelFromTheAgencyName(String agency, Level level) {
        assertThat(LevelInference.fromAgency(agency)).isEqualTo(level);
    }

}
