package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.store.Store;

/**
 * {@code serve --db jdbc:postgresql:…}: the same batch kept in PostgreSQL and found again by a second server with an
 * empty data folder (files come back from the database, not from a local cache). Runs when
 * {@code NIANBAO_TEST_PG_URL} names a database ({@code .ci/run} starts PostgreSQL and sets it); each run works in a
 * schema of its own, dropped at the end.
 */
class PostgresServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aBatchKeptInPostgresqlIsFoundByAnotherServer(@TempDir Path tmp) throws Exception {
        String url = System.getenv("NIANBAO_TEST_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "NIANBAO_TEST_PG_URL is not set (.ci/run sets it)");
        String schema = "t" + Store.newId();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String inSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        HttpClient client = HttpClient.newHttpClient();
        try {
            String batch;
            try (Service s = TestService.start(tmp.resolve("one"), inSchema, null)) {
                byte[] body = new MultipartBody().file("files", Path.of("samples/rules/T3.BALANCE.json"))
                        .file("files", Path.of("samples/rules/TBL.LABEL.docx")).bytes();
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                        + "/api/check?wait=120")).header("Content-Type", MultipartBody.contentType())
                        .header(Guard.API_HEADER, "test").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                batch = JSON.readTree(r.body()).get("id").asText();
            }
            try (Service s = TestService.start(tmp.resolve("two"), inSchema, null)) {
                String base = "http://127.0.0.1:" + s.port();
                JsonNode b = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(base + "/api/batches/"
                        + batch)).build(), HttpResponse.BodyHandlers.ofString()).body());
                assertThat(b.get("state").asText()).isEqualTo("done");
                assertThat(b.get("reports").findValuesAsText("status")).containsExactly("fail", "pass"); // TBL.LABEL warns only
                JsonNode report = b.get("reports").get(0);
                HttpResponse<byte[]> original = client.send(HttpRequest.newBuilder(URI.create(base + "/files/"
                        + report.get("sha256").asText())).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(original.body()).isEqualTo(java.nio.file.Files.readAllBytes(
                        Path.of("samples/rules/T3.BALANCE.json")));
                HttpResponse<byte[]> xlsx = client.send(HttpRequest.newBuilder(URI.create(base
                        + b.at("/downloads/xlsx").asText())).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(xlsx.statusCode()).isEqualTo(200);
                assertThat(xlsx.body()).startsWith('P', 'K');
            }
        } finally {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
