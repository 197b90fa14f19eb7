package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages as an auditor uses them, in Debian's headless Chromium driven by chromedriver (Selenium): the project's
 * samples uploaded through the form, the batch page (counts, sorting, filtering), a report page (violations, the
 * highlighted cells, the likely wrong cell), the language switch; and, after a restart, the earlier batch found.
 * Skipped only when chromium or chromedriver is missing ({@code .ci/run} installs both). Leaves a screenshot of
 * the batch page at {@code target/serve-batch.png}.
 */
class ServeBrowserTest {

    @TempDir
    Path tmp;

    private WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChrome.start(tmp.resolve("profile"), "1400,1000");
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void samplesUploadedThroughThePagesShowTheirProblems() throws Exception {
        List<Path> samples = samples();
        try (Service s = TestService.start(tmp.resolve("data"))) {
            String base = "http://127.0.0.1:" + s.port();
            browser.get(base + "/");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("上传年度报告");
            browser.findElement(By.id("files")).sendKeys(String.join("\n",
                    samples.stream().map(p -> p.toAbsolutePath().toString()).toList()));
            browser.findElement(By.name("title")).sendKeys("样例批次");
            browser.findElement(By.id("send")).click();

            waitForBatch();
            assertThat(browser.findElement(By.id("batch-title")).getText()).isEqualTo("样例批次");
            List<WebElement> rows = browser.findElements(By.cssSelector("#reports tbody tr"));
            assertThat(rows).hasSize(samples.size());
            assertThat(row("seed.json").getText()).contains("通过");
            assertThat(row("T3.BALANCE.json").getText()).contains("不通过");
            assertThat(cells(row("T3.BALANCE.json")).get(7)).isEqualTo("2"); // errors column
            assertThat(row("TBL.LABEL.docx").getText()).contains("docx");
            // the same as `check samples/` prints
            assertThat(browser.findElement(By.id("counts")).getText()).startsWith("通过 17，不通过 17，无法读取 0；错误 22，");
            Files.write(Path.of("target/serve-batch.png"),
                    ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));

            navigate(By.cssSelector("a[data-sort=errors]"), "dir=asc"); // ascending
            navigate(By.cssSelector("a[data-sort=errors]"), "dir=desc"); // descending
            List<WebElement> sorted = browser.findElements(By.cssSelector("#reports tbody tr"));
            int firstErrors = Integer.parseInt(cells(sorted.get(0)).get(7));
            int lastErrors = Integer.parseInt(cells(sorted.get(sorted.size() - 1)).get(7));
            assertThat(firstErrors).isGreaterThanOrEqualTo(lastErrors).isGreaterThan(0);

            new Select(browser.findElement(By.name("status"))).selectByValue("pass");
            navigate(By.cssSelector("#filter button"), "status=pass");
            List<WebElement> passed = browser.findElements(By.cssSelector("#reports tbody tr"));
            assertThat(passed).hasSize(17);
            assertThat(passed).allSatisfy(r -> assertThat(cells(r).get(6)).isEqualTo("通过"));
            assertThat(passed).anySatisfy(r -> assertThat(cells(r).get(1)).isEqualTo("seed.json"));

            new Select(browser.findElement(By.name("status"))).selectByValue("");
            new Select(browser.findElement(By.name("rule"))).selectByValue("T3.BALANCE");
            navigate(By.cssSelector("#filter button"), "rule=T3.BALANCE");
            List<WebElement> balance = browser.findElements(By.cssSelector("#reports tbody tr"));
            // the rules column: each rule's title beside its id (index 10, after 错误, 警告, 提示)
            assertThat(balance).isNotEmpty().allSatisfy(r -> assertThat(cells(r).get(10)).contains("T3.BALANCE")
                    .contains("申请情况表"));
            assertThat(balance).anySatisfy(r -> assertThat(cells(r).get(1)).isEqualTo("T3.BALANCE.json"));
            navigate(row("T3.BALANCE.json").findElement(By.linkText("T3.BALANCE.json")), "/reports/");
            assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("不通过");
            String violations = browser.findElement(By.cssSelector("table.violations")).getText();
            assertThat(violations).contains("T3.BALANCE", "多 1", "可能的错误");
            assertThat(browser.findElements(By.cssSelector("td.hit"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("table.data"))).hasSize(3);

            navigate(By.id("lang-switch"), "lang=en");
            assertThat(browser.findElement(By.cssSelector("table.violations")).getText()).contains("Likely wrong");
            navigate(By.linkText("Rules"), "/rules");
            navigate(By.linkText("T3.BALANCE"), "/rules/T3.BALANCE");
            assertThat(browser.findElement(By.id("rule-id")).getText()).isEqualTo("T3.BALANCE");
        }
    }

    @Test
    void filesDroppedOnTheUploadZoneAreChecked() throws Exception {
        String seed = Files.readString(Path.of("samples/seed.json"));
        String balance = Files.readString(Path.of("samples/rules/T3.BALANCE.json"));
        try (Service s = TestService.start(tmp.resolve("data"))) {
            browser.get("http://127.0.0.1:" + s.port() + "/");
            // what the browser does when files are dropped: a drop event carrying them on the zone
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "const dt = new DataTransfer();"
                    + "dt.items.add(new File([arguments[0]], '拖入-seed.json', {type: 'application/json'}));"
                    + "dt.items.add(new File([arguments[1]], '拖入-balance.json', {type: 'application/json'}));"
                    + "document.getElementById('drop').dispatchEvent(new DragEvent('drop',"
                    + " {dataTransfer: dt, bubbles: true, cancelable: true}));", seed, balance);
            waitForBatch();
            assertThat(row("拖入-seed.json").getText()).contains("通过");
            assertThat(row("拖入-balance.json").getText()).contains("不通过");
        }
    }

    @Test
    void aRestartedServerStillShowsTheEarlierBatch() throws Exception {
        Path data = tmp.resolve("data");
        String batchUrl;
        try (Service s = TestService.start(data)) {
            browser.get("http://127.0.0.1:" + s.port() + "/");
            browser.findElement(By.id("files")).sendKeys(Path.of("samples/rules/T3.BALANCE.json").toAbsolutePath()
                    .toString());
            browser.findElement(By.id("send")).click();
            waitForBatch();
            batchUrl = browser.getCurrentUrl().replaceAll("^http://[^/]+", "");
        }
        try (Service s = TestService.start(data)) {
            browser.get("http://127.0.0.1:" + s.port() + "/");
            navigate(By.cssSelector("#batches a[href='" + batchUrl + "']"), batchUrl);
            assertThat(browser.findElement(By.id("state")).getText()).contains("已完成");
            assertThat(row("T3.BALANCE.json").getText()).contains("不通过");
        }
    }

    /** Clicks and waits until the browser has loaded the page the click leads to (its address says so). */
    private void navigate(By target, String urlPart) {
        navigate(browser.findElement(target), urlPart);
    }

    private void navigate(WebElement target, String urlPart) {
        target.click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains(urlPart)
                && "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState")));
    }

    /** The batch page reloads itself while the batch runs; wait until it says it is done. */
    private void waitForBatch() {
        new WebDriverWait(browser, Duration.ofSeconds(180))
                // a reload in between: the element, or its node, is gone
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.getCurrentUrl().contains("/batches/")
                && !d.findElements(By.id("state")).isEmpty()
                && d.findElement(By.id("state")).getText().contains("已完成"));
    }

    private WebElement row(String file) {
        for (WebElement r : browser.findElements(By.cssSelector("#reports tbody tr"))) {
            if (cells(r).get(1).equals(file)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + file);
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    /** The project's samples: the seed, every rule's breaking JSON sample, and the Word one. */
    private static List<Path> samples() throws IOException {
        List<Path> out = new ArrayList<>(List.of(Path.of("samples/seed.json")));
        try (Stream<Path> files = Files.list(Path.of("samples/rules"))) {
            files.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".docx")).sorted()
                    .forEach(out::add);
        }
        return out;
    }
}
