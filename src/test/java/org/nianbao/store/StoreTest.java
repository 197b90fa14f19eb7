package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void keepsFilesOnceByContentAndEverythingAcrossAReopen() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), "{\"x\":1}", StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("b.json"), "{\"x\":1}", StandardCharsets.UTF_8);
        String hash;
        try (Database db = Database.embedded(dir.resolve("data"))) {
            Store store = new Store(db, "here");
            hash = store.putFile(a);
            assertThat(store.putFile(b)).isEqualTo(hash); // same content, one stored file
            assertThat(hash).hasSize(64).isEqualTo(Store.sha256(a));
            store.createBatch(new BatchRow("b1", 1000, "第一批", BatchRow.RUNNING, 1, 0, "v1", null, null),
                    java.util.List.of(new Store.BatchFile(0, "报告.json", hash)));
            store.addResult(row("r1", "b1", hash, 1000, "v1", "fail", 3));
            store.finishBatch("b1", BatchRow.DONE);
            store.putOutput("b1", "json-zh", a);
            store.createBatch(new BatchRow("b2", 2000, "第二批", BatchRow.RUNNING, 1, 0, "v2", "b1", null),
                    java.util.List.of(new Store.BatchFile(0, "报告.json", hash)));
            // another server sharing the database is still checking this one
            new Store(db, "there").createBatch(new BatchRow("b3", 500, "别处", BatchRow.RUNNING,
                    1, 0, "v2", null, null), java.util.List.of());
        }
        try (Database db = Database.embedded(dir.resolve("data"))) {
            Store store = new Store(db, "here");
            assertThat(store.markInterrupted()).isEqualTo(1); // b2 was left running; b3 is the other server's
            assertThat(store.batch("b3").orElseThrow().state()).isEqualTo(BatchRow.RUNNING);
            assertThat(store.latestBatches(10)).extracting(BatchRow::id, BatchRow::state)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("b2", BatchRow.INTERRUPTED),
                            org.assertj.core.groups.Tuple.tuple("b1", BatchRow.DONE),
                            org.assertj.core.groups.Tuple.tuple("b3", BatchRow.RUNNING));
            assertThat(store.batch("b1").orElseThrow().done()).isEqualTo(1);
            assertThat(store.batchFiles("b2")).containsExactly(new Store.BatchFile(0, "报告.json", hash));
            ResultRow r = store.result("r1").orElseThrow();
            assertThat(r.errors()).isEqualTo(3);
            assertThat(r.rules()).containsExactly("T3.BALANCE", "DATE.LATE");
            assertThat(r.rendered().html(true)).isEqualTo("<p>中文</p>");
            assertThat(r.rendered().json(false)).isEqualTo("{\"en\":1}");
            assertThat(store.results("b1")).extracting(ResultRow::fileName).containsExactly("报告.json");
            assertThat(store.earlierReports()).containsExactly(new Store.Earlier("某某区人民政府", 2023, hash));
            assertThat(store.output("b1", "json-zh").map(x -> new String(x, StandardCharsets.UTF_8)))
                    .contains("{\"x\":1}");
            assertThat(store.output("b1", "xlsx-zh")).isEmpty();
            // the file is kept in the database alone, and written out where a batch asks
            assertThat(store.storedBytes()).isEqualTo(7);
            Path local = store.writeFile(hash, dir.resolve("work")).orElseThrow();
            assertThat(Files.readString(local)).isEqualTo("{\"x\":1}");
            assertThat(store.fileContent(hash).map(x -> new String(x, StandardCharsets.UTF_8))).contains("{\"x\":1}");
            assertThat(store.writeFile("../../etc/passwd", dir.resolve("work"))).isEmpty();
            assertThat(store.writeFile("0".repeat(64), dir.resolve("work"))).isEmpty();
        }
    }

    @Test
    void aRecheckAddsResultsAndKeepsTheEarlierOnes() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), "{}", StandardCharsets.UTF_8);
        try (Database db = Database.embedded(dir.resolve("data"))) {
            Store store = new Store(db, "here");
            String hash = store.putFile(a);
            store.createBatch(new BatchRow("b1", 1000, "t", BatchRow.RUNNING, 1, 0, "v1", null, null), java.util.List.of());
            store.addResult(row("r1", "b1", hash, 1000, "v1", "fail", 2));
            store.createBatch(new BatchRow("b2", 2000, "t", BatchRow.RUNNING, 1, 0, "v2", "b1", null), java.util.List.of());
            store.addResult(row("r2", "b2", hash, 2000, "v2", "pass", 0));
            assertThat(store.history(hash)).extracting(ResultRow::id, ResultRow::rulesVersion)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("r2", "v2"),
                            org.assertj.core.groups.Tuple.tuple("r1", "v1"));
        }
    }

    private static ResultRow row(String id, String batch, String hash, long checked, String rules, String status,
            int errors) {
        return new ResultRow(id, batch, 0, hash, "报告.json", checked, rules, "json", status, "某某区人民政府",
                "某某区人民政府", 2023, "government", errors, 1, 0, java.util.List.of("T3.BALANCE", "DATE.LATE"),
                new ResultRow.Rendered("<p>中文</p>", "<p>English</p>", "{\"zh\":1}", "{\"en\":1}"));
    }
}
