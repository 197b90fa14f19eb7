package org.nianbao.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.nianbao.rules.CompiledRule;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.store.BatchRow;
import org.nianbao.store.ResultRow;
import org.nianbao.store.Store;

/**
 * The JSON API the pages are built on (documented in the README):
 * <ul>
 * <li>{@code POST /api/check} — multipart files (field {@code files}) or one raw file as the body with
 * {@code ?name=}; answers 202 with the batch, or with {@code ?wait=SECONDS} (at most 600) the finished batch;</li>
 * <li>{@code GET /api/batches/{id}} — state, progress and one summary per report;</li>
 * <li>{@code GET /api/batches/{id}/download/{json|sarif|html|xlsx}} — the batch's outputs;</li>
 * <li>{@code GET /api/reports/{id}} — one report's full result (the {@code check --format json} object);</li>
 * <li>{@code GET /api/rules} — the rules checked with.</li>
 * </ul>
 * {@code ?lang=en} gives English messages.
 */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Store store;
    private final BatchJobs jobs;
    private final Uploads uploads;
    private final Guard guard;

    Api(Store store, BatchJobs jobs, Uploads uploads, Guard guard) {
        this.store = store;
        this.jobs = jobs;
        this.uploads = uploads;
        this.guard = guard;
    }

    void handle(Request req) throws IOException, SQLException, InterruptedException {
        boolean get = req.method.equals("GET") || req.method.equals("HEAD");
        Optional<String> id;
        if (req.method.equals("POST") && req.path.equals("/api/check")) {
            check(req);
        } else if (get && (id = req.segment("/api/batches/")).isPresent()) {
            Optional<BatchRow> b = store.batch(id.get());
            if (b.isPresent()) {
                send(req, 200, batch(b.get()));
            } else {
                error(req, 404, "not_found", "没有这个批次", "no such batch");
            }
        } else if (get && req.path.startsWith("/api/batches/") && req.path.contains("/download/")) {
            if (!WebServer.sendDownload(req, store, "/api/batches/")) {
                error(req, 404, "not_found", "没有这个下载", "no such download");
            }
        } else if (get && (id = req.segment("/api/reports/")).isPresent()) {
            Optional<ResultRow> r = store.result(id.get());
            if (r.isPresent()) {
                ObjectNode o = summary(r.get());
                o.set("result", JSON.readTree(r.get().rendered().json(req.zh())));
                send(req, 200, o);
            } else {
                error(req, 404, "not_found", "没有这份报告", "no such report");
            }
        } else if (get && req.path.equals("/api/rules")) {
            ArrayNode a = JSON.createArrayNode();
            jobs.rules().all().stream().map(CompiledRule::definition)
                    .sorted(Comparator.comparing(RuleDefinition::id))
                    .forEach(d -> a.addObject().put("id", d.id()).put("severity", d.severity().id())
                            .put("title", d.title().in(req.lang)).put("page", "/rules/" + d.id()));
            ObjectNode o = JSON.createObjectNode().put("rulesVersion", jobs.rulesVersion());
            o.set("rules", a);
            send(req, 200, o);
        } else {
            error(req, 404, "not_found", "没有这个接口", "no such endpoint");
        }
    }

    private void check(Request req) throws IOException, SQLException, InterruptedException {
        if (!guard.apiWriteAllowed(req)) {
            error(req, 403, "forbidden", "请加请求头 " + Guard.API_HEADER + "（或访问令牌）",
                    "send the header " + Guard.API_HEADER + " (or the access token)");
            return;
        }
        Uploads.Received in;
        try {
            in = req.header("Content-Type").orElse("").startsWith("multipart/form-data")
                    ? uploads.receive(req.exchange) : uploads.receiveRaw(req.exchange, req.param("name", "upload"));
        } catch (Uploads.Refused e) {
            error(req, e.status(), e.code(), e.message(org.nianbao.model.Lang.ZH), e.message(org.nianbao.model.Lang.EN));
            return;
        }
        String id;
        try (in) {
            if (in.files().isEmpty()) {
                error(req, 400, "no_files", "没有文件", "no files");
                return;
            }
            id = jobs.submit(in.title(req.lang), in.files());
        }
        int wait = parseWait(req.param("wait", "0"));
        boolean finished = wait > 0 && jobs.await(id, Duration.ofSeconds(wait));
        send(req, finished ? 200 : 202, batch(store.batch(id).orElseThrow()));
    }

    private static int parseWait(String s) {
        try {
            return Math.max(0, Math.min(600, Integer.parseInt(s)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private ObjectNode batch(BatchRow b) throws SQLException {
        ObjectNode o = JSON.createObjectNode().put("id", b.id()).put("title", b.title()).put("state", b.state())
                .put("total", b.total()).put("done", b.done()).put("rulesVersion", b.rulesVersion())
                .put("created", Instant.ofEpochMilli(b.created()).toString())
                .put("page", "/batches/" + b.id());
        if (b.recheckOf() != null) {
            o.put("recheckOf", b.recheckOf());
        }
        ObjectNode downloads = o.putObject("downloads");
        for (BatchJobs.Download d : BatchJobs.Download.values()) {
            downloads.put(d.ext, "/api/batches/" + b.id() + "/download/" + d.ext);
        }
        ArrayNode reports = o.putArray("reports");
        for (ResultRow r : store.results(b.id())) {
            reports.add(summary(r));
        }
        return o;
    }

    private static ObjectNode summary(ResultRow r) {
        ObjectNode o = JSON.createObjectNode().put("id", r.id()).put("batch", r.batchId()).put("file", r.fileName())
                .put("sha256", r.fileHash()).put("format", r.inputFormat()).put("status", r.status())
                .put("agency", r.agency()).put("level", r.level()).put("errors", r.errors())
                .put("warnings", r.warnings()).put("infos", r.infos()).put("rulesVersion", r.rulesVersion())
                .put("checked", Instant.ofEpochMilli(r.checked()).toString())
                .put("url", "/api/reports/" + r.id()).put("page", "/reports/" + r.id());
        r.rules().forEach(o.putArray("rules")::add);
        if (r.year() == null) {
            o.putNull("year");
        } else {
            o.put("year", r.year());
        }
        return o;
    }

    private static void send(Request req, int status, Object body) throws IOException {
        Responses.json(req.exchange, status, JSON.writeValueAsString(body));
    }

    private static void error(Request req, int status, String code, String zh, String en) throws IOException {
        send(req, status, JSON.createObjectNode().put("error", code).put("message", req.t(zh, en)));
    }
}
