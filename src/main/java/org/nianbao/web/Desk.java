package org.nianbao.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.nianbao.model.Report;
import org.nianbao.parse.ReadFailure;
import org.nianbao.parse.ReadLimits;
import org.nianbao.parse.json.JsonReportReader;
import org.nianbao.report.Html;
import org.nianbao.report.Notice;
import org.nianbao.report.SumWorkbook;
import org.nianbao.run.RegionSum;
import org.nianbao.store.AuditLog;
import org.nianbao.store.Audits;
import org.nianbao.store.BatchRow;
import org.nianbao.store.ResultRow;
import org.nianbao.store.Store;

/**
 * The audit desk's routes: audits and their rosters, uploads into an audit, placing a report by hand, marking a body
 * sent back, the audit's downloads; deleting a report or a batch (after a confirmation page) and marking a report
 * superseded; the log of who did what. Every change is a POST with the session's CSRF token, refused to read-only
 * people before it gets here, and written to the audit log with the person's name.
 */
final class Desk {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Store store;
    private final Audits audits;
    private final AuditLog log;
    private final BatchJobs jobs;
    private final Guard guard;
    private final Uploads uploads;

    Desk(Store store, BatchJobs jobs, Guard guard, Uploads uploads) {
        this.store = store;
        this.audits = store.audits();
        this.log = store.log();
        this.jobs = jobs;
        this.guard = guard;
        this.uploads = uploads;
    }

    void addTo(Routes routes) {
        routes.get("/audits", (ex, m) -> Responses.html(ex, 200, AuditPage.list(ex, guard.csrfToken(ex),
                        audits.all(), audits.rosterSizes())))
                .post("/audits", (ex, m) -> createAudit(ex))
                .get("/audits/" + Routes.ID, (ex, m) -> audit(ex, m.group(1), null, 200))
                .post("/audits/" + Routes.ID + "/upload", (ex, m) -> upload(ex, m.group(1)))
                .post("/audits/" + Routes.ID + "/roster", (ex, m) -> importRoster(ex, m.group(1)))
                .post("/audits/" + Routes.ID + "/match", (ex, m) -> match(ex, m.group(1)))
                .post("/audits/" + Routes.ID + "/roster/" + Routes.ID + "/sent-back",
                        (ex, m) -> sentBack(ex, m.group(1), m.group(2)))
                .post("/audits/" + Routes.ID + "/roster/" + Routes.ID + "/published",
                        (ex, m) -> published(ex, m.group(1), m.group(2)))
                .get("/audits/" + Routes.ID + "/download/xlsx", (ex, m) -> auditWorkbook(ex, m.group(1)))
                .get("/audits/" + Routes.ID + "/letters.zip", (ex, m) -> letters(ex, m.group(1)))
                .get("/audits/" + Routes.ID + "/sum.xlsx", (ex, m) -> regionSum(ex, m.group(1)))
                .get("/reports/" + Routes.ID + "/delete", (ex, m) -> confirmDeleteReport(ex, m.group(1)))
                .post("/reports/" + Routes.ID + "/delete", (ex, m) -> deleteReport(ex, m.group(1)))
                .post("/reports/" + Routes.ID + "/supersede", (ex, m) -> supersede(ex, m.group(1)))
                .get("/batches/" + Routes.ID + "/delete", (ex, m) -> confirmDeleteBatch(ex, m.group(1)))
                .post("/batches/" + Routes.ID + "/delete", (ex, m) -> deleteBatch(ex, m.group(1)))
                .get("/bodies", (ex, m) -> {
                    String q = ex.param("q", "").strip();
                    int from = ManagePages.offset(ex);
                    Responses.html(ex, 200, BodyPage.list(ex, q, from, store.bodies(q, from, ManagePages.PAGE)));
                })
                .get("/bodies/" + Routes.ID, (ex, m) -> body(ex, m.group(1)))
                .get("/log", (ex, m) -> Responses.html(ex, 200, ManagePages.log(ex, log.entries(
                        ManagePages.offset(ex), ManagePages.PAGE))));
    }

    /** The audit's page; {@code flash} (HTML, already escaped) says what the last action did. */
    private void audit(Exchange ex, String id, String flash, int status) throws SQLException {
        Optional<Audits.Audit> a = audits.audit(id);
        if (a.isEmpty()) {
            WebServer.notFound(ex);
            return;
        }
        Responses.html(ex, status, AuditPage.render(ex, guard.csrfToken(ex), a.get(), view(a.get()),
                store.auditBatches(id), new RuleWords(jobs.rules()), flash));
    }

    private void body(Exchange ex, String bodyId) throws SQLException {
        Optional<String> key = store.bodyKey(bodyId);
        List<ResultRow> results = key.isEmpty() ? List.of() : store.bodyResults(List.of(key.get()));
        if (results.isEmpty()) {
            WebServer.notFound(ex);
            return;
        }
        Set<String> hashes = results.stream().map(ResultRow::fileHash).collect(Collectors.toSet());
        Responses.html(ex, 200, BodyPage.render(ex, results, store.superseded(hashes).keySet(),
                new RuleWords(jobs.rules())));
    }

    private AuditStatus.View view(Audits.Audit a) throws SQLException {
        List<ResultRow> results = store.auditResults(a.id());
        Set<String> hashes = results.stream().map(ResultRow::fileHash).collect(Collectors.toSet());
        return AuditStatus.of(a, audits.roster(a.id()), results, audits.matches(a.id()),
                store.superseded(hashes).keySet());
    }

    private void createAudit(Exchange ex) {
        WebServer.postedForm(ex, f -> {
            String title = cut(f.getOrDefault("title", "").strip(), 200);
            if (title.isEmpty()) {
                title = ex.t("年报核查", "Annual report audit");
            }
            Integer year = number(f.get("year"), 2008, 2100);
            Integer days = number(f.get("replyDays"), 1, 365);
            String id = Store.newId();
            audits.create(new Audits.Audit(id, System.currentTimeMillis(), title, year,
                    cut(f.getOrDefault("office", "").strip(), 200), days == null ? LetterPage.REPLY_DAYS : days,
                    ex.who()));
            log.add(ex.who(), "create-audit", id, title);
            Responses.redirect(ex, "/audits/" + id);
        });
    }

    private void upload(Exchange ex, String auditId) {
        uploads.receive(ex).whenComplete((in, failure) -> WebServer.guarded(ex, () -> {
            if (failure != null) {
                Uploads.Refused r = Uploads.refusedBy(failure);
                audit(ex, auditId, Html.esc(r.message(ex.lang)), r.status());
                return;
            }
            try (in) {
                Optional<Audits.Audit> a = audits.audit(auditId);
                if (!Guard.csrfValid(ex, in.field("csrf"))) {
                    WebServer.forbidden(ex);
                } else if (a.isEmpty()) {
                    WebServer.notFound(ex);
                } else if (in.files().isEmpty()) {
                    audit(ex, auditId, ex.t("没有选择文件。", "No file was chosen."), 400);
                } else {
                    LocalDate published = AuditStatus.date(in.field("published"));
                    String id;
                    try {
                        id = jobs.submit(new BatchJobs.Submission(in.title(ex.lang), auditId, published, ex.who()),
                                in.files());
                    } catch (Uploads.Refused r) {
                        r.retryAfter(ex); // the server is busy: when to try again
                        audit(ex, auditId, Html.esc(r.message(ex.lang)), r.status());
                        return;
                    }
                    log.add(ex.who(), "upload", id, a.get().title() + "：" + in.title(ex.lang)
                            + (published == null ? "" : "（发布日期 " + published + "）"));
                    Responses.redirect(ex, "/batches/" + id);
                }
            }
        }));
    }

    private void importRoster(Exchange ex, String auditId) {
        uploads.receive(ex, false).whenComplete((in, failure) -> WebServer.guarded(ex, () -> {
            if (failure != null) {
                Uploads.Refused r = Uploads.refusedBy(failure);
                audit(ex, auditId, Html.esc(r.message(ex.lang)), r.status());
                return;
            }
            try (in) {
                if (!Guard.csrfValid(ex, in.field("csrf"))) {
                    WebServer.forbidden(ex);
                    return;
                }
                if (audits.audit(auditId).isEmpty()) {
                    WebServer.notFound(ex);
                    return;
                }
                if (in.files().isEmpty()) {
                    audit(ex, auditId, ex.t("没有选择名单文件。", "No roster file was chosen."), 400);
                    return;
                }
                BatchJobs.Incoming file = in.files().get(0);
                RosterImport.Result read = RosterImport.read(file.name(), Files.readAllBytes(file.file()), ex.zh());
                List<Audits.RosterBody> bodies = new ArrayList<>();
                for (RosterImport.Entry e : read.entries()) {
                    bodies.add(new Audits.RosterBody(Store.newId(), auditId, 0, cut(e.name(), 400),
                            AuditStatus.nameKey(e.name()), e.level(), e.deadline(),
                            e.contact() == null ? null : cut(e.contact(), 400), null, null, null));
                }
                int added = audits.importRoster(auditId, bodies);
                log.add(ex.who(), "import-roster", auditId, file.name() + "：" + read.entries().size() + " 行，新增 "
                        + added);
                StringBuilder flash = new StringBuilder(Html.esc(ex.zh() ? "已导入名单：" + read.entries().size()
                        + " 个机关，其中新增 " + added + " 个。" : "Roster imported: " + read.entries().size()
                        + " bodies, " + added + " new."));
                for (String p : read.problems()) {
                    flash.append("<br>").append(Html.esc(p));
                }
                audit(ex, auditId, flash.toString(), read.entries().isEmpty() ? 400 : 200);
            }
        }));
    }

    private void match(Exchange ex, String auditId) {
        WebServer.postedForm(ex, f -> {
            String key = f.getOrDefault("key", "");
            Optional<Audits.RosterBody> body = rosterBody(auditId, f.getOrDefault("roster", ""));
            if (!key.matches("(body|file):.{1,450}") || body.isEmpty()) {
                WebServer.notFound(ex);
                return;
            }
            audits.match(auditId, key, body.get().id());
            log.add(ex.who(), "place-report", auditId, key.substring(key.indexOf(':') + 1) + " → "
                    + body.get().name());
            Responses.redirect(ex, "/audits/" + auditId);
        });
    }

    private void sentBack(Exchange ex, String auditId, String rosterId) {
        WebServer.postedForm(ex, f -> {
            Optional<Audits.RosterBody> body = rosterBody(auditId, rosterId);
            if (body.isEmpty()) {
                WebServer.notFound(ex);
                return;
            }
            boolean on = "true".equals(f.get("on"));
            audits.setSentBack(rosterId, on ? System.currentTimeMillis() : null, ex.who());
            log.add(ex.who(), on ? "sent-back" : "undo-sent-back", auditId, body.get().name());
            Responses.redirect(ex, "/audits/" + auditId);
        });
    }

    /** The publication date the office enters for a body (an empty date takes it back). */
    private void published(Exchange ex, String auditId, String rosterId) {
        WebServer.postedForm(ex, f -> {
            Optional<Audits.RosterBody> body = rosterBody(auditId, rosterId);
            if (body.isEmpty()) {
                WebServer.notFound(ex);
                return;
            }
            LocalDate date = AuditStatus.date(f.get("date"));
            audits.setPublished(rosterId, date == null ? null : date.toString());
            log.add(ex.who(), "set-published", auditId, body.get().name() + "：" + (date == null ? "—" : date));
            Responses.redirect(ex, "/audits/" + auditId);
        });
    }

    /** A body of this audit's roster; none for an id of another audit's. */
    private Optional<Audits.RosterBody> rosterBody(String auditId, String rosterId) throws SQLException {
        return audits.rosterBody(rosterId).filter(b -> b.auditId().equals(auditId));
    }

    private void auditWorkbook(Exchange ex, String auditId) throws SQLException, IOException {
        Optional<Audits.Audit> a = audits.audit(auditId);
        if (a.isEmpty()) {
            WebServer.notFound(ex);
            return;
        }
        Responses.download(ex, XLSX, safe(a.get().title()) + ".xlsx", AuditWorkbook.write(a.get(), view(a.get()),
                new RuleWords(jobs.rules()), ex.lang));
    }

    /** The notices of every body whose current report fails or could not be read, one .docx each, in a zip. */
    private void letters(Exchange ex, String auditId) throws SQLException, IOException {
        Optional<Audits.Audit> a = audits.audit(auditId);
        if (a.isEmpty()) {
            WebServer.notFound(ex);
            return;
        }
        AuditStatus.View v = view(a.get());
        List<String> ids = new ArrayList<>();
        for (AuditStatus.Line l : v.lines()) {
            if (l.current() != null && !l.current().result().status().equals("pass")) {
                ids.add(l.current().result().id());
            }
        }
        RuleWords words = new RuleWords(jobs.rules());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Set<String> names = new HashSet<>();
            LocalDate today = LocalDate.now();
            for (ResultRow r : store.results(ids)) {
                Notice n = Notice.of(LetterPage.JSON.readTree(r.rendered().json(ex.zh())), ex.lang,
                        a.get().office(), today, today.plusDays(a.get().replyDays()), id -> words.title(id, ex.lang));
                String name = n.fileStem();
                for (int i = 2; !names.add(name); i++) {
                    name = n.fileStem() + "-" + i;
                }
                zip.putNextEntry(new ZipEntry(name + ".docx"));
                zip.write(LetterPage.docx(n));
                zip.closeEntry();
            }
        }
        Responses.download(ex, "application/zip", ex.t("整改通知-", "notices-") + safe(a.get().title()) + ".zip",
                bytes.toByteArray());
    }

    /** Tables 2, 3 and 4 of every body's current report, summed cell by cell (what {@code aggregate} writes). */
    private void regionSum(Exchange ex, String auditId) throws SQLException, IOException {
        Optional<Audits.Audit> a = audits.audit(auditId);
        if (a.isEmpty()) {
            WebServer.notFound(ex);
            return;
        }
        List<String> ids = view(a.get()).lines().stream().filter(l -> l.current() != null)
                .map(l -> l.current().result().id()).toList();
        List<Report> reports = new ArrayList<>();
        JsonReportReader reader = new JsonReportReader();
        for (ResultRow r : store.results(ids)) {
            if (r.rendered().model() != null) {
                try {
                    reports.add(reader.read(r.rendered().model().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            ReadLimits.DEFAULT));
                } catch (ReadFailure e) {
                    // a model this server wrote; should it not read back, that body is left out of the sum
                }
            }
        }
        Report sum = RegionSum.sum(ex.t("区域汇总", "region sum"), a.get().year(), reports);
        Path tmp = Files.createTempFile("nianbao-sum-", ".xlsx");
        try {
            SumWorkbook.write(sum, tmp);
            Responses.download(ex, XLSX, ex.t("区域汇总-", "region-sum-") + safe(a.get().title()) + ".xlsx",
                    Files.readAllBytes(tmp));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void confirmDeleteReport(Exchange ex, String resultId) throws SQLException {
        Optional<ResultRow> r = store.result(resultId);
        if (r.isEmpty()) {
            WebServer.notFound(ex);
            return;
        }
        Responses.html(ex, 200, ManagePages.confirmReport(ex, guard.csrfToken(ex), r.get(),
                store.history(r.get().fileHash())));
    }

    /**
     * Deletes a report's file and every result made from it; then checks again the same body's later years, whose
     * cross-year findings compared against it (a fake earlier year poisons every later check until then).
     */
    private void deleteReport(Exchange ex, String resultId) {
        WebServer.postedForm(ex, f -> {
            Optional<ResultRow> found = store.result(resultId);
            if (found.isEmpty()) {
                WebServer.notFound(ex);
                return;
            }
            ResultRow r = found.get();
            String auditId = store.batch(r.batchId()).map(BatchRow::auditId).orElse(null);
            Store.Deleted d = store.deleteFile(r.fileHash());
            log.add(ex.who(), "delete-report", r.fileHash().substring(0, 16), String.join("、", d.names())
                    + (r.agency() == null ? "" : "（" + r.agency() + (r.year() == null ? "" : " " + r.year()) + "）")
                    + "：删除 " + d.results() + " 个检查结果");
            String recheck = null;
            if (r.bodyKey() != null && r.year() != null) {
                List<Store.BatchFile> later = store.laterFiles(r.bodyKey(), r.year());
                if (!later.isEmpty()) {
                    recheck = jobs.recheckFiles(new BatchJobs.Submission(ex.t("删除", "After deleting ")
                            + r.agency() + " " + r.year() + ex.t(" 年报告后重新检查", ": checked again"), auditId, null,
                            ex.who()), later);
                    log.add(ex.who(), "recheck", recheck, r.agency() + "：" + later.size() + " 份以后年度的报告");
                }
            }
            Responses.redirect(ex, recheck != null ? "/batches/" + recheck
                    : auditId != null ? "/audits/" + auditId : "/");
        });
    }

    private void supersede(Exchange ex, String resultId) {
        WebServer.postedForm(ex, f -> {
            Optional<ResultRow> r = store.result(resultId);
            if (r.isEmpty()) {
                WebServer.notFound(ex);
                return;
            }
            boolean on = "true".equals(f.get("on"));
            if (on) {
                store.markSuperseded(r.get().fileHash(), null, ex.who());
            } else {
                store.unmarkSuperseded(r.get().fileHash());
            }
            log.add(ex.who(), on ? "supersede" : "undo-supersede", resultId, r.get().fileName()
                    + (r.get().agency() == null ? "" : "（" + r.get().agency() + "）"));
            Responses.redirect(ex, "/reports/" + resultId);
        });
    }

    private void confirmDeleteBatch(Exchange ex, String batchId) throws SQLException {
        Optional<BatchRow> b = store.batch(batchId);
        if (b.isEmpty()) {
            WebServer.notFound(ex);
            return;
        }
        Responses.html(ex, 200, ManagePages.confirmBatch(ex, guard.csrfToken(ex), b.get(), store.results(batchId)));
    }

    private void deleteBatch(Exchange ex, String batchId) {
        WebServer.postedForm(ex, f -> {
            Optional<BatchRow> b = store.batch(batchId);
            if (b.isEmpty() || b.get().running()) {
                WebServer.notFound(ex);
                return;
            }
            Store.Deleted d = store.deleteBatch(batchId);
            log.add(ex.who(), "delete-batch", batchId, b.get().title() + "：" + d.names().size() + " 个文件，"
                    + d.results() + " 个检查结果");
            Responses.redirect(ex, b.get().auditId() != null ? "/audits/" + b.get().auditId() : "/");
        });
    }

    private static Integer number(String s, int min, int max) {
        try {
            int n = Integer.parseInt(s == null ? "" : s.strip());
            return n < min || n > max ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** A title as a file name. */
    static String safe(String title) {
        return title.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }
}
