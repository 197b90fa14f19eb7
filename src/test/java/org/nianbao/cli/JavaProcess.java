package org.nianbao.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs the command line as its own process, as a person's shell would: in a chosen folder, with chosen environment,
 * piped or on a pseudo-terminal (util-linux {@code script}), with the test classpath. For what an in-process run
 * cannot show: the console's encoding, terminal detection, the working folder.
 */
final class JavaProcess {
    /** What came back: the exit code and the raw bytes of standard output (and, piped, of standard error). */
    record Output(int code, byte[] out, byte[] err) {
        String out(Charset c) {
            return new String(out, c);
        }

        String err(Charset c) {
            return new String(err, c);
        }
    }

    private JavaProcess() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** Whether a pseudo-terminal can be had here (util-linux script). */
    static boolean canUseTerminal() {
        return Files.isExecutable(Path.of("/usr/bin/script"));
    }

    static List<String> command(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.add("-XX:TieredStopAtLevel=1"); // starts faster; these runs are short
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classpath());
        cmd.add("org.nianbao.cli.Main");
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Standard output and error piped. */
    static Output piped(Path dir, Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command(jvmOptions, args)).directory(dir.toFile());
        pb.environment().putAll(env);
        Path err = Files.createTempFile("nianbao-err", ".txt");
        pb.redirectError(err.toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        try {
            return finish(pb.start(), err);
        } finally {
            Files.delete(err);
        }
    }

    /** Standard output and error both on one pseudo-terminal, as in a terminal window; all bytes in {@code out}. */
    static Output onTerminal(Path dir, Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        String line = command(jvmOptions, args).stream().map(JavaProcess::quote).collect(Collectors.joining(" "));
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qefc", "stty cols 200; " + line, "/dev/null")
                .directory(dir.toFile());
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return finish(pb.start(), null);
    }

    /** Reads the output to its end and waits (two minutes at most); standard error from {@code err}, if any. */
    private static Output finish(Process p, Path err) throws IOException, InterruptedException {
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out");
        }
        return new Output(p.exitValue(), out, err == null ? new byte[0] : Files.readAllBytes(err));
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
