package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.store.BatchRow;
import org.nianbao.store.Database;
import org.nianbao.store.Store;

/**
 * The server over HTTP, without a browser: the API, the pages' forms with their CSRF token, downloads, the access
 * token, history across a restart, and earlier years found in storage. The browser test is {@code ServeBrowserTest}.
 */
class WebServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(Service s, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(s, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(Service s, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(s, path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> post(Service s, String path, String contentType, byte[] body, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(s, path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(Service s, String path) {
        return URI.create("http://127.0.0.1:" + s.port() + path);
    }

    private JsonNode apiCheck(Service s, MultipartBody body) throws Exception {
        HttpResponse<String> r = post(s, "/api/check?wait=120", MultipartBody.contentType(), body.bytes(),
                Guard.API_HEADER, "test");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static JsonNode report(JsonNode batch, String file) {
        for (JsonNode r : batch.get("reports")) {
            if (r.get("file").asText().equals(file)) {
                return r;
            }
        }
        throw new AssertionError("no report " + file + " in " + batch);
    }

    @Test
    void theApiChecksFilesAndAZipAndKeepsTheResults() throws Exception {
        try (Service s = TestService.start(tmp.resolve("data"))) {
            JsonNode batch = apiCheck(s, new MultipartBody()
                    .file("files", Path.of("samples/seed.json"))
                    .file("files", Path.of("samples/rules/T3.BALANCE.json"))
                    .file("files", Path.of("samples/rules/TBL.LABEL.docx"))
                    .file("files", "两份.zip", zip("samples/rules/DATE.LATE.json", "samples/rules/SEC.MISSING.json"))
                    .file("files", "随便.docx", "not a report".getBytes(StandardCharsets.UTF_8)));
            assertThat(batch.get("state").asText()).isEqualTo("done");
            assertThat(batch.get("reports")).hasSize(6);
            assertThat(report(batch, "seed.json").get("status").asText()).isEqualTo("pass");
            assertThat(report(batch, "T3.BALANCE.json").get("errors").asInt()).isEqualTo(2);
            assertThat(report(batch, "两份.zip/DATE.LATE.json").get("status").asText()).isEqualTo("fail");
            assertThat(report(batch, "两份.zip/SEC.MISSING.json").get("status").asText()).isEqualTo("fail");
            assertThat(report(batch, "随便.docx").get("status").asText()).isEqualTo("unreadable");
            assertThat(report(batch, "随便.docx").get("rules").get(0).asText()).startsWith("INPUT.");
            assertThat(report(batch, "T3.BALANCE.json").get("rules").get(0).asText()).isEqualTo("T3.BALANCE");
            assertThat(Files.list(tmp.resolve("data/uploads")).toList()).isEmpty(); // temporary files gone

            JsonNode one = JSON.readTree(get(s, report(batch, "T3.BALANCE.json").get("url").asText()).body());
            assertThat(one.at("/result/violations").findValuesAsText("rule")).containsOnly("T3.BALANCE");
            assertThat(one.at("/result/violations/0/message").asText()).contains("= 4 多 1");
            JsonNode en = JSON.readTree(get(s, report(batch, "T3.BALANCE.json").get("url").asText() + "?lang=en")
                    .body());
            assertThat(en.at("/result/violations/0/message").asText()).doesNotContainPattern("\\p{IsHan}{4}");

            HttpResponse<byte[]> xlsx = getBytes(s, batch.at("/downloads/xlsx").asText());
            assertThat(xlsx.statusCode()).isEqualTo(200);
            assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
                assertThat(wb.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(6);
            }
            JsonNode sarif = JSON.readTree(getBytes(s, batch.at("/downloads/sarif").asText()).body());
            assertThat(sarif.at("/runs/0/results").findValuesAsText("ruleId")).contains("T3.BALANCE");
            JsonNode json = JSON.readTree(getBytes(s, batch.at("/downloads/json").asText()).body());
            assertThat(json.get("reports")).hasSize(6);
            assertThat(get(s, batch.at("/downloads/html").asText()).body()).contains("T3.BALANCE");
        }
    }

    @Test
    void pagesUseACsrfTokenAndShowBatchAndReport() throws Exception {
        try (Service s = TestService.start(tmp.resolve("data"))) {
            HttpResponse<String> home = get(s, "/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
            assertThat(home.body()).doesNotContain("sign-out"); // no access token: no sign-in to end
            String csrf = field(home.body(), "csrf");
            byte[] files = new MultipartBody().file("files", Path.of("samples/rules/T3.BALANCE.json"))
                    .file("files", Path.of("samples/seed.json")).field("title", "测试批次").bytes();

            HttpResponse<String> refused = post(s, "/upload", MultipartBody.contentType(), files);
            assertThat(refused.statusCode()).isEqualTo(403); // no token in the form

            byte[] withToken = new MultipartBody().field("csrf", csrf)
                    .file("files", Path.of("samples/rules/T3.BALANCE.json")).file("files", Path.of("samples/seed.json"))
                    .field("title", "测试批次").bytes();
            HttpResponse<String> sent = post(s, "/upload", MultipartBody.contentType(), withToken);
            assertThat(sent.statusCode()).isEqualTo(303);
            String batchPath = sent.headers().firstValue("Location").orElseThrow();
            assertThat(s.await(batchPath.substring("/batches/".length()), Duration.ofSeconds(120))).isTrue();

            String page = get(s, batchPath).body();
            assertThat(page).contains("测试批次", "T3.BALANCE.json", "seed.json", "不通过", "通过");
            assertThat(page).doesNotContain("http-equiv=\"refresh\""); // finished: no more reloading
            String byErrors = get(s, batchPath + "?sort=errors&dir=desc").body();
            assertThat(byErrors.indexOf("T3.BALANCE.json")).isLessThan(byErrors.indexOf("seed.json"));
            String passed = get(s, batchPath + "?status=pass").body();
            assertThat(passed).contains("seed.json").doesNotContain(">T3.BALANCE.json<");
            String balance = get(s, batchPath + "?rule=T3.BALANCE").body();
            assertThat(balance).contains(">T3.BALANCE.json<").doesNotContain(">seed.json<")
                    .contains("<a class=\"rule\" href=\"/rules/T3.BALANCE\" title=\"")
                    .contains("<span class=\"rule-id\">T3.BALANCE</span>");
            // words, not codes: the rule's title beside its id, in the column and in the filter; formats named
            String title = new RuleWords(org.nianbao.rules.RuleLoader.builtIn()).title("T3.BALANCE",
                    org.nianbao.model.Lang.ZH);
            assertThat(title).isNotEqualTo("T3.BALANCE");
            assertThat(page).contains("<span class=\"rule-title\">" + title + "</span>",
                    ">" + title + "（T3.BALANCE） (1)</option>", "JSON 数据", "<th><a data-sort=\"infos\"")
                    .doesNotContain(">json<");
            assertThat(get(s, batchPath + "?lang=en").body()).contains("failed", "Download");

            Matcher m = Pattern.compile("href=\"(/reports/[0-9a-f]{16})\">T3.BALANCE.json").matcher(page);
            assertThat(m.find()).isTrue();
            String report = get(s, m.group(1) + "?lang=zh").body(); // the English view above set the cookie
            assertThat(report).contains("T3.BALANCE", "= 4 多 1", "num hit\"", "可能的错误", "href=\"/rules/T3.BALANCE\"");

            HttpResponse<String> sendable = get(s, m.group(1) + "/download/html");
            assertThat(sendable.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
                    .doesNotContain(".json.html");
            assertThat(sendable.body()).startsWith("<!DOCTYPE html>").contains("T3.BALANCE", "num hit\"",
                    "default-src 'none'").endsWith("</body></html>\n");

            // the 整改通知: a form on the report page, a page to print, a Word document naming the body and problems
            assertThat(report).contains("id=\"letter-form\"", "action=\"" + m.group(1) + "/letter\"");
            String letter = get(s, m.group(1) + "/letter?office=%E6%9F%90%E5%B8%82%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80"
                    + "%E5%8A%9E&reply=2026-03-01").body();
            assertThat(letter).contains("整改通知", "某市政务公开办", "2026-03-01", "修改建议：", "可能的错误：", title);
            HttpResponse<byte[]> docx = getBytes(s, m.group(1) + "/letter.docx?office=X&reply=2026-03-01");
            assertThat(docx.headers().firstValue("Content-Disposition").orElse("")).contains(".docx")
                    .contains("%E6%95%B4%E6%94%B9%E9%80%9A%E7%9F%A5"); // 整改通知
            try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                    new java.io.ByteArrayInputStream(docx.body()))) {
                String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
                assertThat(text).contains("整改通知", "2026-03-01", title, "修改建议：", "可能的错误：");
            }

            HttpResponse<String> recheck = post(s, batchPath + "/recheck", "application/x-www-form-urlencoded",
                    ("csrf=" + csrf).getBytes(StandardCharsets.UTF_8));
            assertThat(recheck.statusCode()).isEqualTo(303);
            String again = recheck.headers().firstValue("Location").orElseThrow();
            assertThat(again).isNotEqualTo(batchPath);
            s.await(again.substring("/batches/".length()), Duration.ofSeconds(120));
            assertThat(get(s, m.group(1)).body()).contains("id=\"history\""); // both checks of the file listed
            assertThat(get(s, batchPath).body()).contains("T3.BALANCE.json"); // the earlier batch is still there
        }
    }

    @Test
    void uploadsComeBackOnlyAsDownloadsAndPathsAreNeverTaken() throws Exception {
        try (Service s = TestService.start(tmp.resolve("data"))) {
            byte[] page = "<html><body><script>alert(1)</script>not a report</body></html>".getBytes(
                    StandardCharsets.UTF_8);
            JsonNode batch = apiCheck(s, new MultipartBody().file("files", "../../evil.html", page));
            JsonNode r = batch.get("reports").get(0);
            assertThat(r.get("file").asText()).isEqualTo("evil.html");
            HttpResponse<byte[]> original = getBytes(s, "/files/" + r.get("sha256").asText());
            assertThat(original.statusCode()).isEqualTo(200);
            assertThat(original.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/octet-stream");
            assertThat(original.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
            assertThat(original.headers().firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");
            assertThat(original.body()).isEqualTo(page);
            // an encoded slash is not a path Jetty takes (400); nothing is ever read from one
            assertThat(get(s, "/files/..%2F..%2Fetc%2Fpasswd").statusCode()).isIn(400, 404);
            assertThat(get(s, "/reports/../../etc/passwd").statusCode()).isIn(400, 404);
            assertThat(get(s, "/batches/nope").statusCode()).isEqualTo(404);
            // the API refuses a cross-site style POST (no client header)
            assertThat(post(s, "/api/check", MultipartBody.contentType(),
                    new MultipartBody().file("files", Path.of("samples/seed.json")).bytes()).statusCode())
                    .isEqualTo(403);
        }
    }

    @Test
    void anAccessTokenGuardsEverything() throws Exception {
        String token = "a-long-enough-secret-token";
        try (Service s = TestService.start(tmp.resolve("data"), null, token)) {
            assertThat(get(s, "/").statusCode()).isEqualTo(303);
            assertThat(get(s, "/api/rules").statusCode()).isEqualTo(401);
            HttpResponse<String> withBearer = client.send(HttpRequest.newBuilder(uri(s, "/api/rules"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(withBearer.statusCode()).isEqualTo(200);
            assertThat(post(s, "/login", "application/x-www-form-urlencoded", "token=wrong".getBytes(
                    StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);
            assertThat(post(s, "/login", "application/x-www-form-urlencoded", ("token=" + token).getBytes(
                    StandardCharsets.UTF_8)).statusCode()).isEqualTo(303);
            HttpResponse<String> home = get(s, "/");
            assertThat(home.statusCode()).isEqualTo(200); // the cookie now
            assertThat(home.body()).contains("id=\"sign-out\"").contains("退出登录");
        }
    }

    @Test
    void aRestartFindsEarlierBatchesAndEarlierYearsAreUsed() throws Exception {
        Path data = tmp.resolve("data");
        String first;
        try (Service s = TestService.start(data)) {
            first = apiCheck(s, new MultipartBody().file("files", "薛城-2022.json", year(2022))).get("id").asText();
        }
        try (Service s = TestService.start(data)) {
            JsonNode earlier = JSON.readTree(get(s, "/api/batches/" + first).body());
            assertThat(earlier.get("state").asText()).isEqualTo("done");
            assertThat(earlier.get("reports").get(0).get("file").asText()).isEqualTo("薛城-2022.json");
            assertThat(get(s, "/").body()).contains("/batches/" + first);
            // the 2023 report alone: its 2022 report is found in storage and the carry-over compared
            JsonNode later = apiCheck(s, new MultipartBody().file("files", "薛城-2023.json", year(2023)));
            JsonNode one = JSON.readTree(get(s, later.get("reports").get(0).get("url").asText()).body());
            assertThat(one.at("/result/violations").findValuesAsText("rule")).contains("XYEAR.CARRY_OVER");
        }
    }

    @Test
    void aRecheckAfterTheRulesChangedKeepsTheEarlierResult() throws Exception {
        Path data = tmp.resolve("data");
        String batch;
        try (Service s = TestService.start(data, null, null, UploadLimits.DEFAULT, "1.0")) {
            batch = apiCheck(s, new MultipartBody().file("files", Path.of("samples/rules/T3.BALANCE.json")))
                    .get("id").asText();
        }
        try (Service s = TestService.start(data, null, null, UploadLimits.DEFAULT, "1.1")) {
            String csrf = field(get(s, "/").body(), "csrf");
            HttpResponse<String> r = post(s, "/batches/" + batch + "/recheck", "application/x-www-form-urlencoded",
                    ("csrf=" + csrf).getBytes(StandardCharsets.UTF_8));
            String again = r.headers().firstValue("Location").orElseThrow().substring("/batches/".length());
            s.await(again, Duration.ofSeconds(60));
            JsonNode later = JSON.readTree(get(s, "/api/batches/" + again).body());
            assertThat(later.get("recheckOf").asText()).isEqualTo(batch);
            assertThat(later.get("rulesVersion").asText()).startsWith("1.1-");
            JsonNode earlier = JSON.readTree(get(s, "/api/batches/" + batch).body());
            assertThat(earlier.get("rulesVersion").asText()).startsWith("1.0-"); // untouched
            assertThat(earlier.at("/reports/0/errors").asInt()).isEqualTo(2);
            String page = get(s, later.at("/reports/0/page").asText()).body();
            assertThat(page).contains("id=\"history\"", earlier.get("rulesVersion").asText(),
                    later.get("rulesVersion").asText());
        }
    }

    @Test
    void aBatchAStoppedServerLeftUnfinishedCanBeCheckedWhole() throws Exception {
        Path data = tmp.resolve("data");
        try (Database db = Database.embedded(data)) { // as a server stopped before it checked anything leaves it
            Store store = new Store(db, Service.owner(data));
            String a = store.putFile(Path.of("samples/seed.json"));
            String b = store.putFile(Path.of("samples/rules/T3.BALANCE.json"));
            store.createBatch(new BatchRow("00000000000000aa", 1000, "未完成", BatchRow.RUNNING, 2, 0, "old", null,
                    null), List.of(new Store.BatchFile(0, "seed.json", a), new Store.BatchFile(1, "T3.BALANCE.json", b)));
        }
        try (Service s = TestService.start(data)) {
            assertThat(s.interruptedAtStart()).isEqualTo(1);
            String page = get(s, "/batches/00000000000000aa").body();
            assertThat(page).contains("已中断", "id=\"unfinished\"", "还有 2 个文件未检查");
            HttpResponse<String> r = post(s, "/batches/00000000000000aa/recheck", "application/x-www-form-urlencoded",
                    ("csrf=" + field(page, "csrf")).getBytes(StandardCharsets.UTF_8));
            String again = r.headers().firstValue("Location").orElseThrow().substring("/batches/".length());
            s.await(again, Duration.ofSeconds(60));
            JsonNode batch = JSON.readTree(get(s, "/api/batches/" + again).body());
            assertThat(batch.get("reports").findValuesAsText("file")).containsExactly("seed.json", "T3.BALANCE.json");
            assertThat(batch.get("reports").findValuesAsText("status")).containsExactly("pass", "fail");
        }
    }

    @Test
    void uploadsOverTheLimitsAreRefusedWithTheReason() throws Exception {
        try (Service s = TestService.start(tmp.resolve("data"), null, null, new UploadLimits(2000, 2, 10_000),
                "test")) {
            String csrf = field(get(s, "/").body(), "csrf");
            HttpResponse<String> big = post(s, "/upload", MultipartBody.contentType(), new MultipartBody()
                    .field("csrf", csrf).file("files", Path.of("samples/seed.json")).bytes());
            assertThat(big.statusCode()).isEqualTo(413);
            assertThat(big.body()).contains("id=\"flash\"").containsPattern("超过|上限|太大");
            HttpResponse<String> many = post(s, "/api/check", MultipartBody.contentType(), new MultipartBody()
                    .file("files", "a.json", new byte[10]).file("files", "b.json", new byte[10])
                    .file("files", "c.json", new byte[10]).bytes(), Guard.API_HEADER, "test");
            assertThat(many.statusCode()).isEqualTo(413);
            assertThat(JSON.readTree(many.body()).get("error").asText()).isEqualTo("TOO_MANY_FILES");
            HttpResponse<String> declared = post(s, "/api/check", MultipartBody.contentType(), new byte[20_000],
                    Guard.API_HEADER, "test");
            assertThat(declared.statusCode()).isEqualTo(413); // refused by Content-Length: read, not parsed, not kept
            HttpResponse<String> broken = post(s, "/api/check", MultipartBody.contentType(),
                    "--nothing like the boundary".getBytes(StandardCharsets.UTF_8), Guard.API_HEADER, "test");
            assertThat(broken.statusCode()).isEqualTo(400);
            assertThat(Files.list(tmp.resolve("data/uploads")).toList()).isEmpty(); // nothing left behind
        }
    }

    /** The same body's report for a year; 2023 carries over 4 where 2022 left 2 unfinished. */
    private static byte[] year(int year) throws Exception {
        ObjectNode r = (ObjectNode) JSON.readTree(Path.of("samples/rules/CELL.BLANK.json").toFile());
        r.put("year", year);
        ((ObjectNode) r.at("/tables/applications/denied/stateSecret")).put("commercial", 0);
        if (year == 2023) {
            ((ObjectNode) r.at("/tables/applications/carriedOver")).put("naturalPerson", 4).put("total", 5);
            ((ObjectNode) r.at("/tables/applications/newReceived")).put("naturalPerson", 18).put("total", 25);
        }
        return JSON.writeValueAsBytes(r);
    }

    private static byte[] zip(String... files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String f : files) {
                z.putNextEntry(new ZipEntry(Path.of(f).getFileName().toString()));
                z.write(Files.readAllBytes(Path.of(f)));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("field " + name).isTrue();
        return m.group(1);
    }
}
