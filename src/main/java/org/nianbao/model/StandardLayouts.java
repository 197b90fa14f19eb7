package org.nianbao.model;

import java.util.ArrayList;
import java.util.List;

/** The official tables of the 2021 and 2019 formats (model.md), with their ids and labels. */
public final class StandardLayouts {
    private StandardLayouts() {
    }

    private static final List<String> COUNTS_2021 = List.of("issued", "repealed", "inForce");
    private static final List<String> COUNTS_2019 = List.of("newlyMade", "newlyPublished", "totalPublished");
    private static final List<String> ITEMS_2019 = List.of("previousCount", "change", "decisions");

    public static final TableLayout PROACTIVE_2021 = new TableLayout(TableId.PROACTIVE, FormatVersion.V2021,
            List.of(col("issued", "本年制发件数", "issued this year"),
                    col("repealed", "本年废止件数", "repealed this year"),
                    col("inForce", "现行有效件数", "in force"),
                    col("decisions", "本年处理决定数量", "decisions this year"),
                    col("amount", "本年收费金额（单位：万元）", "fees collected this year (10,000 yuan)")),
            List.of(row("regulations", "规章", "regulations", "第二十条第（一）项", "Art. 20 (1)", COUNTS_2021),
                    row("normativeDocuments", "行政规范性文件", "normative documents", "第二十条第（一）项", "Art. 20 (1)",
                            COUNTS_2021),
                    row("licensing", "行政许可", "administrative licensing", "第二十条第（五）项", "Art. 20 (5)",
                            List.of("decisions")),
                    row("punishment", "行政处罚", "administrative penalties", "第二十条第（六）项", "Art. 20 (6)",
                            List.of("decisions")),
                    row("coercion", "行政强制", "administrative coercion", "第二十条第（六）项", "Art. 20 (6)",
                            List.of("decisions")),
                    row("fees", "行政事业性收费", "administrative fees", "第二十条第（八）项", "Art. 20 (8)",
                            List.of("amount"))));

    public static final TableLayout PROACTIVE_2019 = new TableLayout(TableId.PROACTIVE, FormatVersion.V2019,
            List.of(col("newlyMade", "本年新制作数量", "newly made this year"),
                    col("newlyPublished", "本年新公开数量", "newly published this year"),
                    col("totalPublished", "对外公开总数量", "total published"),
                    col("previousCount", "上一年项目数量", "items last year"),
                    col("change", "本年增/减", "change this year"),
                    col("decisions", "处理决定数量", "decisions"),
                    col("projects", "采购项目数量", "procurement projects"),
                    col("amount", "采购总金额", "procurement amount")),
            List.of(row("regulations", "规章", "regulations", "第二十条第（一）项", "Art. 20 (1)", COUNTS_2019),
                    row("normativeDocuments", "规范性文件", "normative documents", "第二十条第（一）项", "Art. 20 (1)",
                            COUNTS_2019),
                    row("licensing", "行政许可", "administrative licensing", "第二十条第（五）项", "Art. 20 (5)",
                            ITEMS_2019),
                    row("otherServices", "其他对外管理服务事项", "other external management services", "第二十条第（五）项",
                            "Art. 20 (5)", ITEMS_2019),
                    row("punishment", "行政处罚", "administrative penalties", "第二十条第（六）项", "Art. 20 (6)",
                            ITEMS_2019),
                    row("coercion", "行政强制", "administrative coercion", "第二十条第（六）项", "Art. 20 (6)",
                            ITEMS_2019),
                    row("fees", "行政事业性收费", "administrative fees", "第二十条第（八）项", "Art. 20 (8)",
                            List.of("previousCount", "change")),
                    row("procurement", "政府集中采购", "government centralised procurement", "第二十条第（九）项",
                            "Art. 20 (9)", List.of("projects", "amount"))));

    private static final List<String> APPLICANTS = List.of("naturalPerson", "commercial", "research", "socialWelfare",
            "legalService", "otherOrg", "total");

    private static final List<ColumnSpec> APPLICANT_COLUMNS = List.of(
            col("naturalPerson", "自然人", "natural persons"),
            col("commercial", "商业企业", "commercial enterprises"),
            col("research", "科研机构", "research institutions"),
            col("socialWelfare", "社会公益组织", "social welfare organisations"),
            col("legalService", "法律服务机构", "legal service institutions"),
            col("otherOrg", "其他", "other organisations"),
            col("total", "总计", "total"));

    public static final TableLayout APPLICATIONS_2021 = applications(FormatVersion.V2021);
    public static final TableLayout APPLICATIONS_2019 = applications(FormatVersion.V2019);

    private static TableLayout applications(FormatVersion version) {
        List<RowSpec> rows = new ArrayList<>();
        rows.add(row("newReceived", "一、本年新收政府信息公开申请数量", "I. new applications received this year"));
        rows.add(row("carriedOver", "二、上年结转政府信息公开申请数量", "II. applications carried over from last year"));
        String result = "三、本年度办理结果";
        String resultEn = "III. results this year";
        rows.add(row("granted", "（一）予以公开", "(1) disclosed", result, resultEn, APPLICANTS));
        rows.add(row("partiallyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "(2) partly disclosed",
                result, resultEn, APPLICANTS));
        String denied = "（三）不予公开";
        String deniedEn = "(3) not disclosed";
        rows.add(row("denied.stateSecret", "1.属于国家秘密", "1. state secret", denied, deniedEn, APPLICANTS));
        rows.add(row("denied.lawProhibited", "2.其他法律行政法规禁止公开", "2. prohibited by other laws", denied, deniedEn,
                APPLICANTS));
        rows.add(row("denied.securityStability", "3.危及“三安全一稳定”", "3. endangers security and stability", denied,
                deniedEn, APPLICANTS));
        rows.add(row("denied.thirdPartyRights", "4.保护第三方合法权益", "4. third-party rights", denied, deniedEn,
                APPLICANTS));
        rows.add(row("denied.internalAffairs", "5.属于三类内部事务信息", "5. internal affairs", denied, deniedEn,
                APPLICANTS));
        rows.add(row("denied.processInformation", "6.属于四类过程性信息", "6. process information", denied, deniedEn,
                APPLICANTS));
        rows.add(row("denied.enforcementFiles", "7.属于行政执法案卷", "7. enforcement files", denied, deniedEn,
                APPLICANTS));
        rows.add(row("denied.queryMatters", "8.属于行政查询事项", "8. administrative query matters", denied, deniedEn,
                APPLICANTS));
        String unable = "（四）无法提供";
        String unableEn = "(4) cannot be provided";
        rows.add(row("unable.notHeld", "1.本机关不掌握相关政府信息", "1. not held", unable, unableEn, APPLICANTS));
        rows.add(row("unable.needsCreation", "2.没有现成信息需要另行制作", "2. would need to be created", unable,
                unableEn, APPLICANTS));
        rows.add(row("unable.unclear", "3.补正后申请内容仍不明确", "3. still unclear after correction", unable,
                unableEn, APPLICANTS));
        String notProcessed = "（五）不予处理";
        String notProcessedEn = "(5) not processed";
        rows.add(row("notProcessed.petition", "1.信访举报投诉类申请", "1. petitions and complaints", notProcessed,
                notProcessedEn, APPLICANTS));
        rows.add(row("notProcessed.duplicate", "2.重复申请", "2. duplicate applications", notProcessed,
                notProcessedEn, APPLICANTS));
        rows.add(row("notProcessed.publication", "3.要求提供公开出版物", "3. requests for publications", notProcessed,
                notProcessedEn, APPLICANTS));
        rows.add(row("notProcessed.excessive", "4.无正当理由大量反复申请", "4. excessive repeated applications",
                notProcessed, notProcessedEn, APPLICANTS));
        rows.add(row("notProcessed.confirmation", "5.要求行政机关确认或重新出具已获取信息",
                "5. confirmation of information already obtained", notProcessed, notProcessedEn, APPLICANTS));
        if (version == FormatVersion.V2019) {
            rows.add(row("otherHandling", "（六）其他处理", "(6) other handling", result, resultEn, APPLICANTS));
        } else {
            String other = "（六）其他处理";
            String otherEn = "(6) other handling";
            rows.add(row("otherHandling.overdueCorrection",
                    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "1. no correction in time", other,
                    otherEn, APPLICANTS));
            rows.add(row("otherHandling.overdueFee",
                    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "2. fee not paid in time", other,
                    otherEn, APPLICANTS));
            rows.add(row("otherHandling.other", "3.其他", "3. other", other, otherEn, APPLICANTS));
        }
        rows.add(row("totalProcessed", "（七）总计", "(7) total handled", result, resultEn, APPLICANTS));
        rows.add(row("carriedForward", "四、结转下年度继续办理", "IV. carried forward to next year"));
        return new TableLayout(TableId.APPLICATIONS, version, APPLICANT_COLUMNS, rows);
    }

    private static final List<String> OUTCOMES = List.of("upheld", "corrected", "other", "pending", "total");

    public static final TableLayout REVIEW_LITIGATION = new TableLayout(TableId.REVIEW_LITIGATION, FormatVersion.V2021,
            List.of(col("upheld", "结果维持", "upheld"),
                    col("corrected", "结果纠正", "corrected"),
                    col("other", "其他结果", "other result"),
                    col("pending", "尚未审结", "pending"),
                    col("total", "总计", "total")),
            List.of(row("review", "行政复议", "administrative review", null, null, OUTCOMES),
                    row("litigationDirect", "未经复议直接起诉", "litigation without prior review", "行政诉讼",
                            "administrative litigation", OUTCOMES),
                    row("litigationAfterReview", "复议后起诉", "litigation after review", "行政诉讼",
                            "administrative litigation", OUTCOMES)));

    /** The layout of a table in a format; the review table is the same in both formats. Hybrid reads as 2021. */
    public static TableLayout of(TableId table, FormatVersion version) {
        boolean old = version == FormatVersion.V2019;
        return switch (table) {
            case PROACTIVE -> old ? PROACTIVE_2019 : PROACTIVE_2021;
            case APPLICATIONS -> old ? APPLICATIONS_2019 : APPLICATIONS_2021;
            case REVIEW_LITIGATION -> REVIEW_LITIGATION;
        };
    }

    private static ColumnSpec col(String id, String zh, String en) {
        return new ColumnSpec(id, Text.of(zh, en));
    }

    private static RowSpec row(String id, String zh, String en) {
        return new RowSpec(id, Text.of(zh, en), null, APPLICANTS);
    }

    private static RowSpec row(String id, String zh, String en, String group, String groupEn, List<String> columns) {
        return new RowSpec(id, Text.of(zh, en), group == null ? null : Text.of(group, groupEn), columns);
    }
}
