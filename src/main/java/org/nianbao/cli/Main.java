package org.nianbao.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.LocalDate;
import org.nianbao.model.Lang;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The command line: {@code check}, {@code extract}, {@code rules}, {@code explain}, {@code aggregate}, {@code serve},
 * {@code help} and {@code generate-completion}. Every mistake a person can make is one line in Chinese and English
 * and the command's help ({@link Mistakes}); a stack trace only with {@code --debug}.
 */
@Command(name = "nianbao", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"政府信息公开工作年度报告核查工具 / checker for annual reports on government information disclosure"},
        subcommands = {CheckCommand.class, ExtractCommand.class, RulesCommand.class, ExplainCommand.class,
                AggregateCommand.class, ServeCommand.class, HelpCommand.class, AutoComplete.GenerateCompletion.class})
public final class Main implements Runnable {
    static PrintStream OUT = Console.stdout(null);
    static PrintStream ERR = Console.stderr(null);
    /** Set while a test holds the streams: --encoding then leaves them alone. */
    private static boolean redirected;

    @Option(names = "--encoding", paramLabel = "CHARSET", scope = ScopeType.INHERIT,
            description = "屏幕输出的编码（默认跟随控制台，如中文 Windows 的 GBK；输出到文件或管道时为 UTF-8）/ encoding of"
                    + " standard output (default: the console's, e.g. GBK on a Chinese Windows console; UTF-8 when"
                    + " redirected)")
    Charset encoding;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "出错时显示完整的技术细节 / show the stack trace of an unexpected error")
    boolean debug;

    /** Sends standard output elsewhere (tests); null restores it. */
    static void redirect(PrintStream out) {
        redirect(out, null);
    }

    /** Sends standard output and error elsewhere (tests); null restores each. */
    static synchronized void redirect(PrintStream out, PrintStream err) {
        redirected = out != null || err != null;
        OUT = out == null ? Console.stdout(null) : out;
        ERR = err == null ? Console.stderr(null) : err;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(LocalDate.class, Converters::date);
        cli.registerConverter(Charset.class, Converters::charset);
        cli.registerConverter(Lang.class, Converters::lang);
        cli.setParameterExceptionHandler(Mistakes::parameter);
        cli.setExecutionExceptionHandler((e, line, parsed) -> Mistakes.execution(e, line, main.debug));
        cli.setExecutionStrategy(parsed -> {
            if (main.encoding != null && !redirected) {
                OUT = Console.stdout(main.encoding);
                ERR = Console.stderr(main.encoding);
            }
            cli.setOut(new PrintWriter(OUT, true));
            cli.setErr(new PrintWriter(ERR, true));
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setOut(new PrintWriter(OUT, true));
        cli.setErr(new PrintWriter(ERR, true));
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(OUT);
    }
}
