package org.nianbao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code check}, {@code extract}, {@code rules}, {@code explain}, {@code aggregate}, {@code serve}. */
@Command(name = "nianbao", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"政府信息公开工作年度报告核查工具 / checker for annual reports on government information disclosure"},
        subcommands = {CheckCommand.class, ExtractCommand.class, RulesCommand.class, ExplainCommand.class,
                AggregateCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    /** stdout as UTF-8 whatever the locale: on Java 17 with LANG=C, Chinese would print as '?'. */
    private static final PrintStream STDOUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);
    static PrintStream OUT = STDOUT;
    static final PrintStream ERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
            StandardCharsets.UTF_8);

    /** Sends standard output elsewhere (tests); null restores it. */
    static void redirect(PrintStream out) {
        OUT = out == null ? STDOUT : out;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(OUT, true));
        cli.setErr(new PrintWriter(ERR, true));
        cli.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(OUT);
    }
}
