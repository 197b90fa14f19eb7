package org.nianbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and captures standard output and error (shared by the CLI tests). */
final class CliRun {
    record Result(int code, String out, String err) {
    }

    private CliRun() {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        synchronized (MainTest.class) { // Main.OUT is global; MainTest locks on the same monitor
            Main.redirect(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                code = Main.run(args);
            } finally {
                Main.redirect(null, null);
            }
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
