package org.nianbao.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Lang;
import org.nianbao.run.ZipArchive;
import org.nianbao.support.DisplayNames;

/**
 * Receives uploads: a multipart form (the pages' form, drag and drop, or the API) or one raw body (the API), spooled
 * to temporary files within the limits, zips opened. The client's file names are kept for display only; the files
 * live under server-made temporary names and are deleted when the {@link Received} is closed.
 */
final class Uploads {
    private final UploadLimits limits;
    private final Path temp;

    Uploads(UploadLimits limits, Path temp) {
        this.limits = limits;
        this.temp = temp;
    }

    /** An upload refused, with the HTTP status and a message in both languages. */
    static final class Refused extends Exception {
        private final int status;
        private final String code;
        private final String zh;
        private final String en;

        Refused(int status, String code, String zh, String en) {
            super(en);
            this.status = status;
            this.code = code;
            this.zh = zh;
            this.en = en;
        }

        int status() {
            return status;
        }

        String code() {
            return code;
        }

        String message(Lang lang) {
            return lang == Lang.ZH ? zh : en;
        }
    }

    /** What came in: the form's text fields and the files to check. Closing deletes the temporary files. */
    static final class Received implements AutoCloseable {
        private final Map<String, String> fields;
        private final List<BatchJobs.Incoming> files;
        private final List<AutoCloseable> cleanup;

        Received(Map<String, String> fields, List<BatchJobs.Incoming> files, List<AutoCloseable> cleanup) {
            this.fields = fields;
            this.files = files;
            this.cleanup = cleanup;
        }

        String field(String name) {
            return fields.get(name);
        }

        List<BatchJobs.Incoming> files() {
            return files;
        }

        /** The batch's name: the one given, else the first file's and how many others. */
        String title(Lang lang) {
            String t = fields.getOrDefault("title", "").strip();
            if (!t.isEmpty()) {
                return t.length() > 200 ? t.substring(0, 200) : t;
            }
            if (files.isEmpty()) {
                return "";
            }
            String first = files.get(0).name();
            int more = files.size() - 1;
            return more == 0 ? first : lang == Lang.ZH ? first + " 等 " + files.size() + " 个文件"
                    : first + " and " + more + " more";
        }

        @Override
        public void close() throws IOException {
            IOException failed = null;
            for (AutoCloseable c : cleanup) {
                try {
                    c.close();
                } catch (Exception e) {
                    failed = failed != null ? failed : new IOException("could not delete an upload", e);
                }
            }
            if (failed != null) {
                throw failed;
            }
        }
    }

    Received receive(HttpExchange ex) throws Refused, IOException {
        checkDeclaredLength(ex);
        Multipart.Form form;
        try {
            form = Multipart.parse(ex.getRequestBody(), ex.getRequestHeaders().getFirst("Content-Type"),
                    new Multipart.Limits(limits.maxFileBytes(), limits.maxFiles(), limits.maxTotalBytes(), 64 * 1024),
                    temp);
        } catch (Multipart.Rejected e) {
            throw refused(e);
        }
        try {
            UploadIntake.Expansion expansion = UploadIntake.expand(form.files(), new ZipArchive.Limits(
                    limits.maxFiles(), limits.maxFileBytes(), limits.maxTotalBytes()), temp);
            List<BatchJobs.Incoming> files = new ArrayList<>();
            for (UploadIntake.Upload u : expansion.uploads()) {
                files.add(new BatchJobs.Incoming(u.displayName(), u.file()));
            }
            Map<String, String> fields = new HashMap<>();
            form.fields().forEach((k, v) -> fields.put(k, v.isEmpty() ? "" : v.get(0)));
            Received in = new Received(fields, files, List.of(expansion, form));
            if (files.size() > limits.maxFiles()) {
                in.close();
                throw new Refused(413, "TOO_MANY_FILES", "文件太多：每批最多 " + limits.maxFiles() + " 个（含压缩包内的文件）。",
                        "Too many files: at most " + limits.maxFiles() + " per batch, counting those inside zips.");
            }
            return in;
        } catch (Multipart.Rejected e) {
            form.close();
            throw refused(e);
        } catch (IOException | RuntimeException e) {
            form.close();
            throw e;
        }
    }

    /** One file as the whole body (API); {@code name} is shown only, never used as a path. */
    Received receiveRaw(HttpExchange ex, String name) throws Refused, IOException {
        checkDeclaredLength(ex);
        Path file = Files.createTempFile(temp, "raw", ".upload");
        try (InputStream in = ex.getRequestBody(); OutputStream out = Files.newOutputStream(file)) {
            byte[] buf = new byte[65536];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > limits.maxFileBytes()) {
                    throw tooLarge();
                }
                out.write(buf, 0, n);
            }
        } catch (Refused | IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        String shown = DisplayNames.fileName(name);
        return new Received(Map.of(), List.of(new BatchJobs.Incoming(shown, file)),
                List.of(() -> Files.deleteIfExists(file)));
    }

    /** A small application/x-www-form-urlencoded body (the recheck and login forms). */
    static Map<String, String> urlEncodedForm(HttpExchange ex, int maxBytes) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] body = in.readNBytes(maxBytes);
            return Request.parseQuery(new String(body, StandardCharsets.UTF_8));
        }
    }

    private void checkDeclaredLength(HttpExchange ex) throws Refused {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > limits.maxTotalBytes()) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw new Refused(400, "MALFORMED", "请求格式不对。", "Malformed request.");
            }
        }
    }

    private Refused tooLarge() {
        return new Refused(413, "TOO_LARGE", "文件太大：每个文件最多 " + (limits.maxFileBytes() >> 20) + " MB，每批最多 "
                + (limits.maxTotalBytes() >> 20) + " MB。", "Too large: at most " + (limits.maxFileBytes() >> 20)
                + " MB per file and " + (limits.maxTotalBytes() >> 20) + " MB per batch.");
    }

    private static Refused refused(Multipart.Rejected e) {
        return new Refused(e.code().httpStatus(), e.code().name(), e.message(Lang.ZH), e.message(Lang.EN));
    }
}
