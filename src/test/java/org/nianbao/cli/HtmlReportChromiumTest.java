package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a browser shows it: headless Chromium loads the page from disk and dumps the DOM it built.
 * Checked: the summary is there, each file's section, the highlighted cells of the failing balance with their marks
 * and the expected values, and the hostile agency shown as text, never as an element. Skipped only when Chromium is
 * not installed ({@code .ci/run} installs it).
 */
class HtmlReportChromiumTest {

    @Test
    void chromiumShowsSummaryViolationsHighlightedCellsAndEscapedText(@TempDir Path tmp) throws Exception {
        String chromium = findChromium();
        assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium; .ci/run does it)");
        Path in = BatchFolder.create(tmp);
        Path html = tmp.resolve("report.html");
        CliRun.Result r = CliRun.run("check", "-o", html.toString(), in.toString());
        assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.out()).isEmpty(); // nothing was asked for standard output

        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + tmp.resolve("profile"), "--dump-dom", html.toUri().toString())
                .redirectError(tmp.resolve("chromium.err").toFile()).start();
        byte[] dom = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Document d = Jsoup.parse(new String(dom, StandardCharsets.UTF_8));

        assertThat(d.select("#summary").text()).contains("共 4 个文件", "通过 2", "不通过 1", "无法读取 1");
        assertThat(d.select("#summary table.by-rule").text()).contains("T3.BALANCE");
        List<Element> sections = d.select("section.file");
        assertThat(sections).hasSize(4);
        assertThat(sections.get(2).text()).contains("INPUT.UNREADABLE");

        Element balance = sections.get(1);
        assertThat(balance.select("h2").text()).contains("b-balance.json", "不通过");
        assertThat(balance.select("table.violations tr.violation").text()).contains("T3.BALANCE", "= 4 多 1");
        assertThat(balance.select("td.hit").eachAttr("data-cell")).contains(
                "applications/totalProcessed/commercial", "applications/newReceived/commercial",
                "applications/totalProcessed/total", "applications/newReceived/total");
        assertThat(balance.select("td.hit[data-cell=applications/newReceived/commercial] sup.mark").text())
                .isEqualTo("[1]");
        assertThat(balance.select("p.note").text()).contains("[1] T3.BALANCE", "应为 4，实为 5", "应为 30，实为 31");
        assertThat(balance.select("table.data")).hasSize(3);

        Element hostile = sections.get(3);
        assertThat(hostile.select("img")).isEmpty();
        assertThat(hostile.text()).contains(BatchFolder.HOSTILE);
        assertThat(d.select("script")).isEmpty();
        assertThat(d.select("link, [src]")).isEmpty(); // self-contained: no external assets
    }

    private static String findChromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser"}) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return null;
    }
}
