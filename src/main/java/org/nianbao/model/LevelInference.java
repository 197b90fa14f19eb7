package org.nianbao.model;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a body reports for a region (a government at county level or above: deadline 31 March) or for
 * itself (a department: 31 January), and says why. The evidence, in order:
 * <ol>
 *   <li>a township's or sub-district's name (乡/镇/街道 人民政府 or 办事处): its own kind, which keeps the
 *   department deadline unless the rules set a township one ({@code township});</li>
 *   <li>a 人民政府 (or 政府) of a province, city, district, county, banner, prefecture or league, or the bare name
 *   of such a place as the reporting body: a government ({@code government-name});</li>
 *   <li>a region that is no administrative division but is run by a management committee — 综合实验区, 开发区,
 *   高新区, 新区, 园区, 试验区 — named bare as the reporting body ({@code 平潭综合实验区2023年……报告}): the region's own
 *   report ({@code region-name});</li>
 *   <li>such a region's 管理委员会 (管委会) whose report speaks for the whole region: its text says 全区 together
 *   with the region's bodies (各部门, 各单位, 各镇, 各街道, 镇街, 区直…), or it reports what only a government's
 *   report holds (第五十条（四）: 工作考核、社会评议和责任追究结果) ({@code region-report}); without either, the
 *   committee reports as a body of its own ({@code region-body}, a department);</li>
 *   <li>anything else: a department ({@code department}).</li>
 * </ol>
 * A note in brackets after the name is ignored. The name read from the title is tried first, then the signatory.
 */
public final class LevelInference {
    private static final String DIVISION = "(省|自治区|市|区|县|旗|州|盟)";
    private static final Pattern TOWNSHIP = Pattern.compile(".*((乡|镇)(人民政府|政府)?|街道(办事处)?)$");
    private static final Pattern GOVERNMENT = Pattern.compile(".*" + DIVISION + "(人民政府|政府)$");
    private static final Pattern PLACE = Pattern.compile(".*" + DIVISION + "$");
    private static final String REGION = ".*(综合实验区|实验区|试验区|开发区|高新区|新区|园区|保税区)";
    private static final Pattern REGION_BARE = Pattern.compile(REGION + "$");
    private static final Pattern REGION_COMMITTEE = Pattern.compile(REGION + "(党工委)?(管理委员会|管委会|管委)$");
    private static final Pattern WHOLE_REGION = Pattern.compile("全区");
    private static final Pattern REGION_BODIES = Pattern.compile(
            "各部门|各单位|各镇|各乡|各街道|镇街|镇（街道）|镇\\(街道\\)|区直|各园区|各社区|各片区");

    /**
     * A level and why.
     *
     * @param basis a stable code: {@code government-name}, {@code region-name}, {@code region-report},
     *              {@code region-body}, {@code township}, {@code department}, {@code declared}, {@code option}
     */
    public record Decision(Level level, String basis, Text reason) {
    }

    private LevelInference() {
    }

    /** The level a body's name suggests; {@link Level#DEPARTMENT} when it is not clearly a government. */
    public static Level fromAgency(String agency) {
        return infer(agency, null, "").level();
    }

    /**
     * @param agency    the body named in the title, or null
     * @param signatory the body named in the signature, or null
     * @param text      the report's narrative, for whether it speaks for a whole region (read only for a region's
     *                  committee)
     */
    public static Decision infer(String agency, String signatory, String text) {
        return infer(agency, signatory, () -> text);
    }

    /** As {@link #infer(String, String, String)}, the narrative asked for only when needed. */
    public static Decision infer(String agency, String signatory, Supplier<String> text) {
        String name = clean(agency != null ? agency : signatory);
        String other = clean(agency != null ? signatory : null);
        if (name == null) {
            return new Decision(Level.DEPARTMENT, "department",
                    Text.of("未识别出报告机关名称，按部门对待", "the reporting body's name was not found; taken as a department"));
        }
        if (TOWNSHIP.matcher(name).matches()) {
            return new Decision(Level.DEPARTMENT, "township", Text.of("“" + name + "”为乡镇或街道",
                    "'" + name + "' is a township or sub-district"));
        }
        if (GOVERNMENT.matcher(name).matches() || PLACE.matcher(name).matches() && !REGION_BARE.matcher(name).matches()) {
            return new Decision(Level.GOVERNMENT, "government-name", Text.of("“" + name + "”为县级以上地方人民政府",
                    "'" + name + "' is a local government at county level or above"));
        }
        if (REGION_BARE.matcher(name).matches()) {
            return new Decision(Level.GOVERNMENT, "region-name", Text.of("报告以“" + name + "”整个区域的名义发布",
                    "the report is published in the name of the whole region '" + name + "'"));
        }
        String committee = REGION_COMMITTEE.matcher(name).matches() ? name
                : other != null && REGION_COMMITTEE.matcher(other).matches() ? other : null;
        if (committee != null) {
            String evidence = regionWide(text.get());
            if (evidence != null) {
                return new Decision(Level.GOVERNMENT, "region-report", Text.of("“" + committee
                        + "”的报告为全区域的报告（写有“" + evidence + "”）", "the report of '" + committee
                        + "' speaks for the whole region (it says '" + evidence + "')"));
            }
            return new Decision(Level.DEPARTMENT, "region-body", Text.of("“" + committee
                    + "”的报告未写明汇总全区各部门、各镇街情况，也未报告工作考核、社会评议和责任追究结果，按部门对待；"
                    + "如为区域年度报告请用 --level government", "the report of '" + committee + "' neither sums up "
                    + "the region's bodies nor reports 工作考核、社会评议、责任追究; taken as a department (use --level "
                    + "government for a region's report)"));
        }
        return new Decision(Level.DEPARTMENT, "department", Text.of("“" + name + "”为政府部门或其他机关",
                "'" + name + "' is a department or other body"));
    }

    /**
     * The words showing a report speaks for the whole region, or null: 全区 with the region's bodies, or the items
     * only a government's report carries (第五十条（四）: 工作考核、社会评议和责任追究结果).
     */
    private static String regionWide(String text) {
        if (text == null) {
            return null;
        }
        String compact = text.replaceAll("\\s+", "");
        Matcher bodies = REGION_BODIES.matcher(compact);
        if (WHOLE_REGION.matcher(compact).find() && bodies.find()) {
            return "全区……" + bodies.group();
        }
        if (compact.contains("考核") && compact.contains("社会评议") && compact.contains("责任追究")) {
            return "工作考核、社会评议和责任追究";
        }
        return null;
    }

    private static String clean(String name) {
        if (name == null) {
            return null;
        }
        String s = name.replaceAll("\\s+", "").replaceAll("[（(].*?[)）]", "");
        return s.isEmpty() ? null : s;
    }
}
