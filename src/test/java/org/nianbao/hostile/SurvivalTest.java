package org.nianbao.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.parse.ReadLimits;
import org.nianbao.run.Reading;
import org.nianbao.run.worker.WorkerPool;
import org.nianbao.testing.Deadline;

/**
 * The defects found by the hostile-input and server audit (issue 17), each reproduced with its input built here and
 * shown fixed. Each test prints what it saw, as {@code defect N: …}. The server's defects (1, 6, 7, 10, 11) are in
 * {@code org.nianbao.web.ServeSurvivalTest}, beside the server's other tests.
 */
class SurvivalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> GOOD = List.of("samples/seed.json", "samples/rules/T3.BALANCE.json",
            "samples/rules/DATE.LATE.json", "src/test/resources/reports/samples/seed.docx",
            "src/test/resources/reports/samples/seed.doc", "src/test/resources/reports/samples/seed.html",
            "src/test/resources/reports/samples/seed.pdf");

    /** Writes the good files and the given bad ones into a folder; returns it. */
    static Path folder(Path dir, Map<String, byte[]> bad) throws Exception {
        Files.createDirectories(dir);
        for (String g : GOOD) {
            Files.copy(Path.of(g), dir.resolve("good-" + Path.of(g).getFileName()));
        }
        for (Map.Entry<String, byte[]> b : bad.entrySet()) {
            Files.write(dir.resolve(b.getKey()), b.getValue());
        }
        return dir;
    }

    /** Each file's status (and outcome, if unreadable) from {@code check --format json}, by file name. */
    static Map<String, String> outcomes(String json) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode r : JSON.readTree(json).get("reports")) {
            String name = Path.of(r.get("file").asText()).getFileName().toString();
            JsonNode u = r.get("unreadable");
            out.put(name, r.get("status").asText() + (u == null || u.isNull() ? "" : " " + u.get("cause").asText()
                    + " " + u.get("message").asText()));
        }
        return out;
    }

    static void print(int defect, String what, Object seen) {
        System.out.println("defect " + defect + ": " + what + " -> " + seen);
    }

    @Nested
    class OneSmallFileKillsACheckRun {
        /**
         * Defect 2. A 3 MB .docx with a 75 MB styles part, one with a 300,000-entry numbering part, one with BZIP2
         * parts, beside seven good files in every format and a table of 80,000 cells (POI needed more heap for it
         * than this run has; the streaming reader does not), checked with a small heap: every good file's result is
         * printed, each bad one is INPUT.TOO_LARGE, exit 3. Then a .docx within every limit that needs more heap
         * than a 40 MB run has, beside a good file: it is INPUT.TOO_LARGE for running out of memory, the good one is
         * checked.
         */
        @Test
        void everyGoodFileIsReportedBesideEachBadOne(@TempDir Path tmp) throws Exception {
            Path dir = folder(tmp.resolve("in"), Map.of("huge-styles.docx", AttackFiles.hugeStyles(580_000),
                    "huge-numbering.docx", AttackFiles.hugeNumbering(300_000),
                    "bzip2-bomb.docx", AttackFiles.bzip2Body(1_000_000),
                    "good-80000-cells.docx", AttackFiles.largeTable(80_000)));
            JavaRun.Result r = JavaRun.nianbao("96m", tmp, tmp, 300, "check", "--format", "json", dir.toString());
            Map<String, String> seen = outcomes(r.out());
            seen.forEach((file, outcome) -> print(2, file, outcome));
            print(2, "exit code", r.code());
            assertThat(r.killed()).isFalse();
            assertThat(seen).hasSize(GOOD.size() + 4);
            seen.forEach((file, outcome) -> assertThat(outcome).as(file)
                    .startsWith(file.startsWith("good-") ? "" : "unreadable INPUT.TOO_LARGE")
                    .doesNotStartWith(file.startsWith("good-") ? "unreadable" : "pass"));
            assertThat(r.code()).isEqualTo(3);

            Path small = Files.createDirectories(tmp.resolve("small"));
            Files.write(small.resolve("needs-more-heap.docx"), AttackFiles.heavyTable());
            Files.copy(Path.of("samples/seed.json"), small.resolve("good-seed.json"));
            JavaRun.Result heap = JavaRun.nianbao("40m", tmp, tmp, 300, "check", "--format", "json", small.toString());
            Map<String, String> small40 = outcomes(heap.out());
            small40.forEach((file, outcome) -> print(2, "40 MB: " + file, outcome));
            assertThat(heap.killed()).isFalse();
            assertThat(small40.get("needs-more-heap.docx")).startsWith("unreadable INPUT.TOO_LARGE")
                    .contains("内存超过了").doesNotContain("out of memory");
            assertThat(small40.get("good-seed.json")).isEqualTo("pass");
            assertThat(heap.code()).isEqualTo(3);
        }
    }

    @Nested
    class AHundredThousandCellDocx {
        /**
         * Issue 16: a .docx of 125,000 cells (79 MB of XML, inside every default limit) ran POI out of memory
         * at -Xmx512m; the streaming reader checks it there.
         */
        @Test
        void isCheckedWithin512Megabytes(@TempDir Path tmp) throws Exception {
            Path file = tmp.resolve("125000-cells.docx");
            AttackFiles.wideIndentedTable(file, 125_000);
            print(16, "125,000 cells", Files.size(file) + " bytes");
            JavaRun.Result r = JavaRun.nianbao("512m", tmp, tmp, 300, "check", "--format", "json", file.toString());
            Map<String, String> seen = outcomes(r.out());
            print(16, "125,000 cells at -Xmx512m", seen);
            assertThat(r.killed()).isFalse();
            assertThat(seen.get("125000-cells.docx")).isEqualTo("fail");
        }
    }

    @Nested
    class TheDocxGuardCanBeBypassed {
        /**
         * Defect 3. A BZIP2 [Content_Types].xml made the guard give up (java.util.zip cannot read BZIP2; POI can),
         * and with it every limit: the guard now reads the zip as POI does and counts the body's million cells.
         */
        @Test
        void bzip2PartsAreCountedOrRefused(@TempDir Path dir) {
            Trial trial = new Trial(dir);
            HostileRun.Outcome bomb = trial.run("docx", "bzip2-bomb.docx", AttackFiles.bzip2Body(1_000_000));
            HostileRun.Outcome seed = trial.run("docx", "bzip2-seed.docx", AttackFiles.bzip2Seed());
            print(3, "BZIP2 [Content_Types].xml and a body of 1,000,000 cells", bomb);
            print(3, "the seed with every part BZIP2", seed);
            assertThat(bomb.toString()).startsWith("INPUT.TOO_LARGE").contains("--max-cells");
            assertThat(seed.toString()).isEqualTo("report (docx)");
            assertThat(trial.failures()).isEmpty();
        }

        /** Defect 1's input and its kin, in-process: styles, numbering and every other part count. */
        @Test
        void stylesAndNumberingCount(@TempDir Path dir) {
            Trial trial = new Trial(dir);
            HostileRun.Outcome styles = trial.run("docx", "huge-styles.docx", AttackFiles.hugeStyles(580_000));
            HostileRun.Outcome numbering = trial.run("docx", "huge-numbering.docx",
                    AttackFiles.hugeNumbering(300_000));
            print(1, "a 75 MB styles.xml in a 3 MB .docx", styles);
            print(2, "a numbering.xml of 300,000 entries", numbering);
            assertThat(List.of(styles, numbering)).allSatisfy(o -> assertThat(o.toString())
                    .startsWith("INPUT.TOO_LARGE").contains("elements and attributes", "--max-cells"));
            assertThat(trial.failures()).isEmpty();
        }
    }

    @Nested
    class TimedOutChecksKeepRunning {
        /**
         * Defect 4, in the pool the server reads with: a 3 KB PDF whose forms draw each other ten times over nine
         * levels is INPUT.TIMEOUT, the process reading it is gone (no core burning on), its temporary folder too, and
         * the next file is read by a new worker.
         */
        @Test
        void aWorkerPastItsTimeIsKilledWithItsTemporaryFiles(@TempDir Path tmp) throws Exception {
            Path pdf = Files.write(tmp.resolve("fan-out.pdf"), AttackFiles.xobjectFanOut(9));
            try (WorkerPool pool = new WorkerPool(WorkerPool.Settings.of(1, Duration.ofSeconds(20), ReadLimits.DEFAULT,
                    tmp.resolve("work")))) {
                assertThat(pool.read(Path.of("samples/seed.json"), false).report()).isNotNull();
                long pid = pool.idlePids().get(0);
                Reading.Outcome late = pool.read(pdf, false);
                print(4, pdf.getFileName() + " (" + Files.size(pdf) + " bytes) in a worker", late.unreadable());
                assertThat(late.unreadable().problem().code()).isEqualTo("INPUT.TIMEOUT");
                assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
                assertThat(pool.read(Path.of("samples/seed.json"), false).report()).isNotNull();
                try (Stream<Path> left = Files.walk(tmp.resolve("work"))) {
                    assertThat(left.filter(Files::isRegularFile)).isEmpty();
                }
                print(4, "worker " + pid + " alive afterwards", ProcessHandle.of(pid).isPresent());
            }
        }

        /**
         * Defect 4, in {@code check}: the run with a fan-out PDF beside good files ends with its outcome and every
         * other result, and leaves nothing in the temporary folder, though the read it gave up on was still going.
         */
        @Test
        void checkEndsAndCleansUpWithWorkStillGoing(@TempDir Path tmp) throws Exception {
            Path dir = folder(tmp.resolve("in"), Map.of("fan-out.pdf", AttackFiles.xobjectFanOut(9)));
            Path temp = Files.createDirectories(tmp.resolve("tmp"));
            for (String mode : List.of("--fail-on=error", "--isolate")) { // in this process, then in workers
                JavaRun.Result r = JavaRun.nianbao("256m", tmp, temp, 300, "check", "--format", "json", "--timeout",
                        "5", mode, dir.toString());
                Map<String, String> seen = outcomes(r.out());
                print(4, "check " + mode + ": fan-out.pdf", seen.get("fan-out.pdf"));
                assertThat(r.killed()).isFalse();
                assertThat(seen.get("fan-out.pdf")).startsWith("unreadable INPUT.TIMEOUT");
                assertThat(seen).hasSize(GOOD.size() + 1);
                try (Stream<Path> left = Files.list(temp)) {
                    List<Path> files = left.filter(p -> !p.getFileName().toString().matches("(out|err).*\\.txt"))
                            .toList();
                    print(4, "check " + mode + ": left in the temporary folder", files);
                    assertThat(files).isEmpty();
                }
            }
        }
    }

    @Nested
    class OutputOverwritesAnInput {
        /** Defect 5: {@code check r.json -o r.json} truncated the report before reading it. */
        @Test
        void anOutputOntoAnInputIsRefused(@TempDir Path tmp) throws Exception {
            Path report = Files.copy(Path.of("samples/seed.json"), tmp.resolve("r.json"));
            byte[] before = Files.readAllBytes(report);
            JavaRun.Result same = JavaRun.nianbao("128m", tmp, tmp, 120, "check", "r.json", "-o", "r.json");
            JavaRun.Result spelled = JavaRun.nianbao("128m", tmp, tmp, 120, "check", "r.json", "-o", "./x/../r.json");
            JavaRun.Result inside = JavaRun.nianbao("128m", tmp.getParent(), tmp, 120, "check",
                    tmp.getFileName().toString(), "-o", tmp.getFileName() + "/out.html");
            print(5, "check r.json -o r.json", same.code() + " " + same.err().strip());
            print(5, "check DIR -o DIR/out.html", inside.code() + " " + inside.err().strip());
            assertThat(List.of(same.code(), spelled.code(), inside.code())).containsOnly(2);
            assertThat(Files.readAllBytes(report)).isEqualTo(before);
            assertThat(tmp.resolve("out.html")).doesNotExist();
        }
    }

    @Nested
    class ASuppressionGlobCanHangCheck {
        /** Defect 8: a backtracking glob took over 60 s on a 216-character path, beyond --timeout's reach. */
        @Test
        void globsMatchInLinearTimeAndHaveALengthLimit(@TempDir Path tmp) throws Exception {
            String path = "a".repeat(100) + "/" + "a".repeat(115) + ".json";
            Path yaml = Files.writeString(tmp.resolve("s.yaml"), "- rule: T3.BALANCE\n  file: \"**a**a**a**a**a**aZ\"\n"
                    + "  reason: 测试\n");
            long took = Deadline.within(Duration.ofSeconds(30), () -> {
                long start = System.nanoTime();
                org.nianbao.run.Suppressions s = org.nianbao.run.Suppressions.load(yaml);
                org.nianbao.run.FileResult r = org.nianbao.run.FileResult.unreadable(Path.of(path), "json",
                        new org.nianbao.run.FileResult.Unreadable(org.nianbao.parse.InputProblem.EMPTY, "", Map.of()),
                        0);
                for (int i = 0; i < 1000; i++) {
                    s.apply(r);
                }
                return (System.nanoTime() - start) / 1_000_000;
            });
            print(8, "\"**a**a**a**a**a**aZ\" against a 216-character path, 1,000 times", took + " ms");
            Path tooLong = Files.writeString(tmp.resolve("long.yaml"), "- rule: T3.BALANCE\n  file: \""
                    + "*a".repeat(600) + "\"\n  reason: 测试\n");
            assertThatThrownBy(() -> org.nianbao.run.Suppressions.load(tooLong))
                    .hasMessageContaining("too long");
        }

        /**
         * Defect 8: {@code .nianbao-suppress.yaml} was picked up from the working directory, also when that is a
         * folder of submissions: there it is now ignored; beside them it is used, and the run says so.
         */
        @Test
        void aSuppressionFileAmongTheSubmissionsIsNotTaken(@TempDir Path tmp) throws Exception {
            Path dir = Files.createDirectories(tmp.resolve("submissions"));
            Files.copy(Path.of("samples/rules/T3.BALANCE.json"), dir.resolve("T3.BALANCE.json"));
            String yaml = "- rule: T3.BALANCE\n  file: \"**\"\n  reason: 报送单位自己写的\n";
            Files.writeString(dir.resolve(".nianbao-suppress.yaml"), yaml);
            JavaRun.Result inside = JavaRun.nianbao("128m", dir, tmp, 120, "check", ".");
            Files.writeString(tmp.resolve(".nianbao-suppress.yaml"), yaml);
            JavaRun.Result beside = JavaRun.nianbao("128m", tmp, tmp, 120, "check", "submissions");
            print(8, "check . in a folder holding its own suppression file", "exit " + inside.code());
            print(8, "check submissions beside a suppression file", "exit " + beside.code() + ", "
                    + beside.err().lines().filter(l -> l.contains("suppress")).findFirst().orElse(""));
            assertThat(inside.code()).isEqualTo(1); // the balance error stands
            assertThat(beside.code()).isEqualTo(0);
            assertThat(beside.err()).contains("using the suppressions in");
        }
    }

    @Nested
    class LimitsThatTrustTheFile {
        /**
         * Defect 9: a one-page PDF declaring 2³¹−1 pages was TOO_LARGE and one declaring −5 was NO_TEXT; valid JSON
         * after 40 MB of white space was UNSUPPORTED; --max-text applied to HTML only after the whole tree was built.
         */
        @Test
        void countsAreCountedAndTextIsCountedWhileStreaming(@TempDir Path dir) throws Exception {
            Trial trial = new Trial(dir);
            HostileRun.Outcome huge = trial.run("pdf", "count-max.pdf", AttackFiles.lyingPageCount(2147483647L));
            HostileRun.Outcome negative = trial.run("pdf", "count-negative.pdf", AttackFiles.lyingPageCount(-5));
            byte[] seed = Files.readAllBytes(Path.of("samples/seed.json"));
            byte[] spaced = new byte[(40 << 20) + seed.length];
            java.util.Arrays.fill(spaced, 0, 40 << 20, (byte) ' ');
            System.arraycopy(seed, 0, spaced, 40 << 20, seed.length);
            HostileRun.Outcome json = trial.run("json", "spaced.json", spaced);
            String tags = "<html><body><p>年度报告</p>" + "<b></b>".repeat(1_200_000) + "</body></html>";
            HostileRun.Outcome html = trial.run("html", "tags.html", tags.getBytes(StandardCharsets.UTF_8));
            print(9, "a one-page PDF declaring 2147483647 pages", huge);
            print(9, "a one-page PDF declaring -5 pages", negative);
            print(9, "the seed JSON after 40 MB of spaces", json);
            print(9, "an HTML page of 1,200,000 empty elements", html);
            assertThat(List.of(huge, negative)).allSatisfy(o -> assertThat(o.toString()).isEqualTo("report (pdf)"));
            assertThat(json.toString()).isEqualTo("report (json)");
            assertThat(html.toString()).startsWith("INPUT.TOO_LARGE").contains("elements");
            assertThat(trial.failures()).isEmpty();
        }
    }
}
