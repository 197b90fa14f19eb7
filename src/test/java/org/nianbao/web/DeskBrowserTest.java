package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An office's year at the audit desk, in headless Chromium: create an audit, import a roster of 12 bodies, upload 10
 * reports in two batches (one late, one with a balance error), see the 2 missing bodies and the late one, send the
 * failing one back and see it submitted again after a fix, open a body's years, download the audit's workbook and a
 * 整改通知 (both opened with POI), delete a wrong upload (a fake earlier year) and see the later check of that body
 * change. Leaves screenshots at 1366×768 in {@code target/desk-*.png} (the README's come from here).
 */
class DeskBrowserTest {
    private static final String SEED_AGENCY = "薛城区商务和投资促进局";
    private static final List<String> BODIES = List.of("测试市教育局", "测试市公安局", "测试市民政局", "测试市财政局",
            "测试市交通运输局", "测试市水利局", "测试市农业农村局", "测试市商务局", "测试市文化和旅游局", "测试市卫生健康委员会",
            "测试市应急管理局", "测试市审计局");

    @TempDir
    Path tmp;

    private WebDriver browser;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChrome.start(tmp.resolve("profile"), "1366,768");
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOfficesYearAtTheAuditDesk() throws Exception {
        Path files = Files.createDirectories(tmp.resolve("files"));
        String seed = Files.readString(Path.of("samples/seed.json"));
        String balance = Files.readString(Path.of("samples/rules/T3.BALANCE.json"));
        // the roster: 12 bodies; 测试市文化和旅游局 has a deadline of its own, before the day its batch gives
        Path roster = files.resolve("名单.csv");
        StringBuilder csv = new StringBuilder("名称,层级,截止日期,联系人\n");
        for (String b : BODIES) {
            csv.append(b).append(",部门,").append(b.equals("测试市文化和旅游局") ? "2024-01-10" : "").append(",张三 0632-1234567\n");
        }
        Files.writeString(roster, csv, StandardCharsets.UTF_8);
        // day one: six bodies, 测试市公安局's table 3 does not balance; and a wrong upload, a fake 2022 report of
        // 测试市交通运输局 whose carried-forward its 2023 report does not carry over
        List<Path> first = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            first.add(write(files, BODIES.get(i) + ".json", (i == 1 ? balance : seed).replace(SEED_AGENCY, BODIES.get(i))));
        }
        ObjectNode fake = (ObjectNode) new ObjectMapper().readTree(seed.replace(SEED_AGENCY, "测试市交通运输局")
                .replace("2023", "2022"));
        ((ObjectNode) fake.at("/tables/applications/carriedForward")).put("naturalPerson", 5).put("total", 5);
        first.add(write(files, "测试市交通运输局-2022.json", fake.toPrettyString()));
        // day two: four more; 测试市文化和旅游局 is late by its own deadline
        List<Path> second = new ArrayList<>();
        for (int i = 6; i < 10; i++) {
            second.add(write(files, BODIES.get(i) + ".json", seed.replace(SEED_AGENCY, BODIES.get(i))));
        }

        try (Service s = TestService.start(tmp.resolve("data"))) {
            String base = "http://127.0.0.1:" + s.port();
            browser.get(base + "/audits");
            browser.findElement(By.name("title")).clear();
            browser.findElement(By.name("title")).sendKeys("2023 年度年报核查");
            browser.findElement(By.name("year")).clear();
            browser.findElement(By.name("year")).sendKeys("2023");
            browser.findElement(By.name("office")).sendKeys("测试市人民政府办公室");
            navigate(By.id("create-audit"), "/audits/");
            String audit = browser.getCurrentUrl().replaceAll("^http://[^/]+", "").replaceAll("\\?.*", "");
            assertThat(browser.findElement(By.id("audit-title")).getText()).isEqualTo("2023 年度年报核查");

            openForms();
            browser.findElement(By.id("roster-file")).sendKeys(roster.toAbsolutePath().toString());
            browser.findElement(By.id("roster-send")).click();
            waitFor(By.id("flash"), "已导入名单：12 个机关，其中新增 12 个。");
            assertThat(browser.findElements(By.cssSelector("#roster tbody tr"))).hasSize(12);
            assertThat(text("audit-counts")).startsWith("名单 12 个机关：已报送 0，未报送 12");

            upload(audit, first, "2024-01-20");
            browser.get(base + audit);
            upload(audit, second, "2024-01-25");
            browser.get(base + audit);
            assertThat(text("audit-counts")).startsWith("名单 12 个机关：已报送 10，未报送 2，逾期发布 1；通过 8，不通过 2");
            assertThat(text("other-years")).contains("测试市交通运输局-2022.json");
            // the two missing, and the late one, by the filter
            filter("missing");
            assertThat(names()).containsExactly("测试市应急管理局", "测试市审计局");
            filter("late");
            assertThat(names()).containsExactly("测试市文化和旅游局");
            filter("fail"); // the balance error, and the body its fake earlier year poisons
            assertThat(names()).containsExactly("测试市公安局", "测试市交通运输局");
            assertThat(line("测试市公安局").getText()).contains("申请情况表", "T3.BALANCE");
            filter("");
            assertThat(line("测试市交通运输局").getText()).contains("不通过", "XYEAR.CARRY_OVER"); // poisoned
            screenshot("desk-audit");

            // the audit's workbook: one row per roster body
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(get(base + audit + "/download/xlsx")))) {
                XSSFSheet sheet = wb.getSheet("核查情况");
                assertThat(sheet.getLastRowNum()).isEqualTo(12);
                assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("测试市公安局");
                assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isEqualTo("不通过");
                assertThat(sheet.getRow(12).getCell(7).getStringCellValue()).isEqualTo("未报送");
            }

            // the failing report: its 整改通知 as Word names the body and its problem
            navigate(line("测试市公安局").findElement(By.linkText("不通过")), "/reports/");
            String report = browser.getCurrentUrl().replaceAll("^http://[^/]+", "");
            assertThat(browser.findElement(By.cssSelector("table.violations")).getText()).contains("T3.BALANCE");
            screenshot("desk-report");
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(get(base + report
                    + "/letter.docx?office=%E6%B5%8B%E8%AF%95%E5%B8%82%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80%E5%8A%9E"
                    + "&reply=2024-03-01")))) {
                String letter = new XWPFWordExtractor(doc).getText();
                assertThat(letter).contains("关于测试市公安局2023年政府信息公开工作年度报告问题的整改通知", "测试市公安局：",
                        "测试市政务公开办", "2024-03-01", "修改建议：", "申请情况表");
            }
            assertThat(get(base + audit + "/letters.zip")).isNotEmpty();

            // sent back; a fixed version comes; it passes and says it came after being sent back
            browser.get(base + audit);
            line("测试市公安局").findElement(By.cssSelector("button.sent-back")).click();
            // the click posts and reloads the page: while it loads, the line is gone or stale
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).ignoring(AssertionError.class)
                    .until(d -> line("测试市公安局").getText().contains("已退回"));
            upload(audit, List.of(write(files, "测试市公安局-修改后.json", seed.replace(SEED_AGENCY, "测试市公安局"))),
                    "2024-01-28");
            browser.get(base + audit);
            assertThat(line("测试市公安局").getText()).contains("通过", "退回后已重新报送");
            assertThat(line("测试市公安局").findElements(By.tagName("td")).get(9).getText()).isEqualTo("2");

            // a body's years: the fake 2022 beside 2023, the cross-year finding linking to it
            navigate(line("测试市交通运输局").findElement(By.linkText("测试市交通运输局")), "/bodies/");
            String body = browser.getCurrentUrl().replaceAll("^http://[^/]+", "");
            assertThat(browser.findElements(By.cssSelector("#years tbody tr"))).hasSize(2);
            assertThat(browser.findElement(By.cssSelector("#years tr[data-year='2023'] td.xyear")).getText())
                    .contains("与上一年度不一致", "2022");
            assertThat(browser.findElement(By.id("years-applications")).getText()).contains("2022", "2023");
            screenshot("desk-body");

            // delete the wrong upload: confirmed, logged, and the later year checked again without the finding
            navigate(By.cssSelector("#years tr[data-year='2022'] a"), "/reports/");
            navigate(By.id("delete-report"), "/delete");
            navigate(By.id("confirm-delete"), "/batches/");
            waitForBatch();
            browser.get(base + body);
            assertThat(browser.findElements(By.cssSelector("#years tbody tr"))).hasSize(1);
            assertThat(browser.findElement(By.cssSelector("#years tr[data-year='2023']")).getText())
                    .contains("通过").doesNotContain("XYEAR");
            browser.get(base + audit);
            assertThat(line("测试市交通运输局").getText()).contains("通过").doesNotContain("XYEAR");
            assertThat(browser.findElements(By.id("other-years"))).isEmpty();
            browser.get(base + "/log");
            assertThat(browser.findElement(By.id("log")).getText()).contains("删除报告", "测试市交通运输局-2022.json",
                    "本机用户", "导入名单", "标为已退回", "新建核查任务");
        }
    }

    private static Path write(Path dir, String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void openForms() {
        ((JavascriptExecutor) browser).executeScript("document.getElementById('audit-forms').open = true;");
    }

    private void upload(String audit, List<Path> files, String published) {
        openForms();
        browser.findElement(By.id("audit-files")).sendKeys(String.join("\n", files.stream()
                .map(p -> p.toAbsolutePath().toString()).toList()));
        WebElement date = browser.findElement(By.id("audit-published"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", date, published);
        navigate(By.id("audit-send"), "/batches/");
        waitForBatch();
        assertThat(browser.findElement(By.id("batch-audit")).getAttribute("href")).endsWith(audit);
    }

    private void filter(String state) {
        new Select(browser.findElement(By.name("state"))).selectByValue(state);
        navigate(By.cssSelector("#roster-filter button"), "state=" + state);
    }

    private List<String> names() {
        return browser.findElements(By.cssSelector("#roster tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(1).getText().lines().findFirst().orElse("")).toList();
    }

    private WebElement line(String name) {
        for (WebElement r : browser.findElements(By.cssSelector("#roster tbody tr"))) {
            if (r.findElements(By.tagName("td")).get(1).getText().startsWith(name)) {
                return r;
            }
        }
        throw new AssertionError("no roster line for " + name);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private byte[] get(String url) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return r.body();
    }

    private void screenshot(String name) throws Exception {
        browser.manage().window().setSize(new Dimension(1366, 768));
        Files.write(Path.of("target/" + name + ".png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void navigate(By target, String urlPart) {
        String before = browser.getCurrentUrl();
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains(urlPart)
                && !d.getCurrentUrl().equals(before)
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void navigate(WebElement target, String urlPart) {
        String before = browser.getCurrentUrl();
        target.click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains(urlPart)
                && !d.getCurrentUrl().equals(before)
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void waitFor(By what, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(what).isEmpty() && d.findElement(what).getText().contains(text));
    }

    private void waitForBatch() {
        new WebDriverWait(browser, Duration.ofSeconds(180))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.getCurrentUrl().contains("/batches/")
                        && !d.findElements(By.id("state")).isEmpty()
                        && d.findElement(By.id("state")).getText().contains("已完成"));
    }
}
