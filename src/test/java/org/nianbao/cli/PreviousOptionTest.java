package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --previous}: a chain of three consecutive years (2021–2023) of one body, made from a balanced sample;
 * 2023 carries over what 2022 did not carry forward. Also: a batch holding all three pairs them without being asked.
 */
class PreviousOptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String run(String... args) {
        return CliRun.run(args).out();
    }

    private static Path write(Path dir, int year, String overview) throws Exception {
        return write(dir, "xuecheng-", year, overview);
    }

    private static Path write(Path dir, String prefix, int year, String overview) throws Exception {
        ObjectNode r = (ObjectNode) JSON.readTree(Path.of("samples/rules/CELL.BLANK.json").toFile());
        r.put("year", year);
        ((ObjectNode) r.at("/tables/applications/denied/stateSecret")).put("commercial", 0);
        ((ObjectNode) r.at("/sections/0")).put("text", overview);
        String[] problems = {"栏目更新不够及时，将建立每周检查制度并明确专人负责，确保信息发布准确完整。",
            "政策解读形式较为单一，下一步增加图解、视频和问答等形式，提高解读的可读性和传播效果。",
            "基层公开标准化程度不高，将制定统一目录模板，组织乡镇集中培训并开展交叉检查。"};
        ((ObjectNode) r.at("/sections/4")).put("text", problems[year - 2021]);
        ((ObjectNode) r.at("/tables/proactive/normativeDocuments")).put("inForce", 40 + 3 * (year - 2021));
        if (year == 2023) {
            // carried over 4 (not 2022's 2) in the natural-person column, the balances kept
            ((ObjectNode) r.at("/tables/applications/carriedOver")).put("naturalPerson", 4).put("total", 5);
            ((ObjectNode) r.at("/tables/applications/newReceived")).put("naturalPerson", 18).put("total", 25);
        }
        Path f = dir.resolve(prefix + year + ".json");
        JSON.writeValue(f.toFile(), r);
        return f;
    }

    /** How many violations of the rule the JSON output lists, over every file. */
    private static int count(String json, String rule) throws Exception {
        int n = 0;
        for (var report : JSON.readTree(json).get("reports")) {
            for (var v : report.get("violations")) {
                n += v.get("rule").asText().equals(rule) ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void aChainOfThreeYears(@TempDir Path tmp) throws Exception {
        Path earlier = Files.createDirectories(tmp.resolve("earlier"));
        write(earlier, 2021, "二〇二一年，本局新建政务公开专栏，梳理公开目录，开展了两次业务培训，公开各类信息三百余条。");
        write(earlier, 2022, "二〇二二年，本局聚焦营商环境，集中发布招商政策解读，开通在线咨询窗口，办理群众留言。");
        Path y23 = write(tmp, 2023, "二〇二二年，本局聚焦营商环境，集中发布招商政策解读，开通在线咨询窗口，办理群众留言。");

        String out = run("check", "--previous", earlier.toString(), y23.toString());
        // two columns: 自然人 and 总计
        assertThat(count(run("check", "--format", "json", "--previous", earlier.toString(), y23.toString()),
                "XYEAR.CARRY_OVER")).isEqualTo(2);
        assertThat(out).contains("本年“上年结转”为 4").contains("2022 年度报告“结转下年度继续办理”为 2");
        assertThat(out).contains("XYEAR.COPIED_TEXT");

        String alone = run("check", y23.toString());
        assertThat(alone).doesNotContain("XYEAR.");

        String y22 = run("check", "--previous", earlier.toString(), earlier.resolve("xuecheng-2022.json").toString());
        assertThat(y22).doesNotContain("XYEAR.");
    }

    @Test
    void aBatchPairsConsecutiveYearsWithoutBeingAsked(@TempDir Path tmp) throws Exception {
        write(tmp, 2021, "二〇二一年，本局新建政务公开专栏，梳理公开目录，开展了两次业务培训，公开各类信息三百余条。");
        write(tmp, 2022, "二〇二二年，本局聚焦营商环境，集中发布招商政策解读，开通在线咨询窗口，办理群众留言。");
        write(tmp, 2023, "二〇二三年，本局推进基层公开标准化，编制乡镇公开目录，培训村居干部并开展满意度调查。");
        String out = run("check", "--format", "json", tmp.toString());
        assertThat(count(out, "XYEAR.CARRY_OVER")).isEqualTo(2); // 2023 only: two columns
        assertThat(out).doesNotContain("XYEAR.COPIED_TEXT");
    }

    /**
     * A batch reads each file once and pairs the years wherever they come in it: in every order of the three years the
     * 2023 report gets the same findings (a pair missed in one order fails here), and results keep the input order.
     */
    @Test
    void aBatchPairsTheYearsWhicheverOrderTheyComeIn(@TempDir Path tmp) throws Exception {
        int[][] orders = {{2021, 2022, 2023}, {2023, 2022, 2021}, {2022, 2023, 2021}, {2023, 2021, 2022},
            {2021, 2023, 2022}, {2022, 2021, 2023}};
        String first = null;
        for (int[] order : orders) {
            Path dir = Files.createDirectories(tmp.resolve(order[0] + "-" + order[1] + "-" + order[2]));
            for (int i = 0; i < 3; i++) {
                write(dir, (char) ('a' + i) + "-xuecheng-", order[i], "第" + order[i] + "年，本局推进政务公开。");
            }
            var reports = JSON.readTree(run("check", "--format", "json", dir.toString())).get("reports");
            String y2023 = null;
            for (int i = 0; i < 3; i++) {
                String file = reports.get(i).get("file").asText();
                assertThat(file).as("input order").endsWith((char) ('a' + i) + "-xuecheng-" + order[i] + ".json");
                if (order[i] == 2023) {
                    y2023 = reports.get(i).get("violations").toString();
                }
            }
            assertThat(y2023).as(java.util.Arrays.toString(order)).contains("XYEAR.CARRY_OVER");
            if (first == null) {
                first = y2023;
            }
            assertThat(y2023).as(java.util.Arrays.toString(order)).isEqualTo(first);
        }
    }

    @Test
    void theSamplesFolderAsOneBatchPairsNothing() throws Exception {
        // every sample is one body's 2023 report but FMT.OUTDATED's (another body's 2022): a batch over samples/
        // must show each sample's own findings, not cross-year ones
        String out = run("check", "--format", "json", "samples");
        for (String rule : new String[] {"XYEAR.CARRY_OVER", "XYEAR.IN_FORCE", "XYEAR.FORMAT_REVERT",
            "XYEAR.COPIED_TEXT"}) {
            assertThat(count(out, rule)).as(rule).isZero();
        }
    }
}
