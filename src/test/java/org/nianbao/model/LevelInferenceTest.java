package org.nianbao.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Governments at county level and above, and regions reporting as a whole, by name and words; the rest departments. */
class LevelInferenceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"淮安市人民政府|GOVERNMENT", "枣庄市薛城区人民政府|GOVERNMENT",
        "某某县人民政府|GOVERNMENT", "某某自治州人民政府|GOVERNMENT", "某某旗人民政府|GOVERNMENT",
        "某某县政府|GOVERNMENT", "淮安市洪泽区|GOVERNMENT",
        "某某镇人民政府|DEPARTMENT", "某某乡人民政府|DEPARTMENT", "某某街道办事处|DEPARTMENT", "某某街道|DEPARTMENT",
        "某某市人民政府办公室|DEPARTMENT", "淮安市人民政府（报告由淮安市人民政府办公室编制）|GOVERNMENT",
        "薛城区商务和投资促进局|DEPARTMENT", "某某市城乡建设局|DEPARTMENT", "平潭综合实验区|GOVERNMENT",
        "某某高新技术产业开发区|GOVERNMENT", "某某新区管理委员会|DEPARTMENT", "某某新区建设局|DEPARTMENT"})
    void levelFromTheAgencyName(String agency, Level level) {
        assertThat(LevelInference.fromAgency(agency)).isEqualTo(level);
    }

    @Test
    void aRegionsCommitteeReportsForTheRegionWhenItsReportSumsUpTheRegionsBodies() {
        LevelInference.Decision region = LevelInference.infer("平潭综合实验区管理委员会", null,
                "2023年，全区各部门共主动公开政府信息5000余条。");
        assertThat(region.level()).isEqualTo(Level.GOVERNMENT);
        assertThat(region.basis()).isEqualTo("region-report");
        assertThat(region.reason().zh()).contains("平潭综合实验区管理委员会").contains("全区……各部门");

        LevelInference.Decision governmentItems = LevelInference.infer("泰和市高新技术产业开发区管理委员会", null,
                "（六）工作考核、社会评议和责任追究结果情况\n将政务公开工作纳入年度考核，组织开展社会评议，未发生责任追究。");
        assertThat(governmentItems.basis()).isEqualTo("region-report");
        assertThat(governmentItems.reason().zh()).contains("工作考核、社会评议和责任追究");

        LevelInference.Decision own = LevelInference.infer("某某经济技术开发区管委会", null,
                "本机关全年主动公开政府信息120条。");
        assertThat(own.level()).isEqualTo(Level.DEPARTMENT);
        assertThat(own.basis()).isEqualTo("region-body");
        assertThat(own.reason().zh()).contains("--level government");
    }

    @Test
    void theSignatoryDecidesWhenTheTitleNamesNoBody() {
        assertThat(LevelInference.infer(null, "某某市某某区人民政府", "").basis()).isEqualTo("government-name");
        assertThat(LevelInference.infer("某某新区", "某某新区管理委员会", "").basis()).isEqualTo("region-name");
        assertThat(LevelInference.infer("某某镇人民政府", null, "全镇各部门").basis()).isEqualTo("township");
        assertThat(LevelInference.infer(null, null, "").level()).isEqualTo(Level.DEPARTMENT);
    }
}
