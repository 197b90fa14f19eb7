package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.model.Lang;
import org.nianbao.parse.FormatSniffer;
import org.nianbao.parse.InputFormat;
import org.nianbao.run.ZipArchive.Limits;
import org.nianbao.testing.Deadline;
import org.nianbao.web.UploadIntake.Expansion;
import org.nianbao.web.UploadIntake.Upload;

class UploadIntakeTest {
    static final Limits ROOMY = new Limits(100, 10 << 20, 50 << 20);
    static final byte[] DOCX_BODY = "docx bytes".getBytes(StandardCharsets.US_ASCII);
    static final byte[] JSON_BODY = "{\"title\":\"年报\"}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;
    /** Where the upload's parts are, as the Form left them. */
    Path uploads;
    /** Where the intake unzips to. */
    Path unzipped;

    @BeforeEach
    void dirs() throws IOException {
        uploads = Files.createDirectory(root.resolve("uploads"));
        unzipped = Files.createDirectory(root.resolve("unzipped"));
    }

    /** An .odt is a zip too: it is a report to check, not an archive to expand. */
    @Test
    void anOpenDocumentTextPassesThroughAsOneFile() throws Exception {
        byte[] odt = Files.readAllBytes(Path.of("src/test/resources/documents/odt/seed-soffice.odt"));
        try (Expansion e = UploadIntake.expand(List.of(part("年报.odt", odt)), ROOMY, unzipped)) {
            assertThat(e.uploads()).extracting(Upload::displayName).containsExactly("年报.odt");
        }
        assertThat(unzipped).isEmptyDirectory();
    }

    @Test
    void aZipOfReportsIsExpandedSkippingFoldersAndMacFiles() throws Exception {
        byte[] zip = zip(StandardCharsets.UTF_8,
                entry("2023/", null),
                entry("2023/甲局.docx", DOCX_BODY),
                entry("__MACOSX/2023/._甲局.docx", "resource fork".getBytes(StandardCharsets.US_ASCII)),
                entry("2023/.DS_Store", "ds".getBytes(StandardCharsets.US_ASCII)),
                entry(".hidden/x.json", JSON_BODY),
                entry("2023/乙局.json", JSON_BODY));
        Upload part = part("年报.zip", zip);
        try (Expansion e = UploadIntake.expand(List.of(part), ROOMY, unzipped)) {
            assertThat(e.uploads()).extracting(Upload::displayName, Upload::size).containsExactly(
                    tuple("年报.zip/2023/甲局.docx", (long) DOCX_BODY.length),
                    tuple("年报.zip/2023/乙局.json", (long) JSON_BODY.length));
            assertThat(Files.readAllBytes(e.uploads().get(0).file())).isEqualTo(DOCX_BODY);
            assertThat(Files.readAllBytes(e.uploads().get(1).file())).isEqualTo(JSON_BODY);
            assertThat(e.uploads()).allSatisfy(u -> assertThat(u.file().getParent()).isEqualTo(unzipped));
        }
        assertThat(unzipped).isEmptyDirectory();
        assertThat(part.file()).as("the archive is the upload's to delete").exists();
    }

    /** Windows on a Chinese system writes GBK names without the UTF-8 flag. */
    @Test
    void gbkEntryNamesAreReadAsGbk() throws Exception {
        Charset gbk = Charset.forName("GBK");
        byte[] zip = zip(gbk, entry("北京市/2023年政府信息公开工作年度报告.docx", DOCX_BODY));
        assertThat(new String(zip, StandardCharsets.ISO_8859_1)).doesNotContain("北京市");
        try (Expansion e = expand(part("报告.zip", zip))) {
            assertThat(e.uploads()).extracting(Upload::displayName)
                    .containsExactly("报告.zip/北京市/2023年政府信息公开工作年度报告.docx");
        }
    }

    @Test
    void utf8EntryNamesAreReadAsUtf8WithOrWithoutTheFlag() throws Exception {
        byte[] flagged = zip(StandardCharsets.UTF_8, entry("上海市/报告.json", JSON_BODY));
        byte[] unflagged = clearUtf8Flags(flagged.clone()); // as macOS's Archive Utility writes them
        assertThat(unflagged).isNotEqualTo(flagged);
        try (Expansion e = UploadIntake.expand(List.of(part("a.zip", flagged), part("b.zip", unflagged)), ROOMY,
                unzipped)) {
            assertThat(e.uploads()).extracting(Upload::displayName)
                    .containsExactly("a.zip/上海市/报告.json", "b.zip/上海市/报告.json");
        }
    }

    @Test
    void aZipBombIsStoppedAtTheLimitAndLeavesNothing() throws Exception {
        byte[] bomb = zip(StandardCharsets.UTF_8, entry("ok.json", JSON_BODY), entry("bomb.docx", new byte[200 << 20]));
        assertThat(bomb.length).isLessThan(1 << 20);
        Upload part = part("bomb.zip", bomb);
        Limits limits = new Limits(100, 1 << 20, 1L << 40);
        Uploads.Refused r = Deadline.within(Duration.ofSeconds(20), () -> catchThrowableOfType(Uploads.Refused.class,
                () -> UploadIntake.expand(List.of(part), limits, unzipped)));
        assertThat(r.code()).isEqualTo("TOO_LARGE");
        assertThat(r.message(Lang.ZH)).contains("bomb.zip");
        assertThat(r.message(Lang.ZH)).contains("bomb.zip/bomb.docx", "1 MB");
        assertThat(unzipped).isEmptyDirectory();
    }

    /** The sizes in the central directory are a claim: only the bytes actually inflated count. */
    @Test
    void aBombThatLiesAboutItsSizeIsStoppedByCounting() throws Exception {
        byte[] bomb = zip(StandardCharsets.UTF_8, entry("bomb.docx", new byte[50 << 20]));
        setCentralSizes(bomb, 1000);
        Limits limits = new Limits(100, 1 << 20, 1L << 40);
        Uploads.Refused r = catchThrowableOfType(Uploads.Refused.class,
                () -> UploadIntake.expand(List.of(part("liar.zip", bomb)), limits, unzipped));
        assertThat(unzipped).isEmptyDirectory();
        Uploads.Refused total = catchThrowableOfType(Uploads.Refused.class, () -> UploadIntake.expand(
                List.of(part("liar.zip", bomb)), new Limits(100, 1L << 40, 2 << 20), unzipped));
        assertThat(unzipped).isEmptyDirectory();
    }

    @Test
    void theUnzippedTotalCountsOverAllArchives() throws Exception {
        byte[] zip = zip(StandardCharsets.UTF_8, entry("a.json", new byte[600_000]));
        Uploads.Refused r = catchThrowableOfType(Uploads.Refused.class, () -> UploadIntake.expand(
                List.of(part("one.zip", zip), part("two.zip", zip)), new Limits(100, 1 << 20, 1 << 20), unzipped));
        assertThat(r.code()).isEqualTo("TOO_LARGE");
        assertThat(r.message(Lang.ZH)).contains("two.zip");
        assertThat(r.message(Lang.EN)).contains("two.zip", "1 MB", "in all");
        assertThat(unzipped).isEmptyDirectory();
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        ZipEntrySpec[] entries = new ZipEntrySpec[6];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = entry("r" + i + ".json", JSON_BODY);
        }
        Uploads.Refused r = catchThrowableOfType(Uploads.Refused.class, () -> UploadIntake.expand(
                List.of(part("many.zip", zip(StandardCharsets.UTF_8, entries))), new Limits(5, 1 << 20, 1 << 20),
                unzipped));
        assertThat(r.code()).isEqualTo("TOO_MANY_FILES");
        assertThat(r.message(Lang.ZH)).contains("5 个");
        assertThat(r.message(Lang.ZH)).contains("many.zip");
        assertThat(unzipped).isEmptyDirectory();
    }

    @Test
    void zipSlipNamesAreOnlyShownAndNeverUsedAsPaths() throws Exception {
        byte[] zip = zip(StandardCharsets.UTF_8,
                entry("../../x.json", JSON_BODY),
                entry("/etc/cron.d/y.json", JSON_BODY),
                entry("..\\..\\windows\\z.json", JSON_BODY),
                entry("a/./b/../c.json", JSON_BODY),
                entry("..", JSON_BODY));
        try (Expansion e = expand(part("slip.zip", zip))) {
            assertThat(e.uploads()).extracting(Upload::displayName).containsExactly(
                    "slip.zip/x.json", "slip.zip/etc/cron.d/y.json", "slip.zip/windows/z.json", "slip.zip/a/b/c.json",
                    "slip.zip/unnamed");
            assertThat(e.uploads()).allSatisfy(u -> {
                assertThat(u.file().getParent()).isEqualTo(unzipped);
                assertThat(u.file().getFileName().toString()).startsWith("unzipped-").doesNotContain("x.json");
            });
            try (var all = Files.walk(root)) {
                assertThat(all.filter(p -> p.getFileName().toString().endsWith(".json"))).isEmpty();
            }
        }
        assertThat(root.getParent().resolve("x.json")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"report2021-soffice.docx", "report2021-pandoc.docx"})
    void aDocxPassesThroughUntouched(String name) throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("src/test/resources/documents/docx", name));
        assertThat(FormatSniffer.detect(seed)).isEqualTo(InputFormat.DOCX);
        Upload part = part("seed.docx", seed);
        try (Expansion e = expand(part)) {
            assertThat(e.uploads()).containsExactly(new Upload("seed.docx", part.file(), seed.length));
        }
        assertThat(part.file()).exists();
        assertThat(unzipped).isEmptyDirectory();
    }

    /**
     * FormatSniffer finds a zip's directory at the end of the content: given only the first kilobytes it takes any
     * zip for a docx. An archive far larger than any head probe must still be expanded.
     */
    @Test
    void aLargeArchiveIsExpandedNotMistakenForADocx() throws Exception {
        byte[] zip = zip(StandardCharsets.UTF_8, entry("big.pdf", bytes(3 << 20, 1)),
                entry("r.json", JSON_BODY));
        assertThat(FormatSniffer.detect(java.util.Arrays.copyOf(zip, 64 * 1024))).isEqualTo(InputFormat.DOCX);
        assertThat(FormatSniffer.detect(zip)).isEqualTo(InputFormat.UNKNOWN);
        try (Expansion e = expand(part("big.zip", zip))) {
            assertThat(e.uploads()).extracting(Upload::displayName).containsExactly("big.zip/big.pdf", "big.zip/r.json");
        }
    }

    /** A zip whose directory names a Word body is what the checker reads as a docx, whatever it is called. */
    @Test
    void aDocxNamedZipIsStillADocx() throws Exception {
        byte[] docxLike = zip(StandardCharsets.UTF_8, entry("[Content_Types].xml", DOCX_BODY),
                entry("word/document.xml", DOCX_BODY));
        try (Expansion e = expand(part("report.zip", docxLike))) {
            assertThat(e.uploads()).extracting(Upload::displayName).containsExactly("report.zip");
        }
    }

    @Test
    void everythingElsePassesThroughInOrder() throws Exception {
        Upload pdf = part("a.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII));
        Upload empty = part("empty.docx", new byte[0]);
        Upload text = part("notes.txt", "hello".getBytes(StandardCharsets.US_ASCII));
        Upload pk = part("PK.doc", "PK".getBytes(StandardCharsets.US_ASCII));
        Upload broken = part("broken.zip", java.util.Arrays.copyOf(zip(StandardCharsets.UTF_8,
                entry("a.json", JSON_BODY)), 40)); // starts as a zip, has no directory
        Upload emptyZip = part("nothing.zip", zip(StandardCharsets.UTF_8, entry("__MACOSX/._x", JSON_BODY)));
        try (Expansion e = UploadIntake.expand(List.of(pdf, empty, text, pk, broken, emptyZip), ROOMY, unzipped)) {
            assertThat(e.uploads()).extracting(Upload::displayName, Upload::file).containsExactly(
                    tuple("a.pdf", pdf.file()), tuple("empty.docx", empty.file()),
                    tuple("notes.txt", text.file()), tuple("PK.doc", pk.file()),
                    tuple("broken.zip", broken.file()), tuple("nothing.zip", emptyZip.file()));
        }
        assertThat(unzipped).isEmptyDirectory();
    }

    @Test
    void nestedZipsAreKeptAsFiles() throws Exception {
        byte[] inner = zip(StandardCharsets.UTF_8, entry("deep.json", JSON_BODY));
        byte[] outer = zip(StandardCharsets.UTF_8, entry("inner.zip", inner), entry("top.json", JSON_BODY));
        try (Expansion e = expand(part("outer.zip", outer))) {
            assertThat(e.uploads()).extracting(Upload::displayName).containsExactly("outer.zip/inner.zip",
                    "outer.zip/top.json");
            assertThat(Files.readAllBytes(e.uploads().get(0).file())).isEqualTo(inner);
        }
    }

    @Test
    void anEntryThatCannotBeInflatedIsMalformedAndLeavesNothing() throws Exception {
        byte[] zip = zip(StandardCharsets.UTF_8, entry("good.json", JSON_BODY),
                entry("bad.json", bytes(5000, 3)));
        // spoil the deflated data of the second entry, past its local header
        int local = lastIndexOf(zip, new byte[] {'P', 'K', 3, 4});
        for (int i = local + 30 + "bad.json".length(); i < local + 30 + 8 + 200; i++) {
            zip[i] = (byte) 0xFF;
        }
        Uploads.Refused r = catchThrowableOfType(Uploads.Refused.class, () -> expand(part("spoilt.zip", zip)));
        assertThat(r.code()).isEqualTo("MALFORMED");
        assertThat(r.message(Lang.ZH)).contains("spoilt.zip");
        assertThat(r.message(Lang.ZH)).contains("spoilt.zip/bad.json");
        assertThat(unzipped).isEmptyDirectory();
    }

    @Test
    void longAndControlCharacterEntryNamesAreCleaned() throws Exception {
        byte[] zip = zip(StandardCharsets.UTF_8, entry("dir\u0007/" + "名".repeat(300) + ".docx", DOCX_BODY),
                entry("evil\u202Excod.exe", DOCX_BODY));
        try (Expansion e = expand(part("n.zip", zip))) {
            String first = e.uploads().get(0).displayName();
            assertThat(first).startsWith("n.zip/dir/名名").endsWith("….docx");
            assertThat(first.length()).isEqualTo("n.zip/".length() + 200);
            assertThat(e.uploads().get(1).displayName()).isEqualTo("n.zip/evilxcod.exe");
        }
    }

    // --- helpers

    private Expansion expand(Upload part) throws Exception {
        return UploadIntake.expand(List.of(part), ROOMY, unzipped);
    }

    private Upload part(String name, byte[] content) throws IOException {
        Path file = Files.createTempFile(uploads, "upload-", ".part");
        Files.write(file, content);
        return new Upload(name, file, content.length);
    }

    static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        new java.util.Random(seed).nextBytes(b);
        return b;
    }

    record ZipEntrySpec(String name, byte[] data) {
    }

    static ZipEntrySpec entry(String name, byte[] data) {
        return new ZipEntrySpec(name, data);
    }

    static byte[] zip(Charset names, ZipEntrySpec... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, names)) {
            for (ZipEntrySpec e : entries) {
                out.putNextEntry(new ZipEntry(e.name()));
                if (e.data() != null) {
                    out.write(e.data());
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Clears bit 11 (names are UTF-8) in every local and central header. */
    private static byte[] clearUtf8Flags(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 4 <= zip.length; i++) {
            int sig = b.getInt(i);
            int flagAt = sig == 0x04034b50 ? i + 6 : sig == 0x02014b50 ? i + 8 : -1;
            if (flagAt >= 0) {
                b.putShort(flagAt, (short) (b.getShort(flagAt) & ~0x0800));
            }
        }
        return zip;
    }

    /** Sets every central directory entry's uncompressed size to {@code size} (the local ones use a descriptor). */
    private static void setCentralSizes(byte[] zip, int size) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = lastIndexOf(zip, new byte[] {'P', 'K', 5, 6});
        int at = b.getInt(eocd + 16);
        for (int n = b.getShort(eocd + 10); n > 0; n--) {
            assertThat(b.getInt(at)).isEqualTo(0x02014b50);
            b.putInt(at + 24, size);
            at += 46 + b.getShort(at + 28) + b.getShort(at + 30) + b.getShort(at + 32);
        }
    }

    private static int lastIndexOf(byte[] b, byte[] needle) {
        for (int i = b.length - needle.length; i >= 0; i--) {
            if (java.util.Arrays.equals(b, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
