package org.nianbao.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The words of a report: title, preamble with the statistics period, the six sections' headings and paragraphs
 * (sub-headings （一）（二）… as their own paragraphs), varied by phrase and quoting the tables' own figures.
 */
final class Narrative {
    private static final List<String> OPENINGS = List.of("深入贯彻落实《中华人民共和国政府信息公开条例》",
            "认真贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署",
            "坚持以公开为常态、不公开为例外", "紧紧围绕中心工作，持续深化政务公开");
    private static final List<String> PROBLEMS = List.of("政策解读形式较为单一，图解、视频等解读方式运用不多。",
            "部分栏目信息更新不够及时，公开内容的全面性有待提高。", "政务公开工作人员业务能力参差不齐，培训力度有待加强。",
            "依申请公开答复规范化水平还需进一步提升。");
    private static final List<String> IMPROVEMENTS = List.of("丰富解读形式，提高政策解读的针对性和可读性。",
            "健全信息发布审核机制，定期开展栏目自查，确保信息及时更新。", "加强业务培训，提升工作人员的政务公开能力和水平。",
            "规范依申请公开办理流程，严格按照法定时限答复。");

    private final Random random;

    Narrative(Random random) {
        this.random = random;
    }

    void write(GeneratedReport r) {
        String name = r.agency.name();
        r.title = name + r.year + (random.nextInt(4) == 0 ? "年度" : "年") + "政府信息公开工作年度报告";
        r.titleOnTwoLines = random.nextInt(3) == 0;
        r.repeatHeaders = random.nextInt(3) == 0;
        r.periodStart = java.time.LocalDate.of(r.year, 1, 1);
        r.periodEnd = java.time.LocalDate.of(r.year, 12, 31);
        r.periodSentence = periodSentence(r.year, r.year, 12, 31);
        r.preamble = "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和上级关于做好" + r.year
                + "年政府信息公开工作年度报告编制和发布工作的通知要求编制。全文包括总体情况、主动公开政府信息情况、"
                + "收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、"
                + "其他需要报告的事项。";
        r.sections.add(new GeneratedReport.Section("overview", "一、总体情况", overview(r)));
        r.sections.add(new GeneratedReport.Section("proactive", "二、主动公开政府信息情况", List.of()));
        r.sections.add(new GeneratedReport.Section("applications", "三、收到和处理政府信息公开申请情况", List.of()));
        r.sections.add(new GeneratedReport.Section("reviewLitigation", pick(List.of("四、政府信息公开行政复议、行政诉讼情况",
                "四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况")), List.of()));
        r.sections.add(new GeneratedReport.Section("problems", pick(List.of("五、存在的主要问题及改进情况",
                "五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况")), problems()));
        r.sections.add(new GeneratedReport.Section("otherMatters", "六、其他需要报告的事项", otherMatters(r)));
    }

    /** The sentence stating the statistics period, in one of the wordings real reports use. */
    String periodSentence(int startYear, int endYear, int endMonth, int endDay) {
        String end = endYear + "年" + endMonth + "月" + endDay + "日";
        return switch (random.nextInt(3)) {
            case 0 -> "本报告中所列数据的统计期限自" + startYear + "年1月1日起至" + end + "止。";
            case 1 -> "本年度报告中所列数据的统计期限自" + startYear + "年1月1日起至" + end + "止。";
            default -> "本年度报告所列数据的统计时限为" + startYear + "年1月1日至" + end + "。";
        };
    }

    private List<String> overview(GeneratedReport r) {
        Object total = r.table("applications").get("newReceived").get("total");
        long received = total == null ? 0 : (Long) total; // a blank 总计 means none
        long items = 30 + random.nextInt(r.agency.government() ? 3000 : 300);
        List<String> p = new ArrayList<>();
        p.add(r.year + "年，" + r.agency.name() + pick(OPENINGS) + "，扎实推进决策、执行、管理、服务、结果公开，"
                + "政府信息公开工作取得新成效。");
        p.add("（一）主动公开");
        p.add("全年通过政府门户网站信息公开专栏主动公开政府信息" + items + "条，其中政策文件" + (items / 10)
                + "条，政策解读" + (items / 20) + "条，及时回应社会关切。");
        p.add("（二）依申请公开");
        p.add("全年共收到政府信息公开申请" + received + "件，均在法定期限内予以答复。");
        p.add("（三）政府信息管理");
        p.add("严格落实信息发布“三审三校”制度，动态更新主动公开基本目录，做好规范性文件清理工作。");
        p.add("（四）政府信息公开平台建设");
        p.add("以政府网站为第一平台，" + pick(List.of("政务新媒体同步发布", "政务服务大厅设置查阅点", "公开专栏集约化管理"))
                + "，不断提升平台服务能力。");
        p.add("（五）监督保障");
        p.add("健全政务公开工作领导机制，开展政务公开业务培训" + (1 + random.nextInt(6)) + "次，将政务公开纳入年度绩效考核。");
        if (r.agency.government()) {
            p.add("（六）工作考核、社会评议和责任追究结果情况");
            p.add("将政务公开工作纳入年度考核，组织开展社会评议，本年度未发生因政府信息公开工作不力被责任追究的情况。");
        }
        return p;
    }

    private List<String> problems() {
        List<String> p = new ArrayList<>();
        p.add("（一）存在的主要问题");
        p.add(pick(PROBLEMS));
        p.add("（二）改进情况");
        p.add(pick(IMPROVEMENTS));
        return p;
    }

    private List<String> otherMatters(GeneratedReport r) {
        List<String> p = new ArrayList<>();
        p.add(feeSentence(r));
        p.add("2.本年度报告的电子版可在" + r.agency.place() + "人民政府门户网站“政府信息公开年度报告”栏目下载。");
        return p;
    }

    /** The sentence on 信息处理费 (国办函〔2020〕109号); a report without it triggers TEXT.FEE_MISSING. */
    String feeSentence(GeneratedReport r) {
        return pick(List.of("1.本年度未收取信息处理费。",
                "1.依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度" + r.agency.name()
                        + "未收取信息处理费。",
                "1.收取信息处理费情况：本年度未发生收取信息处理费的情况。"));
    }

    /** Replaces the fee sentence with one that does not mention 信息处理费. */
    static String withoutFee() {
        return "1.本年度无其他需要报告的事项。";
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
