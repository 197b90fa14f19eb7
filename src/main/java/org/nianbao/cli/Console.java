package org.nianbao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * Standard output and error as the person at the console reads them: in the console's own encoding (GBK on a
 * Chinese Windows console, code page 936), UTF-8 when output goes to a file or a pipe (stable for CI and tools), and
 * whatever {@code --encoding} says above both. An encoding that cannot write Chinese (LANG=C gives US-ASCII) is never
 * chosen; UTF-8 is used instead.
 */
final class Console {
    private static final int STDOUT = 1;
    private static final int STDERR = 2;

    private Console() {
    }

    /** Standard output in the chosen encoding ({@code forced} from --encoding, or null). */
    static PrintStream stdout(Charset forced) {
        return stream(FileDescriptor.out, encoding(forced, STDOUT, System::getProperty));
    }

    /** Standard error in the chosen encoding. */
    static PrintStream stderr(Charset forced) {
        return stream(FileDescriptor.err, encoding(forced, STDERR, System::getProperty));
    }

    private static PrintStream stream(FileDescriptor fd, Charset charset) {
        return new PrintStream(new FileOutputStream(fd), true, charset);
    }

    /**
     * The encoding for a standard stream: {@code --encoding}; else the console's, when the stream is a console
     * (Java 17 on Windows names it in {@code sun.stdout.encoding}, only when stdout is a console; later Javas in
     * {@code stdout.encoding}; elsewhere the locale's, through {@link java.io.Console#charset()}); else UTF-8.
     */
    static Charset encoding(Charset forced, int fd, Function<String, String> properties) {
        if (forced != null) {
            return forced;
        }
        String stream = fd == STDOUT ? "stdout" : "stderr";
        Charset chosen = named(properties.apply("sun." + stream + ".encoding"));
        if (chosen == null && isTerminal(fd)) {
            chosen = named(properties.apply(stream + ".encoding"));
            if (chosen == null && System.console() != null) {
                chosen = System.console().charset();
            }
        }
        return chosen != null && writesChinese(chosen) ? chosen : StandardCharsets.UTF_8;
    }

    private static Charset named(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean writesChinese(Charset c) {
        return c.canEncode() && c.newEncoder().canEncode("年度报告");
    }

    /** Whether standard output is a terminal. */
    static boolean stdoutIsTerminal() {
        return isTerminal(STDOUT);
    }

    /** Whether standard error is a terminal (where the progress line may be drawn). */
    static boolean stderrIsTerminal() {
        return isTerminal(STDERR);
    }

    /**
     * On Linux the descriptor's link names its device (a pseudo-terminal under /dev/pts, a console /dev/tty*);
     * elsewhere Java 17 only tells whether stdin and stdout are both a console.
     */
    private static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        if (Files.isSymbolicLink(link)) {
            try {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    /** Whether ANSI colours work on this system's terminals without setup (Windows' legacy console needs it). */
    static boolean terminalTakesAnsi() {
        String term = System.getenv("TERM");
        if ("dumb".equals(term)) {
            return false;
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        // Windows Terminal, ConEmu and ANSICON say so; the old console window would show the codes as text
        return !windows || System.getenv("WT_SESSION") != null || System.getenv("ANSICON") != null
                || "ON".equalsIgnoreCase(System.getenv("ConEmuANSI")) || term != null;
    }
}
