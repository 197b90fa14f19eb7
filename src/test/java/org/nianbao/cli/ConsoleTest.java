package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person sees at a console, run as a separate process: the progress line on a (pseudo-)terminal never runs
 * into a result, colours only on a terminal and never with NO_COLOR, and Chinese in the console's own encoding (GBK on
 * a Chinese Windows console, where Java 17 names the code page in sun.stdout.encoding) or as --encoding says.
 */
class ConsoleTest {
    private static final Charset GBK = Charset.forName("GBK");
    @TempDir
    static Path batch;

    @BeforeAll
    static void twelveReports() throws Exception {
        for (int i = 0; i < 6; i++) {
            Files.copy(Path.of("samples/seed.json"), batch.resolve(String.format("%02d-seed.json", i)));
            Files.copy(Path.of("samples/rules/T3.BALANCE.json"), batch.resolve(String.format("%02d-t3.json", i)));
        }
    }


    @Test
    void progressLineIsClearedBeforeEveryResultOnATerminal() throws Exception {
        assumeTrue(JavaProcess.canUseTerminal(), "util-linux script is not installed: no pseudo-terminal to test on");
        JavaProcess.Output o = JavaProcess.onTerminal(Path.of("").toAbsolutePath(), Map.of("TERM", "xterm"),
                List.of(), "check", batch.toString());
        String raw = o.out(StandardCharsets.UTF_8);
        assertThat(o.code()).isEqualTo(ExitCode.ERRORS);
        assertThat(raw).as("the progress line was drawn").contains("个/秒");
        List<String> screen = screen(raw);
        assertThat(screen).as("no line left on screen holds the progress bar").noneMatch(l -> l.contains("个/秒"));
        assertThat(screen.stream().filter(l -> l.contains("[json ·")).count()).isEqualTo(12);
        assertThat(screen).anyMatch(l -> l.startsWith("共 12 个文件"));
        assertThat(raw).as("errors in red on a terminal").contains("\033[31m错误");
    }

    @Test
    void noColourWhenNoColorIsSetOrOutputIsPiped() throws Exception {
        assumeTrue(JavaProcess.canUseTerminal(), "util-linux script is not installed: no pseudo-terminal to test on");
        JavaProcess.Output noColor = JavaProcess.onTerminal(Path.of("").toAbsolutePath(),
                Map.of("TERM", "xterm", "NO_COLOR", "1"), List.of(), "check", "samples/rules/T3.BALANCE.json");
        assertThat(noColor.out(StandardCharsets.UTF_8)).contains("错误").doesNotContain("\033[31m");
        JavaProcess.Output piped = JavaProcess.piped(Path.of("").toAbsolutePath(), Map.of(), List.of(), "check",
                "samples/rules/T3.BALANCE.json");
        assertThat(piped.out(StandardCharsets.UTF_8)).contains("错误").doesNotContain("\033[");
        JavaProcess.Output forced = JavaProcess.piped(Path.of("").toAbsolutePath(), Map.of("NO_COLOR", "1"),
                List.of(), "check", "--color=always", "samples/rules/T3.BALANCE.json");
        assertThat(forced.out(StandardCharsets.UTF_8)).contains("\033[31m错误");
    }

    @Test
    void chineseWindowsConsoleGetsGbk() throws Exception {
        assumeTrue(JavaProcess.canUseTerminal(), "util-linux script is not installed: no pseudo-terminal to test on");
        // what Java 17 sets on a Chinese Windows console (code page 936); the bytes must be GBK, not UTF-8
        JavaProcess.Output o = JavaProcess.onTerminal(Path.of("").toAbsolutePath(), Map.of("TERM", "xterm"),
                List.of("-Dsun.stdout.encoding=GBK", "-Dsun.stderr.encoding=GBK"), "check", "--no-color",
                "samples/seed.json");
        assertThat(o.out(GBK)).contains("通过：错误 0，警告 0，提示 3", "共 1 个文件");
        assertThat(o.out(StandardCharsets.UTF_8)).doesNotContain("通过");
    }

    @Test
    void encodingOptionWinsAndPipesGetUtf8() throws Exception {
        Path here = Path.of("").toAbsolutePath();
        JavaProcess.Output gbk = JavaProcess.piped(here, Map.of(), List.of(), "check", "--encoding", "GBK",
                "samples/seed.json");
        assertThat(gbk.out(GBK)).contains("通过：错误 0，警告 0，提示 3");
        JavaProcess.Output plain = JavaProcess.piped(here, Map.of("LANG", "C"), List.of(), "check",
                "samples/seed.json");
        assertThat(plain.out(StandardCharsets.UTF_8)).contains("通过：错误 0，警告 0，提示 3");
        JavaProcess.Output bad = JavaProcess.piped(here, Map.of(), List.of(), "check", "--encoding", "KLINGON",
                "samples/seed.json");
        assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err(StandardCharsets.UTF_8)).contains("不认识编码“KLINGON”", "nianbao check --help")
                .doesNotContain("Exception");
    }

    @Test
    void theEncodingChoiceInOrder() {
        Map<String, String> windowsConsole = Map.of("sun.stdout.encoding", "cp936");
        assertThat(Console.encoding(null, 1, windowsConsole::get)).isEqualTo(GBK);
        assertThat(Console.encoding(Charset.forName("GB18030"), 1, windowsConsole::get).name()).isEqualTo("GB18030");
        // a console that cannot write Chinese (LANG=C) gets UTF-8 rather than question marks
        Map<String, String> ascii = Map.of("sun.stdout.encoding", "US-ASCII");
        assertThat(Console.encoding(null, 1, ascii::get)).isEqualTo(StandardCharsets.UTF_8);
        // not a terminal (tests write to a pipe): UTF-8, whatever the locale says
        Map<String, String> none = Map.of("stdout.encoding", "GBK");
        assertThat(Console.encoding(null, 1, none::get)).isEqualTo(StandardCharsets.UTF_8);
    }

    /**
     * The lines a terminal would show: carriage return goes back to the start of the line, ESC[K erases to its end,
     * other escape codes draw nothing.
     */
    static List<String> screen(String raw) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int cursor = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                cursor = 0;
            } else if (c == '\n') {
                lines.add(line.toString());
                line.setLength(0);
                cursor = 0;
            } else if (c == '\033' && i + 1 < raw.length() && raw.charAt(i + 1) == '[') {
                int end = i + 2;
                while (end < raw.length() && !Character.isLetter(raw.charAt(end))) {
                    end++;
                }
                if (end < raw.length() && raw.charAt(end) == 'K') {
                    line.setLength(Math.min(cursor, line.length()));
                }
                i = end;
            } else {
                if (cursor < line.length()) {
                    line.setCharAt(cursor, c);
                } else {
                    line.append(c);
                }
                cursor++;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
