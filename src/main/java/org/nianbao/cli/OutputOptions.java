package org.nianbao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** What {@code check} writes, where, how much, and what makes it fail. */
public final class OutputOptions {
    /** What makes the exit code 1. */
    enum FailOn { error, warning, never }

    /** When the text output is coloured. */
    enum Color { auto, always, never }

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text | json | sarif | junit | html | xlsx | github | gitlab，可重复 / repeatable (default: text)")
    List<OutputPlan.Format> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "写入文件，格式取自扩展名（.txt .json .sarif .xml .html .xlsx），或写作 gitlab:FILE 指定格式；可重复 /"
                    + " write to a file, the format from the extension or given as FORMAT:FILE; repeatable")
    List<String> outputs = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "只显示错误和无法读取的文件 / show errors and unreadable files only")
    boolean quiet;

    @Option(names = "--color", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "文字输出的颜色（auto：输出到终端且未设 NO_COLOR 时）/ colour the text output (auto: on a terminal,"
                    + " unless NO_COLOR is set)")
    Color color;

    @Option(names = "--no-color", description = "同 --color=never / same as --color=never")
    boolean noColor;

    @Option(names = "--fail-on", paramLabel = "error|warning|never", defaultValue = "error",
            description = "何种问题使退出码为 1 / what makes the exit code 1 (default: ${DEFAULT-VALUE})")
    FailOn failOn;

    @Option(names = "--max-warnings", paramLabel = "N",
            description = "警告超过 N 个时退出码为 1 / exit code 1 when there are more than N warnings")
    Integer maxWarnings;

    /** The outputs as files with their formats. */
    List<Path> outputPaths() {
        return outputs.stream().map(o -> Path.of(OutputPlan.withoutFormat(o))).toList();
    }
}
