package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.corpus.GeneratedPdfs;
import org.nianbao.parse.scan.ScanReader;
import org.nianbao.scan.Scans;

/**
 * A scanned report checked by the server: its page shows the scan's image of each cell OCR was unsure of, served by
 * the server itself from the stored result (the server's policy loads images from itself only, never a data URI),
 * and an image the result does not have is a plain 404; in Chromium every image loads and shows, on the server's
 * page and in the report's own page saved to a file.
 */
class ScannedReportPageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private <T> HttpResponse<T> get(Service s, String path, HttpResponse.BodyHandler<T> body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).build(), body);
    }

    @Test
    void theReportPageShowsTheScansImageOfAnUnsureCell() throws Exception {
        String missing = new ScanReader().missing();
        Assumptions.assumeTrue(missing == null, () -> "OCR is not installed here: " + missing + " is missing");
        Assumptions.assumeTrue(GeneratedPdfs.fontInstalled(), "no CJK TrueType font to draw the generated report");
        // OCR on a busy machine: the per-file limit is not what this test is about
        try (Service s = TestService.start(tmp.resolve("data"), null, null, UploadLimits.DEFAULT, "test",
                Duration.ofSeconds(600), Service.Workers.DEFAULT, Service.Config.MAX_STORED_BYTES)) {
            byte[] body = new MultipartBody().file("files", "扫描件.pdf", Scans.generatedWithBalanceError()).bytes();
            HttpResponse<String> sent = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                    + "/api/check?wait=600")).header("Content-Type", MultipartBody.contentType())
                    .header(Guard.API_HEADER, "test").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
            JsonNode report = JSON.readTree(sent.body()).at("/reports/0");
            assertThat(report.get("status").asText()).as(report.toString()).isNotEqualTo("unreadable");
            String page = report.get("page").asText();
            String id = page.substring("/reports/".length());

            HttpResponse<String> shown = get(s, page, HttpResponse.BodyHandlers.ofString());
            assertThat(shown.statusCode()).isEqualTo(200);
            assertThat(shown.headers().firstValue("Content-Security-Policy").orElse("")).contains("img-src 'self'")
                    .doesNotContain("data:");
            String html = shown.body();
            assertThat(html).contains("PDF（扫描件，OCR 文字识别）").contains("CELL.OCR_UNSURE")
                    .contains("识别不确定").doesNotContain("data:image");
            Matcher m = Pattern.compile("<img class=\"ocr-crop\" src=\"(/reports/" + id + "/crops/\\d+)\"")
                    .matcher(html);
            List<String> images = new ArrayList<>();
            while (m.find()) {
                images.add(m.group(1));
            }
            assertThat(images).as("the scan's images on the report's page").isNotEmpty();
            for (String image : images) {
                HttpResponse<byte[]> png = get(s, image, HttpResponse.BodyHandlers.ofByteArray());
                assertThat(png.statusCode()).isEqualTo(200);
                assertThat(png.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
                assertThat(ImageIO.read(new ByteArrayInputStream(png.body()))).as(image).isNotNull();
            }
            assertThat(get(s, "/reports/" + id + "/crops/" + images.size(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(404);
            assertThat(get(s, "/reports/" + id + "/crops/99999", HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(404);
            assertThat(get(s, "/reports/0123456789abcdef/crops/0", HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(404);
            // the report's own page to send on keeps its images inside it, as a file opened on its own must
            String download = get(s, page + "/download/html", HttpResponse.BodyHandlers.ofString()).body();
            assertThat(download).contains("img-src data:").contains("<img class=\"ocr-crop\" src=\"data:image/png;"
                    + "base64,");

            // in a browser, under each page's own policy, every image loads and shows
            Path saved = tmp.resolve("核查结果.html");
            java.nio.file.Files.writeString(saved, download);
            org.openqa.selenium.WebDriver browser = HeadlessChrome.start(tmp.resolve("profile"), "1400,1000");
            try {
                for (String url : List.of("http://127.0.0.1:" + s.port() + page, saved.toUri().toString())) {
                    browser.get(url);
                    Object shownImages = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                            "return Array.from(document.querySelectorAll('img.ocr-crop'))"
                            + ".filter(i => i.complete && i.naturalWidth > 0 && i.getBoundingClientRect().width > 0)"
                            + ".length");
                    assertThat(((Number) shownImages).intValue()).as(url).isEqualTo(images.size());
                }
            } finally {
                browser.quit();
            }
        }
    }
}
