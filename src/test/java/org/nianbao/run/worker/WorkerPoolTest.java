package org.nianbao.run.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.ReadLimits;
import org.nianbao.run.LocalReading;
import org.nianbao.run.Reading;

/**
 * Worker processes as the pool runs them: a file read in a worker gives what reading it here gives; a worker killed
 * from outside while it reads is that file's outcome and the next file is read by a new worker; nothing is left in
 * the temporary folder after the pool is closed.
 */
class WorkerPoolTest {

    @Test
    void aWorkerReadsAsThisProcessDoes(@TempDir Path tmp) throws Exception {
        try (WorkerPool pool = new WorkerPool(WorkerPool.Settings.of(1, Duration.ofSeconds(60), ReadLimits.DEFAULT,
                tmp))) {
            for (String f : List.of("samples/seed.json", "src/test/resources/reports/samples/seed.docx",
                    "samples/rules/SEC.MISSING.json")) {
                Reading.Outcome there = pool.read(Path.of(f), false);
                Reading.Outcome here = LocalReading.standard(ReadLimits.DEFAULT).read(Path.of(f), false);
                assertThat(there.format()).isEqualTo(here.format());
                assertThat(ReportCodec.encode(there.report())).isEqualTo(ReportCodec.encode(here.report()));
            }
            Reading.Outcome empty = pool.read(Files.write(tmp.resolve("empty.json"), new byte[0]), false);
            assertThat(empty.unreadable().problem()).isEqualTo(InputProblem.EMPTY);
            assertThat(pool.started()).isEqualTo(1); // one worker for all four
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("empty.json");
        }
    }

    @Test
    void aWorkerKilledWhileReadingIsThatFilesOutcomeAndTheNextIsRead(@TempDir Path tmp) throws Exception {
        try (WorkerPool pool = new WorkerPool(WorkerPool.Settings.of(1, Duration.ofSeconds(120), ReadLimits.DEFAULT,
                tmp))) {
            pool.read(Path.of("samples/seed.json"), false); // started and idle
            long pid = pool.idlePids().get(0);
            // a read that takes a while: the worker is killed under it
            Path big = tmp.resolve("big.json");
            Files.writeString(big, " ".repeat(40 << 20) + Files.readString(Path.of("samples/seed.json")));
            CompletableFuture<Reading.Outcome> reading = CompletableFuture.supplyAsync(() -> pool.read(big, false));
            Thread.sleep(300);
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            Reading.Outcome killed = reading.get();
            assertThat(killed.unreadable()).isNotNull();
            assertThat(killed.unreadable().detail()).contains("ended");
            assertThat(pool.read(Path.of("samples/seed.json"), false).report()).isNotNull();
            assertThat(pool.started()).isEqualTo(2);
            assertThat(pool.lost()).isEqualTo(1);
        }
    }
}
