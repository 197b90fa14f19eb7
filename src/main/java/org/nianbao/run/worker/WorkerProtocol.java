package org.nianbao.run.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nianbao.parse.InputProblem;
import org.nianbao.run.FileResult;
import org.nianbao.run.Reading;

/**
 * The lines a worker and its pool exchange, one JSON object each. A request: {@code id}, {@code file},
 * {@code opening}. An answer: {@code id}, {@code format}, and {@code report} (see {@link ReportCodec}) or
 * {@code unreadable} ({@code problem}, {@code detail}, {@code details}), or {@code error} when the reader failed.
 * Before its answer, a worker reading a scan by OCR says how many pages it reads: {@code id}, {@value #SCAN_PAGES}.
 */
final class WorkerProtocol {
    /** The field of the line that tells the pool a scan of that many pages is being read (more time for it). */
    static final String SCAN_PAGES = "scanPages";

    private WorkerProtocol() {
    }

    static ObjectNode request(long id, Path file, boolean opening) {
        return ReportCodec.JSON.createObjectNode().put("id", id).put("file", file.toAbsolutePath().toString())
                .put("opening", opening);
    }

    static ObjectNode answer(long id, Reading.Outcome read) {
        ObjectNode o = ReportCodec.JSON.createObjectNode().put("id", id).put("format", read.format());
        if (read.report() != null) {
            o.set("report", ReportCodec.encode(read.report()));
        } else {
            FileResult.Unreadable u = read.unreadable();
            o.putObject("unreadable").put("problem", u.problem().name()).put("detail", u.detail())
                    .set("details", ReportCodec.JSON.valueToTree(u.details()));
        }
        return o;
    }

    static ObjectNode failure(long id, Throwable t) {
        return ReportCodec.JSON.createObjectNode().put("id", id).put("format", "unknown")
                .put("error", t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()));
    }

    /** The outcome an answer carries. */
    static Reading.Outcome outcome(JsonNode answer) throws IOException {
        String format = answer.path("format").asText("unknown");
        if (answer.has("report")) {
            return new Reading.Outcome(format, ReportCodec.decode(answer.get("report")), null);
        }
        if (answer.has("error")) {
            return unreadable(format, InputProblem.UNREADABLE, "internal error while checking: "
                    + answer.get("error").asText(), Map.of());
        }
        JsonNode u = answer.get("unreadable");
        @SuppressWarnings("unchecked")
        Map<String, Object> details = ReportCodec.JSON.treeToValue(u.get("details"), LinkedHashMap.class);
        return unreadable(format, InputProblem.valueOf(u.get("problem").asText()),
                u.get("detail").isNull() ? null : u.get("detail").asText(), details);
    }

    static Reading.Outcome unreadable(String format, InputProblem problem, String detail, Map<String, Object> details) {
        return new Reading.Outcome(format, null, new FileResult.Unreadable(problem, detail, details));
    }
}
