package org.nianbao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Cell;
import org.nianbao.model.CellValue;
import org.nianbao.model.FormatVersion;
import org.nianbao.model.Lang;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionId;
import org.nianbao.model.TableId;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.json.JsonReportReader;

/** The XYEAR rules on a chain of three years (2021, 2022, 2023) made from a balanced sample: firing and silent. */
class CrossYearTest {
    private static RuleEngine engine;

    @BeforeAll
    static void load() throws Exception {
        engine = new RuleEngine(RuleLoader.builtIn());
    }

    private static Report year(int y) throws Exception {
        Report r = new JsonReportReader().read(Files.readAllBytes(Path.of("samples/rules/CELL.BLANK.json")),
                ReadLimits.DEFAULT);
        r.table(TableId.APPLICATIONS).orElseThrow().put("denied.stateSecret", "commercial", Cell.of(CellValue.number(0)));
        return r.year(y);
    }

    private static List<String> xyear(Report r) {
        return engine.evaluate(r, "2021").violations().stream().map(Violation::ruleId)
                .filter(id -> id.startsWith("XYEAR.")).toList();
    }

    /** A consistent chain: carried over = last year's carried forward, in force follows on, text rewritten. */
    private static Report[] chain() throws Exception {
        Report y21 = year(2021);
        Report y22 = year(2022).previous(y21);
        Report y23 = year(2023).previous(y22);
        String[] overview = {
            "本年度以政府网站为主平台，新增法规文件专栏，集中公开招商引资政策和项目清单，并开通在线咨询。",
            "今年重点推进决策公开，重大行政决策事项全部公开征求意见，组织两场新闻发布会解读营商环境措施。",
            "这一年我们把精力放在基层，帮助乡镇完善公开目录，培训村居干部，并开展满意度问卷调查。"};
        String[] problems = {
            "问题在于栏目更新不及时；改进办法是建立周报制度。",
            "部分解读材料形式单一，下一步增加图解和视频。",
            "基层公开标准化程度不高，将制定统一模板。"};
        Report[] all = {y21, y22, y23};
        for (int i = 0; i < 3; i++) {
            rewrite(all[i], SectionId.OVERVIEW, overview[i]);
            rewrite(all[i], SectionId.PROBLEMS, problems[i]);
        }
        // the sample carries 3 over (2, 1 in two columns) and forward 3 (same columns): consistent every year;
        // in force: regulations 3 → 3 (0 issued, 0 repealed); documents 40 + 5 − 2 = 43, then 46
        setInForce(y22, 43);
        setInForce(y23, 46);
        return new Report[] {y21, y22, y23};
    }

    private static void rewrite(Report r, SectionId id, String text) {
        for (Section s : r.sections()) {
            if (s.id() == id) {
                replaceText(r, s, text);
            }
        }
    }

    private static void replaceText(Report r, Section old, String text) {
        try {
            var f = Report.class.getDeclaredField("sections");
            f.setAccessible(true);
            @SuppressWarnings("unchecked")
            List<Section> list = (List<Section>) f.get(r);
            list.set(list.indexOf(old), new Section(old.id(), old.heading(), text, old.source()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setInForce(Report r, long n) {
        r.table(TableId.PROACTIVE).orElseThrow().put("normativeDocuments", "inForce", Cell.of(CellValue.number(n)));
    }

    @Test
    void aConsistentChainIsSilentAndTheFirstYearHasNoPrevious() throws Exception {
        Report[] c = chain();
        assertThat(xyear(c[0])).as("no previous report: silent, not 'not assessable'").isEmpty();
        assertThat(xyear(c[1])).isEmpty();
        assertThat(xyear(c[2])).isEmpty();
    }

    @Test
    void carryOverBrokenInTheMiddleYear() throws Exception {
        Report[] c = chain();
        c[1].table(TableId.APPLICATIONS).orElseThrow().put("carriedForward", "naturalPerson",
                Cell.of(CellValue.number(5)));
        // 2022 itself now fails its balances, but across years it is 2023 that disagrees with it
        List<Violation> found = engine.evaluate(c[2], "2021").violations().stream()
                .filter(v -> v.ruleId().equals("XYEAR.CARRY_OVER")).toList();
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.where().key()).isEqualTo("applications/carriedOver/naturalPerson");
            assertThat(v.message(Lang.ZH)).contains("本年“上年结转”为 2").contains("2022 年度").contains("为 5");
        });
    }

    @Test
    void inForceThatDoesNotFollowOn() throws Exception {
        Report[] c = chain();
        setInForce(c[2], 50);
        assertThat(xyear(c[2])).containsExactly("XYEAR.IN_FORCE");
        assertThat(engine.evaluate(c[2], "2021").violations().stream().filter(v -> v.ruleId().equals("XYEAR.IN_FORCE"))
                .findFirst().orElseThrow().message(Lang.ZH)).contains("现行有效 50 件").contains("应为 46");
    }

    @Test
    void formatRevert() throws Exception {
        Report[] c = chain();
        c[1].formatVersion(FormatVersion.V2021);
        c[2].formatVersion(FormatVersion.V2019);
        assertThat(xyear(c[2])).contains("XYEAR.FORMAT_REVERT");
    }

    @Test
    void copiedOverviewIsFoundAndRewrittenTextIsNot() throws Exception {
        Report[] c = chain();
        String last = c[1].section(SectionId.OVERVIEW).orElseThrow().text();
        replaceText(c[2], c[2].section(SectionId.OVERVIEW).orElseThrow(), last.replace("2022", "2023"));
        List<Violation> found = engine.evaluate(c[2], "2021").violations().stream()
                .filter(v -> v.ruleId().equals("XYEAR.COPIED_TEXT")).toList();
        assertThat(found).singleElement().satisfies(v -> assertThat(v.where().key()).isEqualTo("section:overview"));
    }

    /**
     * A batch keeps of last year's report only its digest: every scenario above (and one breaking all four rules at
     * once) finds exactly the same against the digest as against the whole report, and the digest holds no more
     * than it must.
     */
    @Test
    void theDigestOfLastYearFindsWhatTheWholeReportFinds() throws Exception {
        List<Report[]> scenarios = new java.util.ArrayList<>();
        scenarios.add(chain());
        Report[] carry = chain();
        carry[1].table(TableId.APPLICATIONS).orElseThrow().put("carriedForward", "naturalPerson",
                Cell.of(CellValue.number(5)));
        scenarios.add(carry);
        Report[] all = chain();
        all[1].table(TableId.APPLICATIONS).orElseThrow().put("carriedForward", "legalPerson",
                Cell.of(CellValue.number(7)));
        setInForce(all[2], 50);
        all[1].formatVersion(FormatVersion.V2021);
        all[2].formatVersion(FormatVersion.V2019);
        String last = all[1].section(SectionId.OVERVIEW).orElseThrow().text();
        replaceText(all[2], all[2].section(SectionId.OVERVIEW).orElseThrow(), last);
        replaceText(all[2], all[2].section(SectionId.PROBLEMS).orElseThrow(),
                all[1].section(SectionId.PROBLEMS).orElseThrow().text());
        scenarios.add(all);
        java.util.Set<String> fired = new java.util.TreeSet<>();
        for (Report[] c : scenarios) {
            Report whole = c[2].previous().orElseThrow();
            List<String> withWhole = described(c[2]);
            Report digest = engine.lastYearDigest(whole);
            c[2].previous(digest);
            assertThat(described(c[2])).isEqualTo(withWhole);
            withWhole.stream().filter(v -> v.startsWith("XYEAR.")).forEach(v -> fired.add(v.split(" ")[0]));
            assertThat(digest.tables().values().stream().mapToInt(t -> t.rowIds().stream()
                    .mapToInt(r -> t.row(r).size()).sum()).sum()).as("cells kept").isLessThanOrEqualTo(10);
            assertThat(digest.sections()).extracting(Section::id)
                    .containsExactlyInAnyOrder(SectionId.OVERVIEW, SectionId.PROBLEMS);
        }
        assertThat(fired).as("the scenarios fire every cross-year rule").containsExactly("XYEAR.CARRY_OVER",
                "XYEAR.COPIED_TEXT", "XYEAR.FORMAT_REVERT", "XYEAR.IN_FORCE");
    }

    /** Every violation as the person reads it, both languages, where and values. */
    private static List<String> described(Report r) {
        return engine.evaluate(r, "2021").violations().stream().map(v -> v.ruleId() + " " + v.where().key() + " "
                + v.message(Lang.ZH) + " " + v.message(Lang.EN) + " " + v.args()).toList();
    }
}
