package org.nianbao.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code nianbao} in a JVM of its own, as a person runs it: its own heap limit, working folder and temporary
 * folder, its exit code, standard output and standard error. A run still going after the limit is killed and says
 * so, so a hang fails the test instead of stopping the build.
 */
final class JavaRun {
    record Result(int code, String out, String err, boolean killed) {
    }

    private JavaRun() {
    }

    static Result nianbao(String heap, Path workingDir, Path tmpDir, long limitSeconds, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + tmpDir,
                "-Dpdfbox.fontcache=" + Path.of("target/pdfbox-cache").toAbsolutePath(), "-cp",
                System.getProperty("java.class.path"), "org.nianbao.cli.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(tmpDir, "out", ".txt");
        Path err = Files.createTempFile(tmpDir, "err", ".txt");
        Process p = new ProcessBuilder(command).directory(workingDir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        boolean ended = p.waitFor(limitSeconds, TimeUnit.SECONDS);
        if (!ended) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
        }
        Result r = new Result(ended ? p.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), !ended);
        Files.delete(out);
        Files.delete(err);
        return r;
    }
}
