package org.nianbao.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.model.Level;
import org.nianbao.model.Location;
import org.nianbao.model.Report;
import org.nianbao.parse.RawBlock;
import org.nianbao.parse.RawParagraph;

class MetadataRecognizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "淮安市人民政府2024年政府信息公开工作年度报告|淮安市人民政府|2024",
        "淮安市人民政府 2024 年政府信息公开工作年度报告|淮安市人民政府|2024",
        "某某区教育局2023年度政府信息公开工作年度报告|某某区教育局|2023",
        "某某区教育局2023年政府信息公开年度报告|某某区教育局|2023",
        "2023年某某区教育局政府信息公开工作年度报告|某某区教育局|2023",
        "某某区教育局二〇二三年政府信息公开工作年度报告|某某区教育局|2023"})
    void titleVariantsGiveAgencyAndYear(String title, String agency, int year) {
        Report report = read(title, "正文。");
        assertThat(report.title()).isEqualTo(title.replace(" ", ""));
        assertThat(report.agency()).isEqualTo(agency);
        assertThat(report.year()).isEqualTo(year);
    }

    @Test
    void titleOverTwoParagraphs() {
        Report report = read("某某区教育局", "2023年政府信息公开工作年度报告", "正文。");
        assertThat(report.title()).isEqualTo("某某区教育局2023年政府信息公开工作年度报告");
        assertThat(report.agency()).isEqualTo("某某区教育局");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"泰和市高新技术产业开发区管理委员会2025年度政府信息|公开工作年度报告",
        "泰和市高新技术产业开发区管理委员会2025年度政府信息公开工|作年度报告"})
    void aTitleWrappedInsideAWordIsJoined(String first, String second) {
        Report report = read(first, second, "本报告根据《条例》编制。");
        assertThat(report.title()).isEqualTo("泰和市高新技术产业开发区管理委员会2025年度政府信息公开工作年度报告");
        assertThat(report.agency()).isEqualTo("泰和市高新技术产业开发区管理委员会");
        assertThat(report.year()).isEqualTo(2025);
    }

    @Test
    void aPeriodSentenceBrokenIntoTwoParagraphsIsRead() {
        Report report = read("某局2025年政府信息公开工作年度报告", "本年度报告所列数据的统计时限为2025年1月1日至",
                "2025年12月31日。");
        assertThat(report.period().start()).isEqualTo(LocalDate.parse("2025-01-01"));
        assertThat(report.period().end()).isEqualTo(LocalDate.parse("2025-12-31"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。|2023-01-01|2023-12-31",
        "本年度报告中所列数据统计期限从2019年1月1日到12月31日止。|2019-01-01|2019-12-31",
        "报告所列统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。|2024-01-01|2024-12-31",
        "本年度报告所列数据的统计时限为2023年1月1日至2023年12月31日。|2023-01-01|2023-12-31"})
    void periodVariants(String sentence, String start, String end) {
        Report report = read("某局2023年政府信息公开工作年度报告", "本报告根据《条例》编制。" + sentence + "如有疑问请联系。");
        assertThat(report.period().start()).isEqualTo(LocalDate.parse(start));
        assertThat(report.period().end()).isEqualTo(LocalDate.parse(end));
        assertThat(report.period().sentence()).isEqualTo(sentence);
    }

    @Test
    void aDateRangeOutsideAStatisticsSentenceIsNoPeriod() {
        Report report = read("某局2023年政府信息公开工作年度报告", "2023年3月1日至2023年3月5日开展培训。");
        assertThat(report.period()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2024年1月16日|2024-01-16", "2024-01-16|2024-01-16",
        "二〇二四年一月十六日|2024-01-16", "二○二四年元月十六日|2024-01-16", "2024 年 3 月 31 日|2024-03-31",
        "二〇二四年十二月三十一日|2024-12-31"})
    void signatureDates(String written, String iso) {
        Report report = read("某局2023年政府信息公开工作年度报告", "正文。", "某某区教育局", written);
        assertThat(report.issued()).isEqualTo(LocalDate.parse(iso));
        assertThat(report.signatory()).isEqualTo("某某区教育局");
    }

    @Test
    void noSignatureLeavesIssuedEmptyAndAnImpossibleDateIsNoDate() {
        assertThat(read("某局2023年政府信息公开工作年度报告", "正文。").issued()).isNull();
        assertThat(read("某局2023年政府信息公开工作年度报告", "某局", "2024年2月30日").issued()).isNull();
    }

    private static Report read(String... paragraphs) {
        List<RawBlock> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            blocks.add(RawParagraph.plain(paragraphs[i], Location.paragraph(null, i + 1)));
        }
        Report report = new Report();
        new MetadataRecognizer().read(blocks, blocks.size(), report);
        return report;
    }
}
