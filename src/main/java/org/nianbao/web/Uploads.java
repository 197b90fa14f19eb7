package org.nianbao.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable;
import org.nianbao.model.Lang;
import org.nianbao.run.ZipArchive;
import org.nianbao.support.DisplayNames;

/**
 * Receives uploads without holding a thread while the bytes come: a multipart form (the pages' form, drag and drop,
 * or the API), parsed by Jetty into files in the upload folder within the limits (per file, files, in all), or one
 * raw body (the API) written to a file as it arrives; zips are then opened ({@link UploadIntake}). The client's file
 * names are kept for display only; the files live under server-made names and are deleted when the
 * {@link Received} is closed, or at once when the upload is refused.
 */
final class Uploads {
    /** Form fields other than files a form may carry (csrf, title, …). */
    private static final int EXTRA_PARTS = 16;
    /** The longest text field of a form: a title, a token. */
    private static final int MAX_FIELD_BYTES = 64 * 1024;
    /**
     * A body refused by its declared length is still read to its end, up to this size, before the refusal is sent:
     * closing a connection with bytes unread resets it, and a client still sending then never sees the answer.
     */
    private static final long READ_BEFORE_REFUSING_BYTES = 64L << 20;

    private final UploadLimits limits;
    private final Path temp;

    Uploads(UploadLimits limits, Path temp) {
        this.limits = limits;
        this.temp = temp;
    }

    /** An upload refused, with the HTTP status, a message in both languages and, when busy, when to try again. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String code;
        private final String zh;
        private final String en;
        private final long retryAfterSeconds;

        Refused(int status, String code, String zh, String en) {
            this(status, code, zh, en, 0);
        }

        /** @param retryAfterSeconds sent as {@code Retry-After} when above 0 */
        Refused(int status, String code, String zh, String en, long retryAfterSeconds) {
            super(en);
            this.status = status;
            this.code = code;
            this.zh = zh;
            this.en = en;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        int status() {
            return status;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        /** Sets the answer's {@code Retry-After} when the refusal says when to try again. */
        void retryAfter(Exchange ex) {
            if (retryAfterSeconds > 0) {
                ex.response.getHeaders().put("Retry-After", String.valueOf(retryAfterSeconds));
            }
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
        public void close() {
            for (AutoCloseable c : cleanup) {
                try {
                    c.close();
                } catch (Exception e) {
                    // a temporary file left behind is removed at the next start
                }
            }
        }
    }

    /**
     * The refusal an upload ended with; a failure that is no refusal (the client went away, the disk failed) is
     * thrown on, for the request to end with 500.
     */
    static Refused refusedBy(Throwable failure) throws Exception {
        Throwable t = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (t instanceof Refused r) {
            return r;
        }
        throw t instanceof Exception e ? e : new IOException("upload failed", t);
    }

    /** A multipart form, parsed as its bytes arrive; fails with a {@link Refused} over a limit or when malformed. */
    CompletableFuture<Received> receive(Exchange ex) {
        return receive(ex, true);
    }

    /**
     * As {@link #receive(Exchange)}; with {@code openZips} false a zip is kept whole (a roster as .xlsx is a zip
     * that must not be taken apart).
     */
    CompletableFuture<Received> receive(Exchange ex, boolean openZips) {
        CompletableFuture<Received> out = new CompletableFuture<>();
        String contentType = ex.header(HttpHeader.CONTENT_TYPE.asString()).orElse("");
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            out.completeExceptionally(new Refused(415, "NOT_MULTIPART", "请求不是 multipart/form-data 格式的文件上传",
                    "not a multipart/form-data upload"));
            return out;
        }
        Refused declared = declaredTooLarge(ex);
        if (declared != null) {
            refuseWhenReadable(ex, out, declared);
            return out;
        }
        MultiPartConfig config = new MultiPartConfig.Builder().location(temp).maxParts(limits.maxFiles() + EXTRA_PARTS)
                .maxPartSize(limits.maxFileBytes()).maxSize(limits.maxTotalBytes()).maxMemoryPartSize(64 * 1024)
                .maxHeadersSize(16 * 1024).useFilesForPartsWithoutFileName(true).build();
        MultiPartFormData.onParts(ex.request, ex.request, contentType, config, Promise.Invocable.from(
                Invocable.InvocationType.BLOCKING, (parts, failure) -> {
                    if (failure != null) {
                        out.completeExceptionally(refusal(failure));
                        return;
                    }
                    try {
                        out.complete(expand(parts, openZips));
                    } catch (Refused | IOException | RuntimeException e) {
                        parts.close();
                        out.completeExceptionally(e);
                    }
                }));
        return out;
    }

    private Received expand(MultiPartFormData.Parts parts, boolean openZips) throws Refused, IOException {
        Map<String, String> fields = new HashMap<>();
        List<UploadIntake.Upload> uploaded = new ArrayList<>();
        for (MultiPart.Part p : parts) {
            if (p.getFileName() == null) {
                if (p.getLength() > MAX_FIELD_BYTES) {
                    throw new Refused(413, "TOO_LARGE", "表单字段“" + p.getName() + "”太长。",
                            "Form field '" + p.getName() + "' is too long.");
                }
                fields.putIfAbsent(p.getName(), p.getContentAsString(StandardCharsets.UTF_8));
            } else if ("files".equals(p.getName())) {
                Path file = temp.resolve("upload-" + UUID.randomUUID() + ".part");
                p.writeTo(file); // moves the part's own file where it can, else copies it
                uploaded.add(new UploadIntake.Upload(DisplayNames.fileName(p.getFileName()), file, Files.size(file)));
            }
        }
        List<AutoCloseable> cleanup = new ArrayList<>();
        cleanup.add(parts);
        for (UploadIntake.Upload u : uploaded) {
            cleanup.add(() -> Files.deleteIfExists(u.file()));
        }
        List<UploadIntake.Upload> expanded = uploaded;
        if (openZips) {
            UploadIntake.Expansion expansion;
            try {
                expansion = UploadIntake.expand(uploaded, new ZipArchive.Limits(limits.maxFiles(),
                        limits.maxFileBytes(), limits.maxTotalBytes()), temp);
            } catch (Refused | IOException | RuntimeException e) {
                new Received(fields, List.of(), cleanup).close();
                throw e;
            }
            cleanup.add(expansion);
            expanded = expansion.uploads();
        }
        List<BatchJobs.Incoming> files = new ArrayList<>();
        for (UploadIntake.Upload u : expanded) {
            files.add(new BatchJobs.Incoming(u.displayName(), u.file()));
        }
        Received in = new Received(fields, files, cleanup);
        if (files.size() > limits.maxFiles()) {
            in.close();
            throw tooMany();
        }
        return in;
    }

    /** One file as the whole body (API), written as it arrives; {@code name} is shown only, never used as a path. */
    CompletableFuture<Received> receiveRaw(Exchange ex, String name) {
        CompletableFuture<Received> out = new CompletableFuture<>();
        Refused declared = declaredTooLarge(ex);
        if (declared != null) {
            refuseWhenReadable(ex, out, declared);
            return out;
        }
        Path file;
        FileChannel channel;
        try {
            file = Files.createTempFile(temp, "raw-", ".upload");
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
        } catch (IOException e) {
            out.completeExceptionally(e);
            return out;
        }
        Content.Sink capped = new Capped(Content.Sink.from(channel), limits.maxFileBytes());
        Content.copy(ex.request, capped, Callback.from(() -> {
            close(channel);
            out.complete(new Received(Map.of(), List.of(new BatchJobs.Incoming(DisplayNames.fileName(name), file)),
                    List.of(() -> Files.deleteIfExists(file))));
        }, failure -> {
            close(channel);
            delete(file);
            out.completeExceptionally(failure instanceof Refused r ? r : refusal(failure));
        }));
        return out;
    }

    /** Bytes written through, failing past {@code max}. */
    private final class Capped implements Content.Sink {
        private final Content.Sink sink;
        private final long max;
        private long written;

        Capped(Content.Sink sink, long max) {
            this.sink = sink;
            this.max = max;
        }

        @Override
        public void write(boolean last, ByteBuffer bytes, Callback callback) {
            written += bytes.remaining();
            if (written > max) {
                callback.failed(tooLarge());
                return;
            }
            sink.write(last, bytes, callback);
        }
    }

    /**
     * Fails the upload with the refusal once the client can read it: at once when it waits for a go-ahead before
     * sending (Expect: 100-continue) or announces more than we would read, else after its body has been read and
     * thrown away.
     */
    private static void refuseWhenReadable(Exchange ex, CompletableFuture<Received> out, Refused r) {
        long declared = ex.request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (ex.expectsContinue() || declared > READ_BEFORE_REFUSING_BYTES) {
            out.completeExceptionally(r);
            return;
        }
        Content.Source.consumeAll(ex.request, Callback.from(() -> out.completeExceptionally(r),
                failure -> out.completeExceptionally(r)));
    }

    private Refused declaredTooLarge(Exchange ex) {
        long declared = ex.request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        return declared > limits.maxTotalBytes() ? tooLarge() : null;
    }

    /** What Jetty's parser failed with, as the upload's refusal: over a limit, or malformed. */
    private Refused refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Refused r) {
                return r;
            }
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("parts")) {
                return tooMany();
            }
            if (m.contains("max") && (m.contains("size") || m.contains("length") || m.contains("exceed"))) {
                return tooLarge();
            }
        }
        return new Refused(400, "MALFORMED", "上传的数据格式错误。", "Malformed upload.");
    }

    private Refused tooLarge() {
        return new Refused(413, "TOO_LARGE", "文件太大：每个文件最多 " + (limits.maxFileBytes() >> 20) + " MB，每批最多 "
                + (limits.maxTotalBytes() >> 20) + " MB。", "Too large: at most " + (limits.maxFileBytes() >> 20)
                + " MB per file and " + (limits.maxTotalBytes() >> 20) + " MB per batch.");
    }

    private Refused tooMany() {
        return new Refused(413, "TOO_MANY_FILES", "文件太多：每批最多 " + limits.maxFiles() + " 个（含压缩包内的文件）。",
                "Too many files: at most " + limits.maxFiles() + " per batch, counting those inside zips.");
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // the file is deleted or read next; nothing to keep open
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // removed at the next start
        }
    }
}
