package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What check takes from the paths it is given, and that it never passes on nothing: folders, zips in them (opened as
 * the web page opens them), glob patterns, --exclude, standard input; a path that does not exist or gives nothing is
 * exit 2 naming it; what was skipped is counted and said.
 */
class InputCollectionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> files(CliRun.Result r) throws Exception {
        List<String> out = new ArrayList<>();
        JSON.readTree(r.out()).get("reports").forEach(n -> out.add(n.get("file").asText().replace('\\', '/')));
        return out;
    }

    @Test
    void nothingToCheckIsExitTwoNamingThePaths(@TempDir Path tmp) throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path textOnly = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(textOnly.resolve("readme.txt"), "hello");
        CliRun.Result r = CliRun.run("check", empty.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("没有找到要核查的文件：" + empty + "（其中没有可核查的报告文件）", "no files to check");
        CliRun.Result t = CliRun.run("check", textOnly.toString());
        assertThat(t.code()).isEqualTo(ExitCode.USAGE);
        assertThat(t.err()).contains(textOnly.toString(), "已跳过 1 个文件：1 个不是报告文件（.txt 1）");
        // one folder giving nothing is a mistake even beside one that gives files
        assertThat(CliRun.run("check", "samples/seed.json", empty.toString()).code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aMissingPathDoesNotExist(@TempDir Path tmp) {
        CliRun.Result r = CliRun.run("check", "samples/seed.json", "samples/sed.json", tmp.resolve("nope").toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("不存在：samples/sed.json、" + tmp.resolve("nope"), "does not exist:")
                .doesNotContain("INPUT.UNREADABLE");
        assertThat(r.out()).isEmpty(); // nothing was checked
        CliRun.Result p = CliRun.run("check", "--previous", "/nope/2022", "samples/seed.json");
        assertThat(p.code()).isEqualTo(ExitCode.USAGE);
        assertThat(p.err()).contains("不存在：--previous /nope/2022");
    }

    @Test
    void zipsInFoldersAreOpenedAndWhatIsSkippedIsSaid(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("submissions"));
        Files.copy(Path.of("samples/seed.json"), dir.resolve("a.json"));
        Files.writeString(dir.resolve("notes.txt"), "x");
        Files.copy(Path.of("samples/seed.json"), dir.resolve(".hidden.json"));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("bundle.zip")))) {
            put(zip, "区县/商务局.json", Files.readAllBytes(Path.of("samples/rules/T3.BALANCE.json")));
            put(zip, "说明.txt", "x".getBytes(StandardCharsets.UTF_8));
            put(zip, "inner.zip", new byte[] {'P', 'K', 3, 4});
            put(zip, "__MACOSX/._商务局.json", new byte[] {1});
        }
        CliRun.Result r = CliRun.run("check", "--format", "json", dir.toString());
        assertThat(r.code()).isEqualTo(ExitCode.ERRORS);
        assertThat(files(r)).containsExactly(dir + "/a.json", dir + "/bundle.zip/区县/商务局.json");
        JsonNode skipped = JSON.readTree(r.out()).at("/summary/skipped");
        assertThat(skipped.get("notAReport").asInt()).isEqualTo(2);
        assertThat(skipped.get("hidden").asInt()).isEqualTo(1);
        assertThat(skipped.get("zipInZip").asInt()).isEqualTo(1);
        CliRun.Result text = CliRun.run("check", dir.toString());
        assertThat(text.out()).contains("bundle.zip/区县/商务局.json  [json",
                "已跳过 4 个文件：2 个不是报告文件（.txt 2），1 个隐藏文件，1 个压缩包内的压缩包（不再展开）。");
        CliRun.Result noZip = CliRun.run("check", "--no-zip", "--format", "json", dir.toString());
        assertThat(files(noZip)).containsExactly(dir + "/a.json");
        assertThat(JSON.readTree(noZip.out()).at("/summary/skipped/zipNotOpened").asInt()).isEqualTo(1);
    }

    /** An .odt is a zip too: in a folder or inside a bundle, it is a report to check, never an archive to open. */
    @Test
    void anOdtIsAReportNotAnArchive(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("submissions"));
        Path odt = Path.of("src/test/resources/documents/odt/seed-soffice.odt");
        Files.copy(odt, dir.resolve("商务局.odt"));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("bundle.zip")))) {
            put(zip, "区县/商务局.odt", Files.readAllBytes(odt));
        }
        CliRun.Result r = CliRun.run("check", "--format", "json", dir.toString());
        assertThat(files(r)).containsExactly(dir + "/bundle.zip/区县/商务局.odt", dir + "/商务局.odt");
        List<String> formats = new ArrayList<>();
        JSON.readTree(r.out()).get("reports").forEach(n -> formats.add(n.get("format").asText()));
        assertThat(formats).containsExactly("odt", "odt");
    }

    @Test
    void aZipsBadEntriesAreAnsweredOneByOne(@TempDir Path tmp) throws Exception {
        Path zipFile = tmp.resolve("报送.zip");
        byte[] seed = Files.readAllBytes(Path.of("samples/seed.json"));
        // names in GBK without the UTF-8 flag, as Windows on Chinese systems writes them
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile),
                java.nio.charset.Charset.forName("GBK"))) {
            put(zip, "商务局.json", seed);
            put(zip, "大文件.json", new byte[seed.length + 1]);
        }
        CliRun.Result r = CliRun.run("check", "--format", "json", "--max-size", String.valueOf(seed.length),
                zipFile.toString());
        assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
        JsonNode reports = JSON.readTree(r.out()).get("reports");
        assertThat(files(r)).containsExactly(zipFile + "/商务局.json", zipFile + "/大文件.json");
        assertThat(reports.get(0).get("status").asText()).isEqualTo("pass");
        assertThat(reports.get(1).at("/unreadable/cause").asText()).isEqualTo("INPUT.TOO_LARGE");
        assertThat(reports.get(1).at("/unreadable/message").asText()).contains("--max-size");
    }

    @Test
    void globsAndExcludes() throws Exception {
        CliRun.Result glob = CliRun.run("check", "--format", "json", "samples/rules/T3.*.json");
        assertThat(files(glob)).containsExactly("samples/rules/T3.BALANCE.json", "samples/rules/T3.RESULTS_TOTAL.json",
                "samples/rules/T3.ROW_TOTAL.json");
        CliRun.Result any = CliRun.run("check", "--format", "json", "samples/**/seed.json");
        assertThat(files(any)).containsExactly("samples/seed.json"); // ** also stands for no folder at all
        CliRun.Result none = CliRun.run("check", "samples/**/*.odf");
        assertThat(none.code()).isEqualTo(ExitCode.USAGE);
        assertThat(none.err()).contains("samples/**/*.odf（没有匹配的文件）");
        CliRun.Result excluded = CliRun.run("check", "--format", "json", "--exclude", "T3.*", "--exclude", "*.docx",
                "--exclude", "samples/rules/T4*", "samples/rules");
        List<String> left = files(excluded);
        assertThat(left).isNotEmpty().noneMatch(f -> f.contains("/T3.") || f.endsWith(".docx") || f.contains("/T4."));
        assertThat(left).contains("samples/rules/CELL.BLANK.json");
        assertThat(JSON.readTree(excluded.out()).at("/summary/skipped/excluded").asInt()).isEqualTo(5);
    }

    @Test
    void standardInputIsCheckedUnderItsName() throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("samples/rules/T3.BALANCE.json"));
        InputStream saved = System.in;
        CliRun.Result r;
        try {
            System.setIn(new ByteArrayInputStream(seed));
            r = CliRun.run("check", "--format", "json", "--stdin-name", "上报/商务局.json", "-");
        } finally {
            System.setIn(saved);
        }
        assertThat(r.code()).isEqualTo(ExitCode.ERRORS);
        JsonNode report = JSON.readTree(r.out()).at("/reports/0");
        assertThat(report.get("file").asText()).isEqualTo("上报/商务局.json");
        assertThat(report.at("/violations/0/rule").asText()).isEqualTo("T3.BALANCE");
    }

    @Test
    void quietShowsErrorsOnlyAndMaxWarningsFails() {
        CliRun.Result quiet = CliRun.run("check", "--quiet", "samples/rules/T3.BALANCE.json", "samples/seed.json",
                "samples/rules/META.AGENCY_MISMATCH.json");
        assertThat(quiet.code()).isEqualTo(ExitCode.ERRORS);
        assertThat(quiet.out()).contains("T3.BALANCE.json", "错误    T3.BALANCE", "共 3 个文件")
                .doesNotContain("samples/seed.json", "META.AGENCY_MISMATCH.json", "提示    ", "警告    ");
        String warnings = "samples/rules/META.AGENCY_MISMATCH.json";
        CliRun.Result over = CliRun.run("check", "--max-warnings", "0", warnings);
        assertThat(over.code()).isEqualTo(ExitCode.ERRORS);
        assertThat(over.err()).contains("警告 1 个，超过 --max-warnings 0");
        assertThat(CliRun.run("check", "--max-warnings", "1", warnings).code()).isEqualTo(ExitCode.OK);
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

}
