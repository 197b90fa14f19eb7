package org.nianbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and captures standard output (shared by the output tests). */
final class CliRun {
    record Result(int code, String out) {
    }

    private CliRun() {
    }

    static Result run(String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code;
        synchronized (MainTest.class) { // Main.OUT is global; MainTest locks on the same monitor
            Main.redirect(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            try {
                code = Main.run(args);
            } finally {
                Main.redirect(null);
            }
        }
        return new Result(code, buffer.toString(StandardCharsets.UTF_8));
    }
}
