package org.nianbao.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.nianbao.model.Lang;
import org.nianbao.rules.CompiledRule;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.store.BatchRow;
import org.nianbao.store.ResultRow;
import org.nianbao.store.Store;

/**
 * The JSON API the pages are built on (documented in the README):
 * <ul>
 * <li>{@code POST /api/check} — multipart files (field {@code files}) or one raw file as the body with
 * {@code ?name=}; answers 202 with the batch, or with {@code ?wait=SECONDS} (at most 600) the finished batch;
 * the wait holds no thread;</li>
 * <li>{@code GET /api/batches/{id}} — state, progress and one summary per report (while the batch runs: its
 * progress from memory, with no reports yet);</li>
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

    void addTo(Routes routes) {
        routes.post("/api/check", (ex, m) -> check(ex))
                .get("/api/batches/" + Routes.ID, (ex, m) -> {
                    Optional<BatchRow> b = store.batch(m.group(1));
                    if (b.isPresent()) {
                        send(ex, 200, batch(b.get()));
                    } else {
                        error(ex, 404, "not_found", "没有这个批次", "no such batch");
                    }
                })
                .get("/api/batches/" + Routes.ID + "/download/(\\w+)", (ex, m) -> {
                    if (!WebServer.sendDownload(ex, store, m.group(1), m.group(2))) {
                        error(ex, 404, "not_found", "没有这个下载", "no such download");
                    }
                })
                .get("/api/reports/" + Routes.ID, (ex, m) -> {
                    Optional<ResultRow> r = store.result(m.group(1));
                    if (r.isPresent()) {
                        ObjectNode o = summary(r.get());
                        o.set("result", JSON.readTree(r.get().rendered().json(ex.zh())));
                        send(ex, 200, o);
                    } else {
                        error(ex, 404, "not_found", "没有这份报告", "no such report");
                    }
                })
                .get("/api/rules", (ex, m) -> rules(ex));
    }

    private void check(Exchange ex) {
        if (!guard.apiWriteAllowed(ex)) {
            error(ex, 403, "forbidden", "请加请求头 " + Guard.API_HEADER + "（或访问令牌）",
                    "send the header " + Guard.API_HEADER + " (or the access token)");
            return;
        }
        if (jobs.busy() && ex.expectsContinue()) { // answered before the body, which the client then never sends
            refused(ex, jobs.busyRefusal());
            return;
        }
        boolean multipart = ex.header("Content-Type").orElse("").startsWith("multipart/form-data");
        CompletableFuture<Uploads.Received> received = multipart ? uploads.receive(ex)
                : uploads.receiveRaw(ex, ex.param("name", "upload"));
        received.whenComplete((in, failure) -> WebServer.guarded(ex, () -> {
            if (failure != null) {
                refused(ex, Uploads.refusedBy(failure));
                return;
            }
            String id;
            try (in) {
                if (in.files().isEmpty()) {
                    error(ex, 400, "no_files", "没有文件", "no files");
                    return;
                }
                try {
                    id = jobs.submit(new BatchJobs.Submission(in.title(ex.lang), null, null, ex.who()), in.files());
                } catch (Uploads.Refused r) {
                    refused(ex, r);
                    return;
                }
                store.log().add(ex.who(), "upload", id, "API：" + in.title(Lang.ZH));
            }
            int wait = parseWait(ex.param("wait", "0"));
            if (wait == 0) {
                send(ex, 202, batch(store.batch(id).orElseThrow()));
                return;
            }
            // the batch's end, or the wait's: whichever comes first answers, and no thread waits meanwhile
            CompletableFuture<Object> done = CompletableFuture.anyOf(jobs.whenDone(id), new CompletableFuture<>()
                    .completeOnTimeout(null, wait, TimeUnit.SECONDS));
            done.whenComplete((x, e) -> WebServer.guarded(ex, () -> {
                BatchRow b = store.batch(id).orElseThrow();
                send(ex, b.running() ? 202 : 200, batch(b));
            }));
        }));
    }

    private static void refused(Exchange ex, Uploads.Refused r) {
        r.retryAfter(ex);
        error(ex, r.status(), r.code(), r.message(Lang.ZH), r.message(Lang.EN));
    }

    private void rules(Exchange ex) {
        ArrayNode a = JSON.createArrayNode();
        jobs.rules().all().stream().map(CompiledRule::definition).sorted(Comparator.comparing(RuleDefinition::id))
                .forEach(d -> a.addObject().put("id", d.id()).put("severity", d.severity().id())
                        .put("title", d.title().in(ex.lang)).put("page", "/rules/" + d.id()));
        ObjectNode o = JSON.createObjectNode().put("rulesVersion", jobs.rulesVersion());
        o.set("rules", a);
        send(ex, 200, o);
    }

    private static int parseWait(String s) {
        try {
            return Math.max(0, Math.min(600, Integer.parseInt(s)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private ObjectNode batch(BatchRow b) throws SQLException {
        Optional<BatchProgress> running = b.running() ? jobs.progress(b.id()) : Optional.empty();
        ObjectNode o = JSON.createObjectNode().put("id", b.id()).put("title", b.title()).put("state", b.state())
                .put("total", b.total()).put("done", running.map(BatchProgress::done).orElse(b.done()))
                .put("rulesVersion", b.rulesVersion()).put("created", Instant.ofEpochMilli(b.created()).toString())
                .put("page", "/batches/" + b.id());
        if (b.recheckOf() != null) {
            o.put("recheckOf", b.recheckOf());
        }
        if (b.error() != null) {
            o.put("error", b.error());
        }
        ObjectNode downloads = o.putObject("downloads");
        for (BatchJobs.Download d : BatchJobs.Download.values()) {
            downloads.put(d.ext, "/api/batches/" + b.id() + "/download/" + d.ext);
        }
        ArrayNode reports = o.putArray("reports");
        if (running.isEmpty()) { // while it runs, pollers get the progress only: no query of its results
            for (ResultRow r : store.results(b.id())) {
                reports.add(summary(r));
            }
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

    private static void send(Exchange ex, int status, Object body) {
        try {
            Responses.json(ex, status, JSON.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of our own always writes", e);
        }
    }

    static void error(Exchange ex, int status, String code, String zh, String en) {
        send(ex, status, JSON.createObjectNode().put("error", code).put("message", ex.t(zh, en)));
    }
}
