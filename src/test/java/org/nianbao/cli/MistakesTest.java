package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every mistake a person can make on the command line is one line in Chinese and English, then where the help is:
 * exit 2, no stack trace (unless --debug), no page of usage, a suggestion only when it is close.
 */
class MistakesTest {

    private static void assertOneLine(CliRun.Result r, String... words) {
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().lines().toList()).hasSize(2);
        assertThat(r.err()).contains(words).contains(" / ").doesNotContain("Exception", "\tat ", "Usage:");
        assertThat(r.err().lines().toList().get(1)).isEqualTo("用法见 / usage: nianbao check --help");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badOptionValuesSayWhatWasExpected() {
        assertOneLine(CliRun.run("check", "--lang", "fr", "samples/seed.json"), "--lang", "“fr”", "zh", "en");
        assertOneLine(CliRun.run("check", "--published", "2024/01/20", "samples/seed.json"), "--published",
                "“2024/01/20”不是日期", "YYYY-MM-DD");
        assertOneLine(CliRun.run("check", "--format", "yaml", "samples/seed.json"), "--format 的值“yaml”无效",
                "text, json, sarif, junit, html, xlsx, github, gitlab");
        assertOneLine(CliRun.run("check", "--timeout", "soon", "samples/seed.json"), "--timeout 的值“soon”不是数字");
        assertOneLine(CliRun.run("check", "--timeout", "0", "samples/seed.json"), "--timeout 须大于 0");
        assertOneLine(CliRun.run("check", "--level", "county", "samples/seed.json"), "department", "government",
                "“county”");
        assertOneLine(CliRun.run("check", "--fail-on", "sometimes", "samples/seed.json"),
                "--fail-on 的值“sometimes”无效，可选：error, warning, never");
        assertOneLine(CliRun.run("check", "--profile", "2030", "samples/seed.json"), "--profile", "2030", "2021");
        assertOneLine(CliRun.run("check", "--format", "json", "--format", "sarif", "samples/seed.json"),
                "只有一种格式可以输出到屏幕");
        assertOneLine(CliRun.run("check", "--format", "xlsx", "samples/seed.json"), "xlsx 需要用 --output");
        assertOneLine(CliRun.run("check"), "缺少 PATH", "missing PATH");
    }

    @Test
    void suggestionsOnlyWhenClose() {
        CliRun.Result typo = CliRun.run("check", "--fromat", "json", "samples/seed.json");
        assertOneLine(typo, "没有选项 --fromat，是否想用 --format？", "did you mean --format?");
        CliRun.Result far = CliRun.run("check", "--xyzzy", "samples/seed.json");
        assertOneLine(far, "没有选项 --xyzzy");
        assertThat(far.err()).doesNotContain("是否想用", "did you mean");
        CliRun.Result value = CliRun.run("check", "--format", "jsno", "samples/seed.json");
        assertThat(value.err()).contains("是否想用 json？");
        CliRun.Result command = CliRun.run("chek", "samples/seed.json");
        assertThat(command.code()).isEqualTo(ExitCode.USAGE);
        assertThat(command.err()).contains("没有命令 chek，是否想用 check？", "用法见 / usage: nianbao --help");
    }

    @Test
    void unwritableOutputIsNamedAndNothingIsChecked(@TempDir Path tmp) throws Exception {
        Path blocker = Files.writeString(tmp.resolve("file"), "x");
        CliRun.Result r = CliRun.run("check", "-o", blocker.resolve("out.json").toString(), "samples/seed.json");
        assertOneLine(r, "无法写入 " + blocker.resolve("out.json"), "cannot write");
        CliRun.Result folder = CliRun.run("check", "-o", tmp.toString() + "/", "samples/seed.json");
        assertOneLine(folder, "无法从扩展名判断格式");
        CliRun.Result debug = CliRun.run("check", "--debug", "-o", blocker.resolve("out.json").toString(),
                "samples/seed.json");
        assertThat(debug.err()).contains("无法写入", "\tat "); // --debug shows where it came from
    }

    @Test
    void portInUseSuggestsAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun.Result r = CliRun.run("serve", "--port", String.valueOf(taken.getLocalPort()), "--data",
                    Files.createTempDirectory("nianbao-serve").toString());
            assertThat(r.code()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("端口 " + taken.getLocalPort() + " 已被占用", "--port", " / ")
                    .doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void helpWorksAsACommand() {
        CliRun.Result help = CliRun.run("help");
        assertThat(help.code()).isEqualTo(ExitCode.OK);
        assertThat(help.out()).contains("check", "serve", "explain");
        CliRun.Result check = CliRun.run("help", "check");
        assertThat(check.code()).isEqualTo(ExitCode.OK);
        assertThat(check.out()).contains("--published-dates", "--exclude", "--max-warnings", "--quiet");
        CliRun.Result completion = CliRun.run("generate-completion");
        assertThat(completion.code()).isEqualTo(ExitCode.OK);
        assertThat(completion.out()).contains("complete -F", "--published-dates");
    }

    /** A full disk under an output is the person's to fix, said so, not an internal error. */
    @Test
    void anOutputThatCannotBeWrittenIsSaidPlainly() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")),
                "no /dev/full on this system");
        CliRun.Result r = CliRun.run("check", "samples/seed.json", "-o", "json:/dev/full");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("无法写出检查结果", "could not write the results").doesNotContain("内部出错");
    }
}
