package org.nianbao.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.parse.InputProblem;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleLoader;

/**
 * One bad file never stops a batch: a corrupt file, a check that throws (exception, stack overflow, out of memory:
 * too large) and a file that hangs past the time limit each give that file's outcome, the others are checked, and the results
 * come out in input order.
 */
class BatchRunnerTest {
    private static Checker checker;

    @BeforeAll
    static void load() throws Exception {
        checker = new Checker(new RuleEngine(RuleLoader.builtIn()), CheckOptions.DEFAULT, Readers.parsers(),
                Readers.recognizer());
    }

    @Test
    void everyFileIsAccountedForInInputOrderWhateverOneFileDoes(@TempDir Path tmp) throws Exception {
        Path good1 = copy("samples/seed.json", tmp.resolve("a-good.json"));
        Path corrupt = Files.writeString(tmp.resolve("b-corrupt.json"), "{\"agency\": ");
        Path throwing = Files.writeString(tmp.resolve("c-throws.json"), "{}");
        Path overflow = Files.writeString(tmp.resolve("d-overflow.json"), "{}");
        Path oom = Files.writeString(tmp.resolve("e-oom.json"), "{}");
        Path slow = Files.writeString(tmp.resolve("f-slow.json"), "{}");
        Path good2 = copy("samples/rules/T3.BALANCE.json", tmp.resolve("g-fails.json"));
        CountDownLatch never = new CountDownLatch(1);
        Function<Path, FileResult> check = p -> {
            String name = p.getFileName().toString();
            if (name.startsWith("c-")) {
                throw new IllegalStateException("reader bug");
            }
            if (name.startsWith("d-")) {
                return recurse(0);
            }
            if (name.startsWith("e-")) {
                throw new OutOfMemoryError("Java heap space");
            }
            if (name.startsWith("f-")) {
                try {
                    never.await(); // hangs until interrupted by the time limit
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return checker.check(p);
            }
            return checker.check(p);
        };
        List<Path> files = List.of(good1, corrupt, throwing, overflow, oom, slow, good2);
        List<FileResult> out = new ArrayList<>();
        List<Integer> progress = new ArrayList<>();
        new BatchRunner(check, 2, Duration.ofMillis(300)).run(files, out::add,
                (done, total, current) -> progress.add(done));

        assertThat(out).extracting(FileResult::file).containsExactlyElementsOf(files);
        assertThat(out.get(0).status()).isEqualTo(FileResult.Status.PASS);
        assertThat(out.get(1).unreadable().problem()).isEqualTo(InputProblem.UNREADABLE);
        assertThat(out.get(2).unreadable().problem()).isEqualTo(InputProblem.UNREADABLE);
        assertThat(out.get(2).unreadable().detail()).contains("IllegalStateException", "reader bug");
        assertThat(out.get(3).unreadable().detail()).contains("StackOverflowError");
        assertThat(out.get(4).unreadable().problem()).isEqualTo(InputProblem.TOO_LARGE);
        assertThat(out.get(4).unreadable().detail()).contains("out of memory");
        assertThat(out.get(5).unreadable().problem()).isEqualTo(InputProblem.TIMEOUT);
        assertThat(out.get(6).status()).isEqualTo(FileResult.Status.FAIL);
        assertThat(progress).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    /**
     * A scan's time grows with its pages: a check that says it reads three scanned pages by OCR is given the file's
     * time and three pages' more, and past that times out naming how its limit was made. The margins are wide
     * (seconds against tenths): no timing is asserted, only which side of the limit a check falls.
     */
    @Test
    void aScanIsGivenMoreTimeForEachOfItsPages(@TempDir Path tmp) throws Exception {
        Path scan = copy("samples/seed.json", tmp.resolve("scan.json"));
        Function<Path, FileResult> slowScan = p -> {
            org.nianbao.parse.ScanTime.scanning(3);
            sleep(1500);
            return checker.check(p);
        };
        List<FileResult> given = new ArrayList<>();
        new BatchRunner(slowScan, 1, new TimeLimit(Duration.ofMillis(300), Duration.ofSeconds(2)))
                .run(List.of(scan), given::add, BatchRunner.Progress.NONE);
        assertThat(given.get(0).status()).as("0.3 s and 3 pages × 2 s: 1.5 s of OCR fits")
                .isEqualTo(FileResult.Status.PASS);

        List<FileResult> late = new ArrayList<>();
        Function<Path, FileResult> slowText = p -> {
            sleep(1500);
            return checker.check(p);
        };
        new BatchRunner(slowScan, 1, new TimeLimit(Duration.ofMillis(300), Duration.ofMillis(100)))
                .run(List.of(scan), late::add, BatchRunner.Progress.NONE);
        new BatchRunner(slowText, 1, new TimeLimit(Duration.ofMillis(300), Duration.ofSeconds(2)))
                .run(List.of(scan), late::add, BatchRunner.Progress.NONE);
        FileResult.Unreadable scanLate = late.get(0).unreadable();
        assertThat(scanLate.problem()).isEqualTo(InputProblem.TIMEOUT);
        assertThat(scanLate.details()).containsEntry("seconds", "0.6").containsEntry("fileSeconds", "0.3")
                .containsEntry("scannedPages", 3).containsEntry("pageSeconds", "0.1");
        assertThat(org.nianbao.report.Outcomes.message(scanLate, org.nianbao.model.Lang.ZH))
                .contains("时限共 0.6 秒：每个文件 0.3 秒，另加扫描件 3 页 × 每页 0.1 秒");
        // a file with no scanned page has the file's time only, however much a page would be given
        FileResult.Unreadable textLate = late.get(1).unreadable();
        assertThat(textLate.problem()).isEqualTo(InputProblem.TIMEOUT);
        assertThat(textLate.details()).containsEntry("seconds", "0.3").doesNotContainKey("scannedPages");
        assertThat(org.nianbao.report.Outcomes.message(textLate, org.nianbao.model.Lang.EN)).contains("(limit: 0.3 s)");
    }

    /** A long scan is given time for at most TIMED_PAGES pages: hundreds of scanned pages never hold a reader for hours. */
    @Test
    void aScansTimeGrowsWithItsPagesUpToALongReport() {
        TimeLimit limit = new TimeLimit(Duration.ofSeconds(60), Duration.ofSeconds(30));
        assertThat(limit.with(0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(limit.with(5)).isEqualTo(Duration.ofSeconds(210));
        assertThat(limit.with(500)).isEqualTo(limit.with(TimeLimit.TIMED_PAGES))
                .isEqualTo(Duration.ofSeconds(60 + 30 * TimeLimit.TIMED_PAGES));
        FileResult.Unreadable late = new FileResult.Unreadable(InputProblem.TIMEOUT, "", limit.details(500));
        assertThat(org.nianbao.report.Outcomes.message(late, org.nianbao.model.Lang.ZH))
                .contains("时限共 660 秒：每个文件 60 秒，另加扫描件 20 页（共 500 页，至多按 20 页计）× 每页 30 秒");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped", e);
        }
    }

    @Test
    void manyFilesOnOneThreadStayInOrder(@TempDir Path tmp) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            files.add(copy(i % 2 == 0 ? "samples/seed.json" : "samples/rules/T4.GROUP_TOTAL.json",
                    tmp.resolve(String.format("r%02d.json", i))));
        }
        List<FileResult> out = new ArrayList<>();
        new BatchRunner(checker::check, 3, Duration.ofSeconds(60)).run(files, out::add,
                BatchRunner.Progress.NONE);
        assertThat(out).extracting(FileResult::file).containsExactlyElementsOf(files);
        for (int i = 0; i < out.size(); i++) {
            assertThat(out.get(i).status()).isEqualTo(i % 2 == 0 ? FileResult.Status.PASS : FileResult.Status.FAIL);
        }
    }

    @Test
    void instantChecksNeverOutrunTheirSlots() throws Exception {
        // Regression: a result seen before its slot was handed back left nothing in flight and nothing started.
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            files.add(Path.of("f" + i));
        }
        List<Path> out = new ArrayList<>();
        Function<Path, FileResult> instant = p -> FileResult.unreadable(p, "unknown",
                new FileResult.Unreadable(InputProblem.EMPTY, null, java.util.Map.of()), 0);
        new BatchRunner(instant, 1, Duration.ofSeconds(60)).run(files, r -> out.add(r.file()),
                BatchRunner.Progress.NONE);
        assertThat(out).containsExactlyElementsOf(files);
    }

    private static FileResult recurse(int depth) {
        return recurse(depth + 1);
    }

    private static Path copy(String from, Path to) throws Exception {
        return Files.copy(Path.of(from), to);
    }
}
