package org.nianbao.parse.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Tesseract command line, one process per batch of images (a list file: each image is a "page" of the run).
 * Chosen over tess4j (JNA, in-process): a crash or a runaway page of the native engine cannot take the JVM down, a
 * process can be killed when the file's time is up (an interrupt kills it at once), the engine is Debian's own
 * {@code tesseract-ocr} with no native library of ours to match, and the cost of starting a process (about 0.1 s)
 * is paid a few times per report, not per cell. Each process runs on one thread ({@code OMP_THREAD_LIMIT=1}): files
 * are checked in parallel already.
 */
final class Tesseract {
    /** A batch never runs longer than this, whatever the caller's own limit. */
    private static final long MAX_SECONDS = 600;
    private static volatile Availability availability;

    /** Whether the engine and the Chinese model are installed, and if not, what is missing. */
    record Availability(boolean ok, String missing) {
    }

    private final String executable;

    private Tesseract(String executable) {
        this.executable = executable;
    }

    /** The engine on this machine ({@code NIANBAO_TESSERACT} names another executable). */
    static Tesseract installed() {
        String exe = System.getenv("NIANBAO_TESSERACT");
        return new Tesseract(exe == null || exe.isBlank() ? "tesseract" : exe);
    }

    /** Asks once per run whether {@code tesseract} runs and knows {@code chi_sim} and {@code eng}. */
    Availability availability() {
        Availability a = availability;
        if (a == null) {
            a = probe();
            availability = a;
        }
        return a;
    }

    private Availability probe() {
        try {
            Process p = new ProcessBuilder(executable, "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Availability(false, "tesseract did not answer");
            }
            List<String> langs = out.lines().map(String::strip).toList();
            if (!langs.contains("chi_sim")) {
                return new Availability(false, "tesseract-ocr-chi-sim (the Chinese model)");
            }
            if (!langs.contains("eng")) {
                return new Availability(false, "tesseract-ocr-eng");
            }
            return new Availability(true, null);
        } catch (IOException e) {
            return new Availability(false, "tesseract-ocr");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Availability(false, "tesseract (interrupted while asking)");
        }
    }

    /**
     * Reads the images listed in {@code list} and returns what tesseract wrote to {@code outBase + "." + ext}.
     *
     * @param config tesseract's output configs and variables, e.g. {@code -l eng --psm 7 … hocr}
     * @throws InterruptedException when the calling thread is interrupted (the file's time is up): the process is
     *                              killed first
     */
    String run(Path list, Path outBase, String ext, List<String> config) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(executable);
        cmd.add(list.toString());
        cmd.add(outBase.toString());
        cmd.addAll(config);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(outBase.resolveSibling(outBase.getFileName() + ".log").toFile());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        try {
            if (!p.waitFor(MAX_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("tesseract ran over " + MAX_SECONDS + " s");
            }
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        if (p.exitValue() != 0) {
            String log = Files.readString(outBase.resolveSibling(outBase.getFileName() + ".log"));
            throw new IOException("tesseract failed (" + p.exitValue() + "): " + log.strip());
        }
        return Files.readString(outBase.resolveSibling(outBase.getFileName() + "." + ext), StandardCharsets.UTF_8);
    }
}
