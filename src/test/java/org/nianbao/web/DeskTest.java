package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit desk over HTTP: named people and their roles (a reader changes nothing, an office person's changes are
 * logged under their name), rosters as an office keeps them (Excel, CSV in UTF-8 or GBK, a mismatched name placed by
 * hand), and a deletion that asks first.
 */
class DeskTest {
    private static final String OFFICE_TOKEN = "office-token-0123456789";
    private static final String READER_TOKEN = "reader-token-0123456789";

    @TempDir
    Path tmp;

    private static final class Browser {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        final int port;
        String csrf;

        Browser(int port) {
            this.port = port;
        }

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return r;
        }

        HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> form(String path, String fields) throws Exception {
            return post(path, "application/x-www-form-urlencoded", ("csrf=" + csrf + "&" + fields)
                    .getBytes(StandardCharsets.UTF_8));
        }

        void signIn(String token) throws Exception {
            assertThat(post("/login", "application/x-www-form-urlencoded", ("token=" + token)
                    .getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(303);
            get("/audits");
        }
    }

    @Test
    void peopleAreNamedAndReadersChangeNothing() throws Exception {
        People people = People.of(Map.of(OFFICE_TOKEN, new People.Person("李四", People.Role.OFFICE),
                READER_TOKEN, new People.Person("王五", People.Role.READER)));
        try (Service s = TestService.start(tmp.resolve("data"), people)) {
            Browser office = new Browser(s.port());
            assertThat(office.get("/audits").statusCode()).isEqualTo(303); // to the sign-in page
            office.signIn(OFFICE_TOKEN);
            assertThat(office.get("/audits").body()).contains("id=\"who\">李四<", "id=\"new-audit\"");
            HttpResponse<String> made = office.form("/audits", "title=%E6%A0%B8%E6%9F%A5&year=2023&replyDays=10");
            assertThat(made.statusCode()).isEqualTo(303);
            String audit = made.headers().firstValue("Location").orElseThrow();

            Browser reader = new Browser(s.port());
            reader.signIn(READER_TOKEN);
            String page = reader.get(audit).body();
            assertThat(page).contains("王五（只读）", "id=\"roster\"").doesNotContain("id=\"audit-upload\"",
                    "id=\"roster-import\"");
            assertThat(reader.get("/").body()).doesNotContain("id=\"upload\"");
            assertThat(reader.form("/audits", "title=x").statusCode()).isEqualTo(403);
            assertThat(reader.form(audit + "/match", "key=body:x&roster=y").statusCode()).isEqualTo(403);
            HttpResponse<String> api = reader.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + s.port() + "/api/check")).header("Authorization", "Bearer " + READER_TOKEN)
                    .header("Content-Type", MultipartBody.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(
                            new MultipartBody().file("files", Path.of("samples/seed.json")).bytes())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isIn(401, 403);

            String log = reader.get("/log").body();
            assertThat(log.substring(log.indexOf("id=\"log\""))).contains("李四", "新建核查任务")
                    .doesNotContain("王五"); // the reader's refused attempts changed nothing, so nothing is logged
        }
    }

    @Test
    void rostersAsOfficesKeepThem() throws Exception {
        try (Service s = TestService.start(tmp.resolve("data"))) {
            Browser office = new Browser(s.port());
            office.get("/audits");
            String audit = office.form("/audits", "title=t&year=2023").headers().firstValue("Location").orElseThrow();
            office.get(audit);
            // Excel, the columns in another order, a date cell, a level in words
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                XSSFSheet sh = wb.createSheet("名单");
                String[][] rows = {{"联系人", "单位名称", "层级"}, {"赵六", "某县人民政府", "县级人民政府"},
                    {"", "某县教育局", "部门"}};
                for (int i = 0; i < rows.length; i++) {
                    XSSFRow row = sh.createRow(i);
                    for (int j = 0; j < rows[i].length; j++) {
                        row.createCell(j).setCellValue(rows[i][j]);
                    }
                }
                wb.write(xlsx);
            }
            String page = office.post(audit + "/roster", MultipartBody.contentType(), new MultipartBody()
                    .field("csrf", office.csrf).file("files", "名单.xlsx", xlsx.toByteArray()).bytes()).body();
            assertThat(page).contains("已导入名单：2 个机关，其中新增 2 个。", "某县人民政府", "赵六", "政府");
            // CSV as Excel saves it on a Chinese system (GBK), one body again and one new, a bad deadline said
            byte[] gbk = "名称,截止日期\n某县教育局,2024-01-20\n某县财政局,明年\n".getBytes(Charset.forName("GBK"));
            page = office.post(audit + "/roster", MultipartBody.contentType(), new MultipartBody()
                    .field("csrf", office.csrf).file("files", "名单.csv", gbk).bytes()).body();
            assertThat(page).contains("已导入名单：2 个机关，其中新增 1 个。", "某县财政局", "2024-01-20",
                    "“明年”不是 yyyy-mm-dd 格式的日期");
            assertThat(Pattern.compile("<tr class=\"body\"").matcher(page).results().count()).isEqualTo(3);

            // a report under a name the roster spells otherwise: listed apart, then placed by hand
            String seed = Files.readString(Path.of("samples/seed.json")).replace("薛城区商务和投资促进局", "某县教育体育局");
            HttpResponse<String> up = office.post(audit + "/upload", MultipartBody.contentType(), new MultipartBody()
                    .field("csrf", office.csrf).file("files", "教育.json", seed.getBytes(StandardCharsets.UTF_8))
                    .bytes());
            assertThat(up.statusCode()).isEqualTo(303);
            s.await(up.headers().firstValue("Location").orElseThrow().substring("/batches/".length()),
                    java.time.Duration.ofSeconds(120));
            page = office.get(audit).body();
            assertThat(page).contains("id=\"unplaced\"", "某县教育体育局");
            Matcher key = Pattern.compile("name=\"key\" value=\"([^\"]+)\"").matcher(page);
            Matcher roster = Pattern.compile("<option value=\"([0-9a-f]{16})\">某县教育局</option>").matcher(page);
            assertThat(key.find() && roster.find()).isTrue();
            assertThat(office.form(audit + "/match", "key=" + java.net.URLEncoder.encode(key.group(1),
                    StandardCharsets.UTF_8) + "&roster=" + roster.group(1)).statusCode()).isEqualTo(303);
            page = office.get(audit).body();
            assertThat(page).doesNotContain("id=\"unplaced\"").contains("已报送 1，未报送 2");

            // the date the office learns the body really published on counts: after its deadline, it is late
            Matcher body = Pattern.compile("action=\"(" + Pattern.quote(audit) + "/roster/[0-9a-f]{16}/published)\"")
                    .matcher(page.substring(page.indexOf("某县教育局")));
            assertThat(body.find()).isTrue();
            assertThat(office.form(body.group(1), "date=2024-02-01").statusCode()).isEqualTo(303);
            page = office.get(audit).body();
            assertThat(page).contains("逾期发布 1", "value=\"2024-02-01\"");

            // deleting asks first, and the confirmation says what goes
            Matcher report = Pattern.compile("href=\"(/reports/[0-9a-f]{16})\"").matcher(page);
            assertThat(report.find()).isTrue();
            assertThat(office.get(report.group(1) + "/delete").body()).contains("确认删除", "教育.json", "不能撤销");
            assertThat(office.form(report.group(1) + "/delete", "").statusCode()).isEqualTo(303);
            assertThat(office.get(report.group(1)).statusCode()).isEqualTo(404);
            assertThat(office.get(audit).body()).contains("已报送 0，未报送 3");
            assertThat(office.get("/log").body()).contains("删除报告", "教育.json", "导入名单", "手动对应报告", "录入发布日期",
                    "本机用户");
        }
    }
}
