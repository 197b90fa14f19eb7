package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.Main;

/**
 * Bad files and awkward use through the server: a batch of broken and hostile files gets one answer per file and the
 * good file among them is checked; two uploads at once both finish; the server refuses to listen beyond this machine
 * without an access token.
 */
class ServeHardeningTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    private JsonNode check(Service s, byte[] body) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                + "/api/check?wait=300")).header("Content-Type", MultipartBody.contentType())
                .header(Guard.API_HEADER, "test").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void everyBrokenFileGetsItsAnswerAndTheGoodOneIsChecked() throws Exception {
        byte[] docx = Files.readAllBytes(Path.of("samples/rules/TBL.LABEL.docx"));
        byte[] seed = Files.readAllBytes(Path.of("samples/seed.json"));
        MultipartBody body = new MultipartBody()
                .file("files", "截断.docx", java.util.Arrays.copyOf(docx, docx.length / 2))
                .file("files", "随机.pdf", random(20_000))
                .file("files", "空.json", new byte[0])
                .file("files", "坏.pdf", "%PDF-1.7\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.US_ASCII))
                .file("files", "深.json", ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.US_ASCII))
                .file("files", "套娃.zip", zip("inner.zip", zip("seed.json", seed)))
                .file("files", "seed.json", seed);
        JsonNode batch;
        try (Service s = TestService.start(tmp.resolve("data"))) {
            batch = check(s, body.bytes());
        }
        assertThat(batch.get("state").asText()).isEqualTo("done");
        List<String> files = batch.get("reports").findValuesAsText("file");
        assertThat(files).containsExactly("截断.docx", "随机.pdf", "空.json", "坏.pdf", "深.json", "套娃.zip/inner.zip",
                "seed.json");
        for (JsonNode r : batch.get("reports")) {
            if (r.get("file").asText().equals("seed.json")) {
                assertThat(r.get("status").asText()).isEqualTo("pass");
            } else {
                assertThat(r.get("status").asText()).as(r.toString()).isEqualTo("unreadable");
                assertThat(r.get("rules").get(0).asText()).as(r.toString()).startsWith("INPUT.");
            }
        }
    }

    @Test
    void twoUploadsAtOnceBothFinish() throws Exception {
        try (Service s = TestService.start(tmp.resolve("data"))) {
            List<CompletableFuture<JsonNode>> running = new ArrayList<>();
            for (String f : List.of("samples/rules/T3.BALANCE.json", "samples/rules/DATE.LATE.json")) {
                byte[] body = new MultipartBody().file("files", Path.of(f)).file("files", Path.of("samples/seed.json"))
                        .bytes();
                running.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return check(s, body);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            JsonNode a = running.get(0).get();
            JsonNode b = running.get(1).get();
            assertThat(a.get("id").asText()).isNotEqualTo(b.get("id").asText());
            assertThat(a.at("/reports/0/rules/0").asText()).isEqualTo("T3.BALANCE");
            assertThat(b.at("/reports/0/rules/0").asText()).isEqualTo("DATE.LATE");
            assertThat(List.of(a, b)).allSatisfy(x -> assertThat(x.get("done").asInt()).isEqualTo(2));
        }
    }

    @Test
    void listeningBeyondThisMachineNeedsAnAccessToken() {
        assertThat(Main.run("serve", "--host", "0.0.0.0", "--port", "0", "--data", tmp.toString())).isEqualTo(2);
        assertThat(Main.run("serve", "--host", "0.0.0.0", "--port", "0", "--token", "short", "--data",
                tmp.toString())).isEqualTo(2);
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new java.util.Random(9).nextBytes(b);
        return b;
    }

    private static byte[] zip(String name, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
