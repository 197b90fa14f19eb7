package org.nianbao.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.report.HtmlReportWriter;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.store.BatchRow;
import org.nianbao.store.ResultRow;
import org.nianbao.store.Store;

/**
 * The HTTP server: one handler that checks access, then routes by method and path to the pages and the API. Every
 * answer goes through {@link Responses} (safety headers); an unexpected failure is logged and answered with 500,
 * never with a stack trace.
 */
public final class WebServer implements AutoCloseable {
    /**
     * @param host        the interface to listen on (127.0.0.1 unless told otherwise)
     * @param accessToken required on every request when set; must be set when host is not a loopback address
     * @param temp        where uploads are spooled while they are received
     */
    public record Settings(String host, int port, UploadLimits limits, String accessToken, Path temp) {
    }

    private static final Map<String, String> ASSETS = Map.of("app.css", "text/css; charset=utf-8", "app.js",
            "text/javascript; charset=utf-8");

    private final HttpServer http;
    private final ExecutorService threads;
    private final Store store;
    private final BatchJobs jobs;
    private final Guard guard;
    private final Settings settings;
    private final Uploads uploads;
    private final Api api;

    private WebServer(Settings settings, Store store, BatchJobs jobs) throws IOException {
        this.settings = settings;
        this.store = store;
        this.jobs = jobs;
        this.guard = new Guard(settings.accessToken());
        this.uploads = new Uploads(settings.limits(), settings.temp());
        this.api = new Api(store, jobs, uploads, guard);
        this.http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 50);
        this.threads = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "nianbao-http");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(threads);
        http.createContext("/", this::handle);
    }

    /** Starts listening; port 0 takes a free port ({@link #port()} tells which). */
    public static WebServer start(Settings settings, Store store, BatchJobs jobs) throws IOException {
        WebServer s = new WebServer(settings, store, jobs);
        s.http.start();
        return s;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange ex) {
        try (ex) {
            Request req = new Request(ex);
            if (req.query.containsKey("lang")) {
                ex.getResponseHeaders().add("Set-Cookie", Request.LANG_COOKIE + "=" + (req.zh() ? "zh" : "en")
                        + "; Path=/; SameSite=Lax");
            }
            route(req);
        } catch (Throwable e) {
            System.err.println("nianbao serve: " + ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath()
                    + ": " + e);
            try {
                Responses.text(ex, 500, "服务器内部错误 / internal server error");
            } catch (IOException | RuntimeException alreadySent) {
                // the answer had started; the client sees a cut connection
            }
        }
    }

    private void route(Request req) throws IOException, SQLException, InterruptedException {
        HttpExchange ex = req.exchange;
        String m = req.method;
        boolean get = m.equals("GET") || m.equals("HEAD");
        if (get && req.path.startsWith("/assets/")) {
            asset(req);
            return;
        }
        if (req.path.equals("/login")) {
            login(req);
            return;
        }
        if (!guard.authorised(req)) {
            if (req.path.startsWith("/api/")) {
                Responses.json(ex, 401, "{\"error\":\"unauthorised\",\"message\":\"需要访问令牌 / access token required\"}");
            } else {
                Responses.redirect(ex, "/login");
            }
            return;
        }
        if (req.path.startsWith("/api/")) {
            api.handle(req);
            return;
        }
        Optional<String> id;
        if (get && req.path.equals("/")) {
            Responses.html(ex, 200, HomePage.render(req, guard.csrfToken(req), store.latestBatches(50),
                    settings.limits(), null));
        } else if (m.equals("POST") && req.path.equals("/upload")) {
            upload(req);
        } else if (get && (id = req.segment("/batches/")).isPresent()) {
            Optional<BatchRow> b = store.batch(id.get());
            if (b.isEmpty()) {
                notFound(req);
            } else {
                Responses.html(ex, 200, BatchPage.render(req, guard.csrfToken(req), b.get(), store.results(id.get()),
                        rule -> jobs.rules().find(rule).isPresent()));
            }
        } else if (m.equals("POST") && req.path.startsWith("/batches/") && req.path.endsWith("/recheck")) {
            recheck(req);
        } else if (get && req.path.startsWith("/batches/") && req.path.contains("/download/")) {
            if (!sendDownload(req, store, "/batches/")) {
                notFound(req);
            }
        } else if (get && (id = req.segment("/reports/")).isPresent()) {
            Optional<ResultRow> r = store.result(id.get());
            if (r.isEmpty()) {
                notFound(req);
            } else {
                Responses.html(ex, 200, ReportPage.render(req, r.get(), store.history(r.get().fileHash())));
            }
        } else if (get && req.path.startsWith("/reports/") && req.path.endsWith("/download/html")) {
            reportPage(req, req.path.substring("/reports/".length(), req.path.length() - "/download/html".length()));
        } else if (get && (id = req.segment("/files/")).isPresent()) {
            original(req, id.get());
        } else if (get && req.path.equals("/rules")) {
            Responses.html(ex, 200, RulePages.list(req, jobs.rules(), jobs.rulesVersion()));
        } else if (get && (id = req.segment("/rules/")).isPresent()) {
            Optional<RuleDefinition> d = jobs.rules().find(id.get());
            if (d.isEmpty()) {
                notFound(req);
            } else {
                Responses.html(ex, 200, RulePages.one(req, d.get()));
            }
        } else {
            notFound(req);
        }
    }

    private void upload(Request req) throws IOException, SQLException {
        Uploads.Received in;
        try {
            in = uploads.receive(req.exchange);
        } catch (Uploads.Refused e) {
            Responses.html(req.exchange, e.status(), HomePage.render(req, guard.csrfToken(req),
                    store.latestBatches(50), settings.limits(), e.message(req.lang)));
            return;
        }
        try (in) {
            if (!Guard.csrfValid(req, in.field("csrf"))) {
                forbidden(req);
                return;
            }
            if (in.files().isEmpty()) {
                Responses.html(req.exchange, 400, HomePage.render(req, guard.csrfToken(req),
                        store.latestBatches(50), settings.limits(), req.t("没有选择文件。", "No file was chosen.")));
                return;
            }
            String id = jobs.submit(in.title(req.lang), in.files());
            Responses.redirect(req.exchange, "/batches/" + id);
        }
    }

    private void recheck(Request req) throws IOException, SQLException {
        String batchId = req.path.substring("/batches/".length(), req.path.length() - "/recheck".length());
        Map<String, String> form = Uploads.urlEncodedForm(req.exchange, 4096);
        if (!Guard.csrfValid(req, form.get("csrf"))) {
            forbidden(req);
            return;
        }
        Optional<String> id = batchId.matches("[0-9a-f]{16}") ? jobs.recheck(batchId) : Optional.empty();
        if (id.isEmpty()) {
            notFound(req);
        } else {
            Responses.redirect(req.exchange, "/batches/" + id.get());
        }
    }

    private static final Pattern DOWNLOAD = Pattern.compile("/([0-9a-f]{16})/download/(\\w+)");

    /**
     * Sends the batch download that {@code prefix + "{id}/download/{ext}"} names, in the reader's language (pages and
     * API share it); false, having sent nothing, when the path names no download.
     */
    static boolean sendDownload(Request req, Store store, String prefix) throws IOException, SQLException {
        Matcher m = DOWNLOAD.matcher(req.path);
        Optional<BatchJobs.Download> d = req.path.startsWith(prefix) && m.region(prefix.length() - 1,
                req.path.length()).matches() ? BatchJobs.Download.byExt(m.group(2)) : Optional.empty();
        if (d.isEmpty()) {
            return false;
        }
        String batchId = m.group(1);
        Optional<byte[]> body = store.output(batchId, d.get().kind(req.lang));
        if (body.isEmpty()) {
            Responses.text(req.exchange, 404, req.t("该批次尚未完成或不存在。", "No such finished batch."));
        } else {
            Responses.download(req.exchange, d.get().contentType, "nianbao-" + batchId + "-" + req.t("zh", "en") + "."
                    + d.get().ext, body.get());
        }
        return true;
    }

    /** One report's problems as a page of its own, to send to the body that filed it. */
    private void reportPage(Request req, String resultId) throws IOException, SQLException {
        Optional<ResultRow> r = resultId.matches("[0-9a-f]{16}") ? store.result(resultId) : Optional.empty();
        if (r.isEmpty()) {
            notFound(req);
            return;
        }
        String name = r.get().fileName();
        name = name.substring(name.lastIndexOf('/') + 1);
        Responses.download(req.exchange, "text/html; charset=utf-8", req.t("核查结果-", "check-") + name + ".html",
                HtmlReportWriter.standalone(r.get().rendered().html(req.zh()), req.lang)
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** An uploaded file, only ever as a download of bytes: never rendered, whatever it contains. */
    private void original(Request req, String hash) throws IOException, SQLException {
        Optional<Path> file = store.localFile(hash);
        if (file.isEmpty()) {
            notFound(req);
            return;
        }
        String name = store.history(hash).stream().findFirst().map(ResultRow::fileName).orElse(hash);
        name = name.substring(name.lastIndexOf('/') + 1);
        Responses.download(req.exchange, "application/octet-stream", name, Files.readAllBytes(file.get()));
    }

    private void asset(Request req) throws IOException {
        String name = req.path.substring("/assets/".length());
        String type = ASSETS.get(name);
        if (type == null) {
            notFound(req);
            return;
        }
        byte[] body;
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            body = in.readAllBytes();
        }
        if (name.equals("app.css")) { // the report sections' own style first, ours over it
            body = (HtmlReportWriter.CSS + "\n" + new String(body, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
        }
        req.exchange.getResponseHeaders().set("Cache-Control", "max-age=3600");
        Responses.send(req.exchange, 200, type, body);
    }

    private void login(Request req) throws IOException {
        if (!guard.tokenRequired()) {
            Responses.redirect(req.exchange, "/");
            return;
        }
        String flash = "";
        if (req.method.equals("POST")) {
            Map<String, String> form = Uploads.urlEncodedForm(req.exchange, 4096);
            if (guard.tokenMatches(form.get("token"))) {
                guard.setAuthCookie(req.exchange);
                Responses.redirect(req.exchange, "/");
                return;
            }
            flash = "<p class=\"flash\">" + req.t("访问令牌不正确。", "Wrong access token.") + "</p>";
        }
        Responses.html(req.exchange, flash.isEmpty() ? 200 : 403, Page.shell(req, req.t("登录", "Sign in"),
                "<h1>" + req.t("需要访问令牌", "Access token required") + "</h1>" + flash
                        + "<form method=\"post\" action=\"/login\"><label>" + req.t("访问令牌：", "Access token: ")
                        + "<input type=\"password\" name=\"token\" autocomplete=\"current-password\"></label> <button>"
                        + req.t("进入", "Enter") + "</button></form>", 0));
    }

    private static void notFound(Request req) throws IOException {
        Responses.html(req.exchange, 404, Page.shell(req, req.t("未找到", "Not found"), "<h1>"
                + req.t("未找到", "Not found") + "</h1><p><a href=\"/\">" + req.t("返回首页", "Home") + "</a></p>", 0));
    }

    private static void forbidden(Request req) throws IOException {
        Responses.html(req.exchange, 403, Page.shell(req, req.t("表单已失效", "Form expired"), "<h1>"
                + req.t("表单已失效，请刷新页面后重试。", "The form has expired: reload the page and try again.")
                + "</h1><p><a href=\"/\">" + req.t("返回首页", "Home") + "</a></p>", 0));
    }
}
