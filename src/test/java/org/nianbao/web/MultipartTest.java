package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.model.Lang;
import org.nianbao.web.Multipart.Form;
import org.nianbao.web.Multipart.Limits;
import org.nianbao.web.Multipart.Part;
import org.nianbao.web.Multipart.Rejected;

class MultipartTest {
    static final String BOUNDARY = "----WebKitFormBoundaryqJ3bZ8nF2xT0aLpE";
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final Limits ROOMY = new Limits(10 << 20, 20, 100 << 20, 64 * 1024);

    @TempDir
    Path temp;

    /** What Chromium sends for the upload form: the csrf field, two files, a Chinese file name. */
    @Test
    void readsAChromiumBodyByteForByte() throws Exception {
        String body = "------WebKitFormBoundaryqJ3bZ8nF2xT0aLpE\r\n"
                + "Content-Disposition: form-data; name=\"csrf\"\r\n"
                + "\r\n"
                + "9f8e7d6c5b4a\r\n"
                + "------WebKitFormBoundaryqJ3bZ8nF2xT0aLpE\r\n"
                + "Content-Disposition: form-data; name=\"files\"; filename=\"2023年度报告.docx\"\r\n"
                + "Content-Type: " + DOCX + "\r\n"
                + "\r\n"
                + "PK\u0003\u0004 not really a docx\r\n"
                + "------WebKitFormBoundaryqJ3bZ8nF2xT0aLpE\r\n"
                + "Content-Disposition: form-data; name=\"files\"; filename=\"report.json\"\r\n"
                + "Content-Type: application/json\r\n"
                + "\r\n"
                + "{\"title\": \"年报\"}\n\r\n"
                + "------WebKitFormBoundaryqJ3bZ8nF2xT0aLpE--\r\n";
        try (Form form = parse(body.getBytes(StandardCharsets.UTF_8))) {
            assertThat(form.field("csrf")).contains("9f8e7d6c5b4a");
            assertThat(form.fields()).containsOnlyKeys("csrf");
            assertThat(form.files()).extracting(Part::fieldName, Part::clientFileName, Part::size)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("files", "2023年度报告.docx", 22L),
                            org.assertj.core.groups.Tuple.tuple("files", "report.json",
                                    (long) "{\"title\": \"年报\"}\n".getBytes(StandardCharsets.UTF_8).length));
            assertThat(content(form.files().get(0))).isEqualTo("PK\u0003\u0004 not really a docx");
            assertThat(content(form.files().get(1))).isEqualTo("{\"title\": \"年报\"}\n");
            for (Part p : form.files()) {
                assertThat(p.tempFile().getParent()).isEqualTo(temp);
            }
        }
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void severalFilesAndFieldsInOrder() throws Exception {
        byte[] body = new Body().field("csrf", "t").field("note", "第一行\r\n第二行").file("files", "a.pdf", bytes(3000, 1))
                .field("note", "again").file("files", "b.doc", bytes(70_000, 2)).file("other", "c.html", bytes(5, 3))
                .end();
        try (Form form = parse(body)) {
            assertThat(form.fields().get("note")).containsExactly("第一行\r\n第二行", "again");
            assertThat(form.files()).extracting(Part::clientFileName).containsExactly("a.pdf", "b.doc", "c.html");
            assertThat(form.files()).extracting(Part::fieldName).containsExactly("files", "files", "other");
            assertThat(Files.readAllBytes(form.files().get(1).tempFile())).isEqualTo(bytes(70_000, 2));
        }
    }

    /** Bytes that look like the boundary, CRs and LFs, every byte value: all kept exactly. */
    @Test
    void fileContentIsBinarySafe() throws Exception {
        byte[] tricky = tricky();
        byte[] body = new Body().file("files", "x.bin", tricky).file("files", "cr.bin", "ends in CR\r".getBytes(
                StandardCharsets.US_ASCII)).file("files", "crlf.bin", "\r\n".getBytes(StandardCharsets.US_ASCII))
                .end();
        try (Form form = parse(body)) {
            assertThat(Files.readAllBytes(form.files().get(0).tempFile())).isEqualTo(tricky);
            assertThat(content(form.files().get(1))).isEqualTo("ends in CR\r");
            assertThat(content(form.files().get(2))).isEqualTo("\r\n");
        }
    }

    @Test
    void oneByteAtATimeGivesTheSameForm() throws Exception {
        byte[] body = new Body().field("csrf", "abc").file("files", "x.bin", tricky()).file("files", "报告.pdf",
                bytes(200_000, 9)).end();
        assertSameAsWhole(body, new Chunked(new ByteArrayInputStream(body), new int[] {1}));
    }

    @Test
    void oddChunkSizesSplitTheBoundaryAnywhere() throws Exception {
        byte[] body = new Body().field("csrf", "abc").file("files", "x.bin", tricky()).file("files", "报告.pdf",
                bytes(200_000, 9)).field("z", "").end();
        assertSameAsWhole(body, new Chunked(new ByteArrayInputStream(body), new int[] {7, 13, 1, 4093, 2, 65_537}));
        Random random = new Random(42);
        for (int run = 0; run < 30; run++) {
            int[] sizes = random.ints(16, 1, 1 + random.nextInt(300)).toArray();
            assertSameAsWhole(body, new Chunked(new ByteArrayInputStream(body), sizes));
        }
    }

    /** Every cut before the closing delimiter is an incomplete upload, and leaves no temp file. */
    @Test
    void aTruncatedBodyIsMalformedWhereverItIsCut() throws Exception {
        byte[] body = new Body().field("csrf", "abc").file("files", "a.docx", bytes(300, 5)).end();
        int complete = body.length - 2; // the final CRLF after "--" is epilogue, never needed
        for (int cut = 0; cut < complete; cut++) {
            byte[] prefix = java.util.Arrays.copyOf(body, cut);
            Rejected r = rejected(prefix, CONTENT_TYPE, ROOMY);
            assertThat(r.code()).as("cut at %d", cut).isEqualTo(Rejected.Code.MALFORMED);
            assertThat(temp).isEmptyDirectory();
        }
        try (Form form = parse(java.util.Arrays.copyOf(body, complete))) {
            assertThat(form.files()).hasSize(1);
        }
    }

    @Test
    void aFileOverTheLimitIsRejectedAtOnceAndNothingIsLeft() throws Exception {
        byte[] body = new Body().file("files", "small.docx", bytes(1000, 1)).file("files", "巨大.pdf",
                bytes(8 << 20, 2)).end();
        Counting in = new Counting(new ByteArrayInputStream(body));
        Limits limits = new Limits(1 << 20, 20, 100 << 20, 1024);
        Rejected r = catchThrowableOfType(Rejected.class, () -> Multipart.parse(in, CONTENT_TYPE, limits, temp));
        assertThat(r.code()).isEqualTo(Rejected.Code.TOO_LARGE);
        assertThat(r.code().httpStatus()).isEqualTo(413);
        assertThat(r.limit()).isEqualTo("maxFileBytes");
        assertThat(r.limitValue()).isEqualTo(1 << 20);
        assertThat(r.subject()).isEqualTo("巨大.pdf");
        assertThat(r.message(Lang.ZH)).contains("巨大.pdf", "1 MB");
        assertThat(r.message(Lang.EN)).contains("巨大.pdf", "1 MB", "maxFileBytes");
        assertThat(in.count).as("stopped reading soon after the limit").isLessThan((1 << 20) + 3 * 65_536);
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void aFileOfExactlyTheLimitIsAccepted() throws Exception {
        byte[] body = new Body().file("files", "a.pdf", bytes(4096, 1)).end();
        try (Form form = Multipart.parse(new ByteArrayInputStream(body), CONTENT_TYPE,
                new Limits(4096, 1, body.length, 0), temp)) {
            assertThat(form.files().get(0).size()).isEqualTo(4096);
        }
    }

    @Test
    void theWholeBodyIsCapped() throws Exception {
        byte[] body = new Body().field("csrf", "x").file("files", "a.pdf", bytes(5000, 1)).file("files", "b.pdf",
                bytes(5000, 2)).end();
        int complete = body.length - 2;
        try (Form form = Multipart.parse(new ByteArrayInputStream(body), CONTENT_TYPE,
                new Limits(10_000, 5, complete, 100), temp)) {
            assertThat(form.files()).hasSize(2);
        }
        Rejected r = rejected(body, CONTENT_TYPE, new Limits(10_000, 5, complete - 1, 100));
        assertThat(r.code()).isEqualTo(Rejected.Code.TOO_LARGE);
        assertThat(r.limit()).isEqualTo("maxTotalBytes");
        assertThat(r.subject()).isNull();
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void tooManyFilesStopsBeforeTheExtraFileIsRead() throws Exception {
        Body b = new Body().field("csrf", "x");
        for (int i = 1; i <= 4; i++) {
            b.file("files", "r" + i + ".docx", bytes(100, i));
        }
        byte[] body = b.file("files", "big.pdf", bytes(4 << 20, 9)).end();
        Counting in = new Counting(new ByteArrayInputStream(body));
        Rejected r = catchThrowableOfType(Rejected.class,
                () -> Multipart.parse(in, CONTENT_TYPE, new Limits(10 << 20, 3, 100 << 20, 100), temp));
        assertThat(r.code()).isEqualTo(Rejected.Code.TOO_MANY_FILES);
        assertThat(r.limit()).isEqualTo("maxFiles");
        assertThat(r.limitValue()).isEqualTo(3);
        assertThat(r.subject()).isEqualTo("r4.docx");
        assertThat(r.message(Lang.ZH)).contains("3 个文件");
        assertThat(in.count).isLessThan(70_000);
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void textFieldsAreCappedTogether() throws Exception {
        byte[] body = new Body().field("csrf", "x".repeat(60)).field("note", "y".repeat(60)).end();
        Rejected r = rejected(body, CONTENT_TYPE, new Limits(10, 1, 10_000, 100));
        assertThat(r.code()).isEqualTo(Rejected.Code.TOO_LARGE);
        assertThat(r.limit()).isEqualTo("maxFieldBytes");
        assertThat(r.subject()).isEqualTo("note");
    }

    /** Browsers send filename="" and no bytes for a file input with nothing chosen. */
    @Test
    void anEmptyFileInputIsSkippedButAnEmptyNamedFileIsKept() throws Exception {
        String body = "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"files\"; filename=\"\"\r\n"
                + "Content-Type: application/octet-stream\r\n"
                + "\r\n"
                + "\r\n"
                + "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"csrf\"\r\n"
                + "\r\n"
                + "t\r\n"
                + "--" + BOUNDARY + "--\r\n";
        try (Form form = parse(body.getBytes(StandardCharsets.UTF_8))) {
            assertThat(form.files()).isEmpty();
            assertThat(form.field("csrf")).contains("t");
        }
        assertThat(temp).isEmptyDirectory();
        byte[] empty = new Body().file("files", "empty.docx", new byte[0]).file("files", "", bytes(10, 1)).end();
        try (Form form = parse(empty)) {
            assertThat(form.files()).extracting(Part::clientFileName, Part::size).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("empty.docx", 0L),
                    org.assertj.core.groups.Tuple.tuple("unnamed", 10L));
            assertThat(form.files().get(0).tempFile()).exists().isEmptyFile();
        }
    }

    /** The name as sent in the header (its quoted string, as the bytes appear) and what is shown. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "C:\\Users\\x\\报告.docx|报告.docx",
        "C:\\\\Users\\\\x\\\\报告.docx|报告.docx",
        "../../etc/passwd|passwd",
        "..\\..\\windows\\win.ini|win.ini",
        "/var/tmp/a b.pdf|a b.pdf",
        "a\\\"quoted\\\" name.docx|a\"quoted\" name.docx",
        "back\\\\slash.doc|slash.doc",
        "..|unnamed",
        "dir/..|dir",
        "'  spaced  .html'|spaced  .html",
        "report\u202Excod.exe|reportxcod.exe",
        "tab\there.json|tabhere.json",
        "zero\u200Bwidth.pdf|zerowidth.pdf",
        "%22percent%22.docx|%22percent%22.docx",
    })
    void clientFileNamesAreShownWithoutAnyPath(String sent, String shown) throws Exception {
        String body = "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"files\"; filename=\"" + sent + "\"\r\n"
                + "\r\n"
                + "x\r\n"
                + "--" + BOUNDARY + "--";
        try (Form form = parse(body.getBytes(StandardCharsets.UTF_8))) {
            assertThat(form.files()).extracting(Part::clientFileName).containsExactly(shown);
        }
    }

    @Test
    void longNamesAreCappedKeepingTheExtension() throws Exception {
        String name = "年".repeat(300) + ".docx";
        try (Form form = parse(new Body().file("files", name, bytes(1, 1)).end())) {
            String shown = form.files().get(0).clientFileName();
            assertThat(shown.codePointCount(0, shown.length())).isEqualTo(200);
            assertThat(shown).startsWith("年年年").endsWith("….docx");
        }
        String astral = "\uD840\uDC0B".repeat(250); // a CJK Extension B character, two chars each
        try (Form form = parse(new Body().file("files", astral, bytes(1, 1)).end())) {
            String shown = form.files().get(0).clientFileName();
            assertThat(shown.codePointCount(0, shown.length())).isEqualTo(200);
            assertThat(shown.chars().filter(c -> Character.isSurrogate((char) c))).hasSize(2 * 199);
        }
    }

    @Test
    void theContentTypeHeaderIsReadLeniently() throws Exception {
        String quoted = "weird:boundary=with spaces";
        byte[] body = ("--" + quoted + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--" + quoted
                + "--").getBytes(StandardCharsets.US_ASCII);
        try (Form form = Multipart.parse(new ByteArrayInputStream(body),
                "Multipart/Form-Data; charset=UTF-8; BOUNDARY=\"" + quoted + "\"", ROOMY, temp)) {
            assertThat(form.field("a")).contains("1");
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", delimiter = '|', value = {
        "NULL|NOT_MULTIPART",
        "application/x-www-form-urlencoded|NOT_MULTIPART",
        "multipart/mixed; boundary=abc|NOT_MULTIPART",
        "multipart/form-data|MALFORMED",
        "multipart/form-data; boundary=|MALFORMED",
        "multipart/form-data; boundary=\"\"|MALFORMED",
    })
    void aRequestThatIsNotAMultipartFormIsRefused(String contentType, Rejected.Code code) {
        Rejected r = rejected(new Body().field("a", "b").end(), contentType, ROOMY);
        assertThat(r.code()).isEqualTo(code);
        assertThat(r.limit()).isNull();
        assertThat(r.message(Lang.ZH)).isNotBlank();
    }

    @Test
    void aBoundaryOver70CharactersIsRefused() {
        Rejected r = rejected(new byte[0], "multipart/form-data; boundary=" + "b".repeat(71), ROOMY);
        assertThat(r.code()).isEqualTo(Rejected.Code.MALFORMED);
    }

    /** RFC 2046: a preamble before the first boundary and padding after a boundary are allowed, and ignored. */
    @Test
    void preambleAndTransportPaddingAreIgnoredAndTheEpilogueIsNotRead() throws Exception {
        String body = "This is the preamble.\r\n--" + BOUNDARY + " \t \r\n"
                + "content-disposition: FORM-DATA; NAME=csrf\r\n\r\nv\r\n--" + BOUNDARY + "--\r\nthe epilogue";
        ByteArrayInputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII));
        try (Form form = Multipart.parse(new Chunked(in, new int[] {1}), CONTENT_TYPE, ROOMY, temp)) {
            assertThat(form.field("csrf")).contains("v");
        }
        assertThat(in.available()).isEqualTo("\r\nthe epilogue".length());
    }

    @Test
    void anEmptyFormIsAForm() throws Exception {
        try (Form form = parse(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII))) {
            assertThat(form.fields()).isEmpty();
            assertThat(form.files()).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Content-Type: text/plain",
        "Content-Disposition: attachment; name=\"a\"",
        "Content-Disposition: form-data; filename=\"a.docx\"",
        "no colon here",
    })
    void aPartWithoutAFormDataNameIsMalformed(String header) throws Exception {
        byte[] body = ("--" + BOUNDARY + "\r\n" + header + "\r\n\r\nx\r\n--" + BOUNDARY + "--")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(rejected(body, CONTENT_TYPE, ROOMY).code()).isEqualTo(Rejected.Code.MALFORMED);
    }

    @Test
    void aBoundaryLineWithJunkAfterItIsMalformed() throws Exception {
        byte[] body = ("--" + BOUNDARY + "junk\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--"
                + BOUNDARY + "--").getBytes(StandardCharsets.UTF_8);
        assertThat(rejected(body, CONTENT_TYPE, ROOMY).code()).isEqualTo(Rejected.Code.MALFORMED);
    }

    @Test
    void headersOver16KiBAreMalformedAndLeaveNothing() throws Exception {
        byte[] body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.pdf\"\r\n"
                + "X-Padding: " + "p".repeat(20_000) + "\r\n\r\nx\r\n--" + BOUNDARY + "--")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(rejected(body, CONTENT_TYPE, ROOMY).code()).isEqualTo(Rejected.Code.MALFORMED);
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void aRejectionAfterSomeFilesDeletesThemAll() throws Exception {
        byte[] body = new Body().file("files", "a.pdf", bytes(1000, 1)).file("files", "b.pdf", bytes(1000, 2))
                .file("files", "c.pdf", bytes(1000, 3)).end();
        byte[] cut = java.util.Arrays.copyOf(body, body.length - 600);
        assertThat(rejected(cut, CONTENT_TYPE, ROOMY).code()).isEqualTo(Rejected.Code.MALFORMED);
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void parametersUnescapeOnlyQuotesAndBackslashes() {
        assertThat(Multipart.parameters("form-data; name=\"a;b\"; filename=\"x\\\"y\\\\z\\w\"; extra"))
                .containsEntry("", "form-data").containsEntry("name", "a;b").containsEntry("filename", "x\"y\\z\\w")
                .containsEntry("extra", "");
        assertThat(Multipart.parameters("form-data; name=\"first\"; NAME=\"second\"")).containsEntry("name",
                "first");
        assertThat(Multipart.parameters("form-data; filename=\"unterminated")).containsEntry("filename",
                "unterminated");
    }

    // --- helpers

    private Form parse(byte[] body) throws Exception {
        return Multipart.parse(new ByteArrayInputStream(body), CONTENT_TYPE, ROOMY, temp);
    }

    private Rejected rejected(byte[] body, String contentType, Limits limits) {
        return catchThrowableOfType(Rejected.class,
                () -> Multipart.parse(new ByteArrayInputStream(body), contentType, limits, temp).close());
    }

    private void assertSameAsWhole(byte[] body, InputStream chunked) throws Exception {
        Path a = Files.createDirectory(temp.resolve("whole" + System.nanoTime()));
        Path b = Files.createDirectory(temp.resolve("chunked" + System.nanoTime()));
        try (Form whole = Multipart.parse(new ByteArrayInputStream(body), CONTENT_TYPE, ROOMY, a);
                Form split = Multipart.parse(chunked, CONTENT_TYPE, ROOMY, b)) {
            assertThat(split.fields()).isEqualTo(whole.fields());
            assertThat(split.files()).hasSameSizeAs(whole.files());
            for (int i = 0; i < whole.files().size(); i++) {
                Part w = whole.files().get(i);
                Part s = split.files().get(i);
                assertThat(s.clientFileName()).isEqualTo(w.clientFileName());
                assertThat(s.size()).isEqualTo(w.size());
                assertThat(Files.readAllBytes(s.tempFile())).isEqualTo(Files.readAllBytes(w.tempFile()));
            }
        }
    }

    private static String content(Part p) throws IOException {
        return Files.readString(p.tempFile(), StandardCharsets.UTF_8);
    }

    static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Everything a parser could confuse with a delimiter, short of the real one (which a sender never sends). */
    static byte[] tricky() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String almost = "\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1);
        out.write(almost.getBytes(StandardCharsets.US_ASCII));
        out.write("\r\n--".getBytes(StandardCharsets.US_ASCII));
        out.write(("--" + BOUNDARY + "\r\n").getBytes(StandardCharsets.US_ASCII)); // no CRLF before: not a delimiter
        out.write("\r\n\r\n\r\r\n\n\r".getBytes(StandardCharsets.US_ASCII));
        out.write(("\r\n--" + BOUNDARY.replace('q', 'Q')).getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 256; i++) {
            out.write(i);
        }
        out.write(bytes(10_000, 7));
        out.write(almost.getBytes(StandardCharsets.US_ASCII)); // right before the real delimiter
        return out.toByteArray();
    }

    /** A body as Chromium lays it out. */
    static final class Body {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Body field(String name, String value) {
            write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                    + "\r\n");
            return this;
        }

        Body file(String name, String fileName, byte[] content) {
            write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
            return this;
        }

        byte[] end() {
            write("--" + BOUNDARY + "--\r\n");
            return out.toByteArray();
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Hands out at most the next of {@code sizes} bytes per read, cycling, as a slow network would. */
    static final class Chunked extends FilterInputStream {
        private final int[] sizes;
        private int next;

        Chunked(InputStream in, int[] sizes) {
            super(in);
            this.sizes = sizes;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = Math.min(len, sizes[next++ % sizes.length]);
            return super.read(b, off, n);
        }
    }

    static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
