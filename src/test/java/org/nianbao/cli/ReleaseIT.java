package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release as an office gets it (run by {@code mvn -Papp-image verify}, after both zips are built): each zip
 * unpacked in an empty folder checks samples/ with bin/nianbao; the app image with no Java on the PATH and no
 * JAVA_HOME, on its own runtime; the plain zip without any Java says so. {@code --version} prints the pom's version.
 */
class ReleaseIT {
    private static final String VERSION = System.getProperty("nianbao.version");
    private static final String PLATFORM = System.getProperty("nianbao.platform", "linux-x64");

    private record Run(int code, byte[] outBytes, String err) {
        String out() {
            return new String(outBytes, StandardCharsets.UTF_8);
        }
    }

    @Test
    void plainZipChecksTheSamplesWithTheSystemJava(@TempDir Path empty) throws Exception {
        Path home = unzip(Path.of("target/nianbao-" + VERSION + ".zip"), empty);
        assertThat(home.resolve("LICENSE")).exists();
        assertThat(Files.readString(home.resolve("快速上手.txt"), StandardCharsets.UTF_8)).contains("快速上手",
                "bin\\nianbao check samples\\");
        assertThat(home.resolve("runtime")).doesNotExist();
        Map<String, String> env = Map.of("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        Run version = run(home, env, "bin/nianbao", "--version");
        assertThat(version.out().strip()).startsWith("nianbao " + VERSION);
        Run check = run(home, env, "bin/nianbao", "check", "samples/");
        assertSamplesChecked(check);
    }

    @Test
    void plainZipWithoutJavaSaysSo(@TempDir Path empty) throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "the launcher tested here is bin/nianbao");
        Path home = unzip(Path.of("target/nianbao-" + VERSION + ".zip"), empty);
        Run r = run(home, Map.of("PATH", noJavaPath(empty).toString()), "bin/nianbao", "check", "samples/");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("未找到 Java", "no Java found");
    }

    @Test
    void appImageChecksTheSamplesWithNoJavaOnThePath(@TempDir Path empty) throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "the launcher tested here is bin/nianbao");
        Path image = Path.of("target/nianbao-" + VERSION + "-" + PLATFORM + ".zip");
        assumeTrue(Files.exists(image), "the app image was not built (mvn -Papp-image verify builds and tests it)");
        Path home = unzip(image, empty);
        Path runtime = home.resolve("runtime/bin/java");
        assertThat(runtime).isExecutable();
        Map<String, String> env = new HashMap<>();
        env.put("PATH", noJavaPath(empty).toString());
        // the runtime it runs on says where it lives
        env.put("NIANBAO_JAVA_OPTS", "-Xmx1g -XshowSettings:properties");
        Run version = run(home, env, "bin/nianbao", "--version");
        assertThat(version.out().strip()).startsWith("nianbao " + VERSION);
        assertThat(version.err()).contains("java.home = " + home.resolve("runtime").toRealPath());
        env.remove("NIANBAO_JAVA_OPTS");
        Run check = run(home, env, "bin/nianbao", "check", "samples/");
        assertSamplesChecked(check);
        // GBK and Chinese locale data are in the runtime: a GBK console and a GBK list of dates work
        Run gbk = run(home, env, "bin/nianbao", "check", "--encoding", "GBK", "samples/seed.json");
        assertThat(new String(gbk.outBytes(), Charset.forName("GBK"))).contains("通过：错误 0");
        Run serveHelp = run(home, env, "bin/nianbao", "serve", "--help");
        assertThat(serveHelp.code()).isZero();
        classDataArchive(home, env);
    }

    /**
     * The first check made lib/nianbao.jsa (the classes a check loads, for a faster start), later runs load the
     * program's classes from it; a broken archive is ignored and a stale one remade, without a word.
     */
    private static void classDataArchive(Path home, Map<String, String> env) throws Exception {
        Path jsa = home.resolve("lib/nianbao.jsa");
        assertThat(jsa).as("made by the first check").isNotEmptyFile();
        String made = Files.readString(home.resolve("lib/nianbao.jsa.id"));
        Map<String, String> loads = new HashMap<>(env);
        loads.put("NIANBAO_JAVA_OPTS", "-Xmx1g -Xlog:class+load=info:stderr");
        Run shared = run(home, loads, "bin/nianbao", "check", "samples/seed.json");
        assertThat(shared.code()).isZero();
        assertThat(shared.err()).contains("org.nianbao.cli.Main source: shared objects file");

        Files.write(jsa, "not an archive".getBytes(StandardCharsets.UTF_8));
        Run broken = run(home, env, "bin/nianbao", "check", "samples/seed.json");
        assertThat(broken.code()).isZero();
        assertThat(broken.out()).contains("通过：错误 0");
        assertThat(broken.err()).isEmpty();

        Path jar = home.resolve("lib/nianbao.jar");
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() - 86_400_000L)); // as another version's jar would be
        Run stale = run(home, env, "bin/nianbao", "check", "samples/seed.json");
        assertThat(stale.code()).isZero();
        assertThat(stale.err()).isEmpty();
        assertThat(Files.readString(home.resolve("lib/nianbao.jsa.id"))).as("remade").isNotEqualTo(made);
        assertThat(Files.size(jsa)).isGreaterThan(1 << 20);
    }

    private static void assertSamplesChecked(Run check) {
        long files;
        try (var list = Files.walk(Path.of("samples"))) {
            files = list.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".docx")).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(check.code()).as(check.err()).isEqualTo(ExitCode.ERRORS); // the rule samples break their rules
        assertThat(check.out()).contains("共 " + files + " 个文件", "T3.BALANCE", "samples/seed.json");
        assertThat(check.err()).doesNotContain("Exception");
    }

    /** A PATH with the tools bin/nianbao uses and no java. */
    private static Path noJavaPath(Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("tools"));
        for (String tool : List.of("dirname", "readlink", "sh", "cat", "date", "find", "head", "mv", "rm", "wc")) {
            for (String d : List.of("/usr/bin", "/bin")) {
                Path t = Path.of(d, tool);
                if (Files.isExecutable(t) && !Files.exists(bin.resolve(tool))) {
                    Files.createSymbolicLink(bin.resolve(tool), t);
                }
            }
        }
        return bin;
    }

    /** Unzips as an office would, keeping each file's mode (zipfs reads the unix permissions zips carry). */
    private static Path unzip(Path zip, Path into) throws IOException {
        assertThat(zip).as("built by mvn -Papp-image package").exists();
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", true))) {
            Path root = fs.getPath("/");
            List<Path> all;
            try (var walk = Files.walk(root)) {
                all = walk.toList();
            }
            for (Path entry : all) {
                Path to = into.resolve(root.relativize(entry).toString()).normalize();
                assertThat(to.startsWith(into)).as("no zip slip: " + entry).isTrue();
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(entry, to);
                    Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(entry));
                }
            }
        }
        try (var top = Files.list(into)) {
            return top.filter(Files::isDirectory).filter(d -> d.getFileName().toString().startsWith("nianbao-"))
                    .findFirst().orElseThrow();
        }
    }

    private static Run run(Path home, Map<String, String> env, String... command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.environment().put("LANG", "C.UTF-8");
        Path err = Files.createTempFile("release-err", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String e = Files.readString(err);
        Files.delete(err);
        return new Run(p.exitValue(), out, e);
    }
}
