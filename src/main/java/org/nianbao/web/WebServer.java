package org.nianbao.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.session.SessionHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.nianbao.model.Lang;
import org.nianbao.report.HtmlReportWriter;
import org.nianbao.report.Notice;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.store.BatchRow;
import org.nianbao.store.ResultRow;
import org.nianbao.store.Store;

/**
 * The HTTP server, on Jetty: a bounded pool of threads, connections that idle past a limit closed, requests and
 * bodies read without holding a thread while a slow client sends them; a session per browser; every request checked
 * for access, then routed to a page or the API ({@link Api}). Every answer goes through {@link Responses} or
 * {@link ErrorPages} (safety headers, no exception shown); a failure while answering is logged and answered with
 * 500 when nothing was sent yet.
 */
public final class WebServer implements AutoCloseable {
    /**
     * @param host        the interface to listen on (127.0.0.1 unless told otherwise)
     * @param accessToken required on every request when set; must be set when host is not a loopback address
     * @param temp        where uploads are spooled while they are received
     */
    public record Settings(String host, int port, UploadLimits limits, People people, Path temp) {
    }

    /** Threads answering requests: a slow client holds none while it sends, so a few dozen serve many. */
    static final int MAX_THREADS = 48;
    /** Open connections at most; past it, new ones wait to be accepted. */
    static final int MAX_CONNECTIONS = 512;
    /** A connection that sends or takes nothing for this long is closed. */
    static final Duration IDLE = Duration.ofSeconds(30);
    /** A body sent slower than this, on average, is given up. */
    static final long MIN_BYTES_PER_SECOND = 256;

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Map<String, String> ASSETS = Map.of("app.css", "text/css; charset=utf-8", "app.js",
            "text/javascript; charset=utf-8");

    private final Server server;
    private final ServerConnector connector;
    private final Store store;
    private final BatchJobs jobs;
    private final Guard guard;
    private final LoginThrottle logins = new LoginThrottle();
    private final Settings settings;
    private final Uploads uploads;
    private final Routes routes = new Routes();

    private WebServer(Settings settings, Store store, BatchJobs jobs) {
        this.settings = settings;
        this.store = store;
        this.jobs = jobs;
        this.guard = new Guard(settings.people());
        this.uploads = new Uploads(settings.limits(), settings.temp());
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4);
        threads.setName("nianbao-http");
        threads.setDaemon(true);
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(16 * 1024);
        http.setMinRequestDataRate(MIN_BYTES_PER_SECOND);
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(IDLE.toMillis());
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        SessionHandler sessions = new SessionHandler();
        sessions.setSessionCookie(Guard.SESSION_COOKIE);
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.STRICT);
        sessions.setUsingUriParameters(false);
        sessions.setMaxInactiveInterval((int) Duration.ofHours(8).toSeconds());
        sessions.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                WebServer.this.handle(request, response, callback);
                return true;
            }
        });
        server.setHandler(sessions);
        server.setErrorHandler(new ErrorPages());
        new Api(store, jobs, uploads, guard).addTo(routes);
        new Desk(store, jobs, guard, uploads).addTo(routes);
        pages();
    }

    /** Starts listening; port 0 takes a free port ({@link #port()} tells which). */
    public static WebServer start(Settings settings, Store store, BatchJobs jobs) throws IOException {
        WebServer s = new WebServer(settings, store, jobs);
        try {
            s.server.start();
        } catch (IOException e) {
            s.close();
            throw e;
        } catch (Exception e) {
            s.close();
            throw new IOException("the web server could not start: " + e.getMessage(), e);
        }
        return s;
    }

    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping anyway: the process is ending or the test is over
        }
    }

    private void handle(Request request, Response response, Callback callback) {
        Exchange ex;
        try {
            ex = new Exchange(request, response, callback);
        } catch (RuntimeException malformed) { // a query or cookie that cannot be decoded
            Response.writeError(request, response, callback, 400);
            return;
        }
        guarded(ex, () -> dispatch(ex));
    }

    /** Runs part of an answer; whatever it throws becomes a 500 that is really sent, or ends a started answer. */
    static void guarded(Exchange ex, Routes.Action body, Matcher path) {
        try {
            body.answer(ex, path);
        } catch (Throwable e) {
            System.err.println("nianbao serve: " + ex.method + " " + ex.path + ": " + e);
            if (!ex.response.isCommitted()) {
                ex.response.reset();
                Response.writeError(ex.request, ex.response, ex.callback, 500);
            } else {
                ex.callback.failed(e);
            }
        }
    }

    static void guarded(Exchange ex, Step body) {
        guarded(ex, (e, m) -> body.run(), null);
    }

    /** Part of an answer. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    private void dispatch(Exchange ex) throws Exception {
        if (ex.query.containsKey("lang")) {
            Response.addCookie(ex.response, HttpCookie.build(Exchange.LANG_COOKIE, ex.zh() ? "zh" : "en").path("/")
                    .sameSite(HttpCookie.SameSite.LAX).build());
        }
        if (ex.get() && ex.path.startsWith("/assets/")) {
            asset(ex);
            return;
        }
        if (ex.path.equals("/login")) {
            login(ex);
            return;
        }
        boolean api = ex.path.startsWith("/api/");
        if (!guard.authorised(ex)) {
            if (api) {
                Api.error(ex, 401, "unauthorised", "需要访问令牌", "access token required");
            } else {
                Responses.redirect(ex, "/login");
            }
            return;
        }
        ex.person = guard.person(ex).orElseThrow();
        if (!ex.get() && !api && !ex.path.equals("/logout") && !ex.mayChange()) {
            Responses.html(ex, 403, Page.shell(ex, ex.t("只读账户", "Read-only"), "<h1>" + ex.t("只读账户不能修改数据",
                    "A read-only account cannot change anything") + "</h1><p><a href=\"/\">" + ex.t("返回首页", "Home")
                    + "</a></p>", 0));
            return;
        }
        Routes.Found found = routes.find(ex.method, ex.path);
        if (found == null) {
            if (api) {
                Api.error(ex, 404, "not_found", "没有这个接口", "no such endpoint");
            } else {
                notFound(ex);
            }
            return;
        }
        found.action().answer(ex, found.path());
    }

    private void pages() {
        routes.get("/", (ex, m) -> home(ex, 200, null))
                .post("/upload", (ex, m) -> upload(ex))
                .post("/logout", (ex, m) -> logout(ex))
                .get("/batches/" + Routes.ID, (ex, m) -> batch(ex, m.group(1)))
                .post("/batches/" + Routes.ID + "/recheck", (ex, m) -> recheck(ex, m.group(1)))
                .get("/batches/" + Routes.ID + "/download/(\\w+)", (ex, m) -> {
                    if (!sendDownload(ex, store, m.group(1), m.group(2))) {
                        notFound(ex);
                    }
                })
                .get("/reports/" + Routes.ID, (ex, m) -> report(ex, m.group(1)))
                .get("/reports/" + Routes.ID + "/download/html", (ex, m) -> reportPage(ex, m.group(1)))
                .get("/reports/" + Routes.ID + "/crops/([0-9]{1,5})", (ex, m) -> crop(ex, m.group(1),
                        Integer.parseInt(m.group(2))))
                .get("/reports/" + Routes.ID + "/letter", (ex, m) -> letter(ex, m.group(1), false))
                .get("/reports/" + Routes.ID + "/letter.docx", (ex, m) -> letter(ex, m.group(1), true))
                .get("/files/" + Routes.HASH, (ex, m) -> original(ex, m.group(1)))
                .get("/rules", (ex, m) -> Responses.html(ex, 200, RulePages.list(ex, jobs.rules(),
                        jobs.rulesVersion())))
                .get("/rules/([A-Za-z0-9._-]{1,80})", (ex, m) -> {
                    Optional<RuleDefinition> d = jobs.rules().find(m.group(1));
                    if (d.isEmpty()) {
                        notFound(ex);
                    } else {
                        Responses.html(ex, 200, RulePages.one(ex, d.get()));
                    }
                });
    }

    private void batch(Exchange ex, String id) throws SQLException {
        Optional<BatchProgress> running = jobs.progress(id);
        Optional<BatchRow> b = store.batch(id);
        if (b.isEmpty()) {
            notFound(ex);
        } else if (b.get().running() && running.isPresent()) {
            // while it runs, its progress comes from memory: pollers cost no query and no table
            Responses.html(ex, 200, BatchPage.progress(ex, b.get(), running.get(),
                    jobs.waitingAhead(running.get())));
        } else {
            Responses.html(ex, 200, BatchPage.render(ex, guard.csrfToken(ex), b.get(), store.results(id),
                    new RuleWords(jobs.rules())));
        }
    }

    private void report(Exchange ex, String id) throws SQLException {
        Optional<ResultRow> r = store.result(id);
        if (r.isEmpty()) {
            notFound(ex);
        } else {
            Responses.html(ex, 200, ReportPage.render(ex, guard.csrfToken(ex), r.get(),
                    store.history(r.get().fileHash()), new RuleWords(jobs.rules()),
                    store.batch(r.get().batchId()).map(BatchRow::auditId).orElse(null),
                    !store.superseded(java.util.List.of(r.get().fileHash())).isEmpty()));
        }
    }

    /** The scan's image of a cell, as the report's page shows it beside a finding ({@link CropImages}). */
    private void crop(Exchange ex, String resultId, int index) throws SQLException {
        Optional<ResultRow> r = store.result(resultId);
        Optional<byte[]> png = index > CropImages.MAX_INDEX || r.isEmpty() || r.get().rendered() == null
                || r.get().rendered().html(ex.zh()) == null
                ? Optional.empty() : CropImages.image(r.get().rendered().html(ex.zh()), index);
        if (png.isEmpty()) {
            notFound(ex);
        } else {
            Responses.send(ex, 200, "image/png", png.get());
        }
    }

    private void upload(Exchange ex) {
        // received before it is refused, even when the queue is full: a browser still sending would show a broken
        // connection instead of the page that says why
        uploads.receive(ex).whenComplete((in, failure) -> guarded(ex, () -> {
            if (failure != null) {
                refused(ex, Uploads.refusedBy(failure));
                return;
            }
            try (in) {
                if (!Guard.csrfValid(ex, in.field("csrf"))) {
                    forbidden(ex);
                } else if (in.files().isEmpty()) {
                    home(ex, 400, ex.t("没有选择文件。", "No file was chosen."));
                } else {
                    String id;
                    try {
                        id = jobs.submit(new BatchJobs.Submission(in.title(ex.lang), null,
                                AuditStatus.date(in.field("published")), ex.who()), in.files());
                    } catch (Uploads.Refused r) {
                        refused(ex, r);
                        return;
                    }
                    store.log().add(ex.who(), "upload", id, in.title(Lang.ZH));
                    Responses.redirect(ex, "/batches/" + id);
                }
            }
        }));
    }

    /** The home page with why an upload was refused (and, when the server is busy, when to try again). */
    private void refused(Exchange ex, Uploads.Refused r) throws SQLException {
        r.retryAfter(ex);
        home(ex, r.status(), r.message(ex.lang));
    }

    private void home(Exchange ex, int status, String flash) throws SQLException {
        Store.Page<BatchRow> page = store.batches(ex.param("q", "").strip(), ManagePages.offset(ex),
                ManagePages.PAGE);
        Responses.html(ex, status, HomePage.render(ex, guard.csrfToken(ex), page,
                store.statusCounts(page.rows().stream().map(BatchRow::id).toList()), settings.limits(), flash));
    }

    private void recheck(Exchange ex, String batchId) {
        postedForm(ex, fields -> {
            Optional<String> id;
            try {
                id = jobs.recheck(batchId);
            } catch (Uploads.Refused r) {
                refused(ex, r);
                return;
            }
            if (id.isEmpty()) {
                notFound(ex);
            } else {
                Responses.redirect(ex, "/batches/" + id.get());
            }
        });
    }

    /** Answers a posted form only when it carries the session's CSRF token (403 otherwise), under {@link #guarded}. */
    static void postedForm(Exchange ex, FormStep body) {
        form(ex).whenComplete((fields, failure) -> guarded(ex, () -> {
            if (failure != null || !Guard.csrfValid(ex, fields.get("csrf"))) {
                forbidden(ex);
                return;
            }
            body.run(fields);
        }));
    }

    /** What a posted form is answered with, given its fields. */
    @FunctionalInterface
    interface FormStep {
        void run(Map<String, String> fields) throws Exception;
    }

    /** A small form's fields (and the query's), read as the body arrives; then answered on a thread that may block. */
    static CompletableFuture<Map<String, String>> form(Exchange ex) {
        CompletableFuture<Map<String, String>> out = new CompletableFuture<>();
        Request.onParameters(ex.request, Promise.Invocable.from(Invocable.InvocationType.BLOCKING,
                fields -> out.complete(Exchange.first(fields)), out::completeExceptionally));
        return out;
    }

    /** Sends a batch download in the reader's language; false, having sent nothing, when there is no such kind. */
    static boolean sendDownload(Exchange ex, Store store, String batchId, String ext) throws SQLException {
        Optional<BatchJobs.Download> d = BatchJobs.Download.byExt(ext);
        if (d.isEmpty()) {
            return false;
        }
        Optional<byte[]> body = store.output(batchId, d.get().kind(ex.lang));
        if (body.isEmpty()) {
            Responses.text(ex, 404, ex.t("该批次尚未完成或不存在。", "No such finished batch."));
        } else {
            Responses.download(ex, d.get().contentType, "nianbao-" + batchId + "-" + ex.t("zh", "en") + "."
                    + d.get().ext, body.get());
        }
        return true;
    }

    /** One report's problems as a page of its own, to send to the body that filed it. */
    private void reportPage(Exchange ex, String resultId) throws SQLException {
        Optional<ResultRow> r = store.result(resultId);
        if (r.isEmpty()) {
            notFound(ex);
            return;
        }
        String name = r.get().fileName();
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        name = dot > 0 ? name.substring(0, dot) : name; // "x.json.html" is what mail systems refuse
        Responses.download(ex, "text/html; charset=utf-8", ex.t("核查结果-", "check-") + name + ".html",
                HtmlReportWriter.standalone(r.get().rendered().html(ex.zh()), ex.lang)
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** A report's 整改通知, as a page to print or as a Word document. */
    private void letter(Exchange ex, String resultId, boolean docx) throws SQLException, IOException {
        Optional<ResultRow> r = store.result(resultId);
        if (r.isEmpty()) {
            notFound(ex);
            return;
        }
        Notice n = LetterPage.notice(ex, r.get(), new RuleWords(jobs.rules()));
        if (docx) {
            Responses.download(ex, DOCX, n.fileStem() + ".docx", LetterPage.docx(n));
        } else {
            Responses.html(ex, 200, LetterPage.page(ex, r.get(), n));
        }
    }

    /** An uploaded file, only ever as a download of bytes: never rendered, whatever it contains. */
    private void original(Exchange ex, String hash) throws SQLException {
        Optional<byte[]> content = store.fileContent(hash);
        if (content.isEmpty()) {
            notFound(ex);
            return;
        }
        String name = store.history(hash).stream().findFirst().map(ResultRow::fileName).orElse(hash);
        name = name.substring(name.lastIndexOf('/') + 1);
        Responses.download(ex, "application/octet-stream", name, content.get());
    }

    private void asset(Exchange ex) throws IOException {
        String name = ex.path.substring("/assets/".length());
        String type = ASSETS.get(name);
        if (type == null) {
            notFound(ex);
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
        ex.response.getHeaders().put("Cache-Control", "max-age=3600");
        Responses.send(ex, 200, type, body);
    }

    private void login(Exchange ex) {
        if (!guard.tokenRequired()) {
            Responses.redirect(ex, "/");
            return;
        }
        if (!ex.method.equals("POST")) {
            loginPage(ex, 200, "");
            return;
        }
        Duration wait = logins.wait(ex.client());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            ex.response.getHeaders().put("Retry-After", String.valueOf(seconds));
            loginPage(ex, 429, ex.t("尝试次数太多，请 " + seconds + " 秒后再试。",
                    "Too many tries: try again in " + seconds + " s."));
            return;
        }
        form(ex).whenComplete((fields, failure) -> guarded(ex, () -> {
            Optional<People.Person> who = failure == null ? guard.tokenMatches(fields.get("token"))
                    : Optional.empty();
            if (who.isPresent()) {
                logins.succeeded(ex.client());
                guard.signIn(ex, who.get());
                Responses.redirect(ex, "/");
            } else {
                logins.failed(ex.client());
                loginPage(ex, 403, ex.t("访问令牌不正确。", "Wrong access token."));
            }
        }));
    }

    private void logout(Exchange ex) {
        postedForm(ex, fields -> {
            guard.signOut(ex);
            Responses.redirect(ex, guard.tokenRequired() ? "/login" : "/");
        });
    }

    private static void loginPage(Exchange ex, int status, String flash) {
        Responses.html(ex, status, Page.shell(ex, ex.t("登录", "Sign in"), "<h1>"
                + ex.t("需要访问令牌", "Access token required") + "</h1>"
                + (flash.isEmpty() ? "" : "<p class=\"flash\" id=\"flash\">" + flash + "</p>")
                + "<form method=\"post\" action=\"/login\"><label>" + ex.t("访问令牌：", "Access token: ")
                + "<input type=\"password\" name=\"token\" autocomplete=\"current-password\"></label> <button>"
                + ex.t("进入", "Enter") + "</button></form>", 0));
    }

    static void notFound(Exchange ex) {
        Responses.html(ex, 404, Page.shell(ex, ex.t("未找到", "Not found"), "<h1>" + ex.t("未找到", "Not found")
                + "</h1><p><a href=\"/\">" + ex.t("返回首页", "Home") + "</a></p>", 0));
    }

    static void forbidden(Exchange ex) {
        Responses.html(ex, 403, Page.shell(ex, ex.t("表单已失效", "Form expired"), "<h1>"
                + ex.t("表单已失效，请刷新页面后重试。", "The form has expired: reload the page and try again.")
                + "</h1><p><a href=\"/\">" + ex.t("返回首页", "Home") + "</a></p>", 0));
    }
}
