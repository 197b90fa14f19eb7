package org.nianbao.web;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.Lang;
import org.nianbao.parse.ReadLimits;
import org.nianbao.support.DisplayNames;

/**
 * Parses a multipart/form-data request body (RFC 7578, framed as RFC 2046 §5.1.1 says) as it streams in: text
 * fields are kept in memory under {@link Limits#maxFieldBytes()}, each file goes straight to a temp file, and the
 * first limit passed stops the reading at once. Bodies may be hundreds of megabytes; at most one 64 KiB buffer of the
 * body is held. The body stream is read up to the closing delimiter and not closed (it belongs to the caller).
 */
public final class Multipart {
    private static final int BUFFER = 64 * 1024;
    /** A part's header block; browsers send well under 1 KiB. */
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final int MAX_BOUNDARY = 70;

    private Multipart() {
    }

    /**
     * What one request may carry. {@code maxTotalBytes} counts every byte of the body as read (parts, headers,
     * preamble); {@code maxFieldBytes} counts the names and values of all text fields together, since they are held
     * in memory.
     */
    public record Limits(long maxFileBytes, int maxFiles, long maxTotalBytes, int maxFieldBytes) {
        /** A file as large as the checker reads by default, 200 of them, 1 GiB in all, 64 KiB of form fields. */
        public static final Limits DEFAULT = new Limits(ReadLimits.DEFAULT.maxBytes(), 200, 1L << 30, 64 * 1024);

        public Limits {
            if (maxFileBytes < 0 || maxFiles < 0 || maxTotalBytes < 0 || maxFieldBytes < 0) {
                throw new IllegalArgumentException("limits cannot be negative");
            }
        }
    }

    /**
     * One uploaded file: the form field it came in, its name as the client gave it (cleaned for display: no
     * directory, no control characters, at most 200 characters; never a path), and its content in a temp file.
     */
    public record Part(String fieldName, String clientFileName, Path tempFile, long size) {
    }

    /** The parsed form. Closing it deletes its temp files. */
    public static final class Form implements AutoCloseable {
        private final Map<String, List<String>> fields = new LinkedHashMap<>();
        private final List<Part> files = new ArrayList<>();
        /** Every temp file made, including one of a part cut short, so nothing outlives a rejection. */
        private final List<Path> temps = new ArrayList<>();

        /** Text fields in the order they came, each name with its values (UTF-8). */
        public Map<String, List<String>> fields() {
            return Collections.unmodifiableMap(fields);
        }

        /** The first value of a text field. */
        public Optional<String> field(String name) {
            List<String> values = fields.get(name);
            return values == null ? Optional.empty() : Optional.of(values.get(0));
        }

        /** The uploaded files in the order they came; empty file inputs are left out. */
        public List<Part> files() {
            return Collections.unmodifiableList(files);
        }

        @Override
        public void close() throws IOException {
            TempFiles.deleteAll(temps);
        }
    }

    /**
     * Why an upload was refused: a machine {@link Code} (with the HTTP status to answer), the limit passed (its
     * name as in the limits record and its value) and the file it was passed on, and a message in both languages.
     * {@link UploadIntake} refuses archives with the same exception.
     */
    public static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        public enum Code {
            NOT_MULTIPART(415), MALFORMED(400), TOO_LARGE(413), TOO_MANY_FILES(413);

            private final int httpStatus;

            Code(int httpStatus) {
                this.httpStatus = httpStatus;
            }

            public int httpStatus() {
                return httpStatus;
            }
        }

        private final Code code;
        private final String limit;
        private final long limitValue;
        private final String subject;
        private final String zh;

        Rejected(Code code, String limit, long limitValue, String subject, String zh, String en) {
            super(en);
            this.code = code;
            this.limit = limit;
            this.limitValue = limitValue;
            this.subject = subject;
            this.zh = zh;
        }

        static Rejected malformed(String zh, String en) {
            return new Rejected(Code.MALFORMED, null, -1, null, "上传的数据格式错误：" + zh, "malformed upload: " + en);
        }

        public Code code() {
            return code;
        }

        /** The limit passed, named as its record component (e.g. {@code maxFileBytes}); null when none was. */
        public String limit() {
            return limit;
        }

        /** The value of {@link #limit()}; -1 when none was passed. */
        public long limitValue() {
            return limitValue;
        }

        /** The file or archive (display name) the limit was passed on; null when it is the request as a whole. */
        public String subject() {
            return subject;
        }

        public String message(Lang lang) {
            return lang == Lang.ZH ? zh : getMessage();
        }
    }

    /**
     * Parses {@code body} as sent with the {@code Content-Type} header {@code contentType}, writing files into
     * {@code tempDir}. On any failure every temp file written is deleted before the exception leaves.
     */
    public static Form parse(InputStream body, String contentType, Limits limits, Path tempDir)
            throws Rejected, IOException {
        byte[] delimiter = delimiter(contentType);
        Form form = new Form();
        try {
            new Parser(body, delimiter, limits, tempDir, form).run();
            return form;
        } catch (Throwable e) {
            try {
                form.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** CRLF "--" boundary: what ends every part (RFC 2046's delimiter), from the request's Content-Type. */
    private static byte[] delimiter(String contentType) throws Rejected {
        if (contentType == null) {
            throw notMultipart();
        }
        Map<String, String> params = parameters(contentType);
        if (!params.get("").equalsIgnoreCase("multipart/form-data")) {
            throw notMultipart();
        }
        String boundary = params.get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > MAX_BOUNDARY
                || !boundary.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            throw Rejected.malformed("Content-Type 中缺少有效的 boundary",
                    "no valid boundary in the Content-Type (1 to 70 ASCII characters)");
        }
        return ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
    }

    private static Rejected notMultipart() {
        return new Rejected(Rejected.Code.NOT_MULTIPART, null, -1, null, "请求不是 multipart/form-data 格式的文件上传",
                "the request is not a multipart/form-data upload");
    }

    /**
     * A header value's first item (under the key "") and its parameters, names in lower case, the first of a repeated
     * name kept. A quoted value unescapes only {@code \"} and {@code \\}: any other backslash is kept, since old
     * browsers send Windows paths unescaped ({@code "C:\Users\x\a.docx"}) and the directory must still be found.
     */
    static Map<String, String> parameters(String header) {
        Map<String, String> params = new LinkedHashMap<>();
        int n = header.length();
        int i = header.indexOf(';');
        i = i < 0 ? n : i;
        params.put("", header.substring(0, i).strip());
        while (i < n) {
            i++; // past ';'
            int nameStart = i;
            while (i < n && header.charAt(i) != '=' && header.charAt(i) != ';') {
                i++;
            }
            String name = header.substring(nameStart, i).strip().toLowerCase(Locale.ROOT);
            String value = "";
            if (i < n && header.charAt(i) == '=') {
                i++;
                while (i < n && (header.charAt(i) == ' ' || header.charAt(i) == '\t')) {
                    i++;
                }
                if (i < n && header.charAt(i) == '"') {
                    StringBuilder quoted = new StringBuilder();
                    for (i++; i < n; i++) {
                        char c = header.charAt(i);
                        if (c == '\\' && i + 1 < n && (header.charAt(i + 1) == '"' || header.charAt(i + 1) == '\\')) {
                            quoted.append(header.charAt(++i));
                        } else if (c == '"') {
                            i++;
                            break;
                        } else {
                            quoted.append(c);
                        }
                    }
                    value = quoted.toString();
                    while (i < n && header.charAt(i) != ';') {
                        i++; // anything after the closing quote is ignored
                    }
                } else {
                    int valueStart = i;
                    while (i < n && header.charAt(i) != ';') {
                        i++;
                    }
                    value = header.substring(valueStart, i).strip();
                }
            }
            if (!name.isEmpty()) {
                params.putIfAbsent(name, value);
            }
        }
        return params;
    }

    /** Where the bytes of a part's content go. */
    private interface Sink {
        void write(byte[] b, int off, int len) throws IOException, Rejected;
    }

    /** One pass over the body: a buffer, the delimiter search, and the running counts against the limits. */
    private static final class Parser {
        private final InputStream in;
        private final byte[] delimiter;
        private final Limits limits;
        private final Path tempDir;
        private final Form form;
        private final byte[] buf = new byte[BUFFER];
        private int pos;
        private int lim;
        private long consumed;
        private long fieldBytes;
        private int fileCount;

        Parser(InputStream in, byte[] delimiter, Limits limits, Path tempDir, Form form) {
            this.in = in;
            this.delimiter = delimiter;
            this.limits = limits;
            this.tempDir = tempDir;
            this.form = form;
        }

        void run() throws IOException, Rejected {
            // the body's first boundary has no CRLF before it: pretend it had, so every delimiter looks the same
            buf[0] = '\r';
            buf[1] = '\n';
            lim = 2;
            readPart((b, off, len) -> { }); // the preamble, if any, is dropped
            while (!closingDelimiter()) {
                part();
            }
            // the epilogue after the closing delimiter is never read
        }

        /** After a delimiter: true when it is the closing one ("--"), else past its transport padding and CRLF. */
        private boolean closingDelimiter() throws IOException, Rejected {
            ensure(2);
            if (buf[pos] == '-' && buf[pos + 1] == '-') {
                pos += 2;
                return true;
            }
            while (ensure(1) && (buf[pos] == ' ' || buf[pos] == '\t')) {
                pos++;
            }
            ensure(2);
            if (buf[pos] != '\r' || buf[pos + 1] != '\n') {
                throw Rejected.malformed("分隔行后没有 CRLF", "a boundary line does not end in CRLF");
            }
            pos += 2;
            return false;
        }

        private void part() throws IOException, Rejected {
            Map<String, String> headers = headers();
            String disposition = headers.get("content-disposition");
            if (disposition == null) {
                throw Rejected.malformed("某个部分缺少 Content-Disposition", "a part has no Content-Disposition");
            }
            Map<String, String> params = parameters(disposition);
            String name = params.get("name");
            if (!params.get("").equalsIgnoreCase("form-data") || name == null) {
                throw Rejected.malformed("某个部分的 Content-Disposition 不是带 name 的 form-data",
                        "a part's Content-Disposition is not form-data with a name");
            }
            if (params.containsKey("filename")) {
                file(name, params.get("filename"));
            } else {
                field(name);
            }
        }

        /** The part's header block, up to its empty line; names in lower case, the first of a repeated name kept. */
        private Map<String, String> headers() throws IOException, Rejected {
            Map<String, String> headers = new LinkedHashMap<>();
            ensure(2);
            if (buf[pos] == '\r' && buf[pos + 1] == '\n') {
                pos += 2;
                return headers; // no headers at all: Content-Disposition is missing, said by the caller
            }
            int end;
            int scanned = 0; // bytes after pos already searched, so a block trickling in is not searched again
            while ((end = indexOf(buf, pos + scanned, lim, CRLF_CRLF)) < 0 || end - pos > MAX_HEADER_BYTES) {
                if (end >= 0 || lim - pos > MAX_HEADER_BYTES) {
                    throw Rejected.malformed("某个部分的头部超过 16 KB", "a part's headers are over 16 KiB");
                }
                scanned = Math.max(0, lim - pos - (CRLF_CRLF.length - 1));
                if (!fill()) {
                    throw truncated();
                }
            }
            String block = new String(buf, pos, end - pos, StandardCharsets.UTF_8);
            pos = end + CRLF_CRLF.length;
            String last = null;
            for (String line : block.split("\r\n")) {
                if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                    headers.computeIfPresent(last, (k, v) -> v + " " + line.strip()); // obsolete line folding
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw Rejected.malformed("某个部分的头部有无法识别的行", "a part's header line has no name");
                }
                last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                headers.putIfAbsent(last, line.substring(colon + 1).strip());
            }
            return headers;
        }

        private void field(String name) throws IOException, Rejected {
            countField(name, name.getBytes(StandardCharsets.UTF_8).length);
            ByteArrayOutputStream value = new ByteArrayOutputStream();
            readPart((b, off, len) -> {
                countField(name, len);
                value.write(b, off, len);
            });
            form.fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value.toString(StandardCharsets.UTF_8));
        }

        private void countField(String name, int bytes) throws Rejected {
            fieldBytes += bytes;
            if (fieldBytes > limits.maxFieldBytes()) {
                String shown = DisplayNames.path(name);
                throw new Rejected(Rejected.Code.TOO_LARGE, "maxFieldBytes", limits.maxFieldBytes(), shown,
                        "表单文本字段（“" + shown + "”处）超过上限 " + Sizes.zh(limits.maxFieldBytes()),
                        "the form's text fields (at \"" + shown + "\") are over the limit of "
                                + Sizes.en(limits.maxFieldBytes()) + " (maxFieldBytes)");
            }
        }

        private void file(String fieldName, String rawName) throws IOException, Rejected {
            String cleaned = DisplayNames.fileName(rawName);
            String shown = cleaned.isEmpty() ? DisplayNames.UNNAMED : cleaned;
            // a browser sends filename="" and no bytes for a file input left empty: skipped, unless bytes come
            try (FileSink sink = new FileSink(shown)) {
                if (!rawName.isEmpty()) {
                    sink.open();
                }
                readPart(sink);
                sink.finish(fieldName);
            }
        }

        private void countFile(String shown) throws Rejected {
            if (++fileCount > limits.maxFiles()) {
                throw new Rejected(Rejected.Code.TOO_MANY_FILES, "maxFiles", limits.maxFiles(), shown,
                        "一次最多上传 " + limits.maxFiles() + " 个文件（“" + shown + "”超出）",
                        "at most " + limits.maxFiles() + " files can be uploaded at once (\"" + shown
                                + "\" is one more) (maxFiles)");
            }
        }

        /** A file part's temp file, made at its first byte (or at once when the part names a file). */
        private final class FileSink implements Sink, AutoCloseable {
            private final String shown;
            private Path path;
            private OutputStream out;
            private long size;

            FileSink(String shown) {
                this.shown = shown;
            }

            void open() throws IOException, Rejected {
                countFile(shown);
                path = Files.createTempFile(tempDir, "upload-", ".part");
                form.temps.add(path);
                out = new BufferedOutputStream(Files.newOutputStream(path), BUFFER); // a slow client sends small reads
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException, Rejected {
                if (out == null) {
                    open();
                }
                if (size + len > limits.maxFileBytes()) {
                    throw new Rejected(Rejected.Code.TOO_LARGE, "maxFileBytes", limits.maxFileBytes(), shown,
                            "文件“" + shown + "”超过单个文件上限 " + Sizes.zh(limits.maxFileBytes()),
                            "the file \"" + shown + "\" is over the limit of " + Sizes.en(limits.maxFileBytes())
                                    + " per file (maxFileBytes)");
                }
                out.write(b, off, len);
                size += len;
            }

            void finish(String fieldName) throws IOException {
                if (out != null) {
                    out.close();
                    form.files.add(new Part(fieldName, shown, path, size));
                }
            }

            @Override
            public void close() throws IOException {
                if (out != null) {
                    out.close();
                }
            }
        }

        /**
         * Streams a part's content to {@code sink} up to the next delimiter and consumes the delimiter. All but the
         * last (delimiter length - 1) bytes of the buffer can be passed on without a match, so a delimiter split
         * across reads is still found whole.
         */
        private void readPart(Sink sink) throws IOException, Rejected {
            while (true) {
                int at = indexOf(buf, pos, lim, delimiter);
                if (at >= 0) {
                    if (at > pos) {
                        sink.write(buf, pos, at - pos);
                    }
                    pos = at + delimiter.length;
                    return;
                }
                int safe = lim - (delimiter.length - 1);
                if (safe > pos) {
                    sink.write(buf, pos, safe - pos);
                    pos = safe;
                }
                if (!fill()) {
                    throw truncated();
                }
            }
        }

        /** At least {@code n} unread bytes in the buffer, or the body was cut short. Always true. */
        private boolean ensure(int n) throws IOException, Rejected {
            while (lim - pos < n) {
                if (!fill()) {
                    throw truncated();
                }
            }
            return true;
        }

        /**
         * Reads more of the body after what is unread; false at its end. Never reads past {@code maxTotalBytes} but
         * for one byte, which proves the body is longer than allowed.
         */
        private boolean fill() throws IOException, Rejected {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, lim - pos);
                lim -= pos;
                pos = 0;
            }
            long allowance = limits.maxTotalBytes() - consumed;
            if (allowance <= 0) {
                if (in.read() < 0) {
                    return false;
                }
                throw new Rejected(Rejected.Code.TOO_LARGE, "maxTotalBytes", limits.maxTotalBytes(), null,
                        "上传内容超过总大小上限 " + Sizes.zh(limits.maxTotalBytes()),
                        "the upload is over the limit of " + Sizes.en(limits.maxTotalBytes()) + " in all (maxTotalBytes)");
            }
            int n = in.read(buf, lim, (int) Math.min(buf.length - lim, allowance));
            if (n < 0) {
                return false;
            }
            lim += n;
            consumed += n;
            return true;
        }

        private static Rejected truncated() {
            return Rejected.malformed("数据在结束分隔行之前中断（上传不完整）",
                    "the body ends before its closing boundary (incomplete upload)");
        }
    }

    private static final byte[] CRLF_CRLF = {'\r', '\n', '\r', '\n'};

    /** The first index of {@code needle} in {@code b[from, to)}, or -1. */
    static int indexOf(byte[] b, int from, int to, byte[] needle) {
        byte first = needle[0];
        int last = to - needle.length;
        outer:
        for (int i = from; i <= last; i++) {
            if (b[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Sizes in words, for the messages: "50 MB", "64 KB", "100 字节". */
    static final class Sizes {
        private Sizes() {
        }

        static String zh(long bytes) {
            return words(bytes, " 字节");
        }

        static String en(long bytes) {
            return words(bytes, " bytes");
        }

        private static String words(long bytes, String unit) {
            if (bytes >= 1024 * 1024) {
                return decimal(bytes / (1024.0 * 1024)) + " MB";
            }
            if (bytes >= 1024) {
                return decimal(bytes / 1024.0) + " KB";
            }
            return bytes + unit;
        }

        private static String decimal(double d) {
            String s = String.format(Locale.ROOT, "%.1f", d);
            return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        }
    }
}
