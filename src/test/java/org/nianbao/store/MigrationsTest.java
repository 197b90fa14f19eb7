package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder made by a release before the schema had numbered steps keeps everything it holds: the steps it lacks
 * run at the next start (a result's body gets its short id), and running them again changes nothing.
 */
class MigrationsTest {
    @TempDir
    Path tmp;

    @Test
    void anEarlierReleasesDatabaseIsBroughtUpToDate() throws Exception {
        String url = "jdbc:h2:file:" + tmp.toAbsolutePath().resolve("nianbao");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            // the schema as the release before audits created it (Database.createSchema then)
            s.execute("CREATE TABLE result (id VARCHAR(32) PRIMARY KEY, batch_id VARCHAR(32) NOT NULL,"
                    + " seq INT NOT NULL, file_hash VARCHAR(64) NOT NULL, file_name VARCHAR(600) NOT NULL,"
                    + " checked BIGINT NOT NULL, rules_version VARCHAR(64) NOT NULL, input_format VARCHAR(16),"
                    + " status VARCHAR(16) NOT NULL, agency VARCHAR(400), body_key VARCHAR(400), report_year INT,"
                    + " report_level VARCHAR(16), errors INT NOT NULL, warnings INT NOT NULL, infos INT NOT NULL,"
                    + " html_zh CLOB, html_en CLOB, json_zh CLOB, json_en CLOB, rule_ids VARCHAR(4000))");
            s.execute("INSERT INTO result (id, batch_id, seq, file_hash, file_name, checked, rules_version, status,"
                    + " agency, body_key, report_year, errors, warnings, infos) VALUES ('r1', 'b1', 0, 'h', 'a.docx',"
                    + " 1, 'v', 'fail', '某县人民政府', '某县人民政府', 2024, 1, 0, 0)");
        }
        try (Database db = Database.embedded(tmp)) {
            Store store = new Store(db, "test");
            assertThat(store.bodyKey(Migrations.bodyId("某县人民政府"))).contains("某县人民政府");
            assertThat(store.audits().all()).isEmpty();
            store.log().add("张三", "upload", "b1", "测试");
            assertThat(store.log().entries(0, 10).rows()).extracting(AuditLog.Entry::who).containsExactly("张三");
        }
        try (Database db = Database.embedded(tmp)) { // a second start runs no step again
            List<Integer> versions = db.transaction(c -> {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
                    List<Integer> out = new java.util.ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getInt(1));
                    }
                    return out;
                }
            });
            assertThat(versions).containsExactly(1, 2);
            assertThat(new Store(db, "test").log().entries(0, 10).total()).isEqualTo(1);
        }
    }
}
