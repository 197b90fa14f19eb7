package org.nianbao.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code check} reads: paths, patterns and standard input, what to leave out, last year's reports. */
public final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "文件、文件夹、通配符（如 \"报告/**/*.pdf\"）或 -（标准输入）；文件夹中的 zip 压缩包会打开 / files,"
                    + " folders, glob patterns (\"reports/**/*.pdf\") or - (standard input); zips in folders are opened")
    List<String> paths = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "PATTERN",
            description = "排除匹配的文件或文件夹，可重复；不含 / 时匹配任一级名称（如 草稿、*.htm）/ leave out matching files"
                    + " or folders, repeatable; without a / it matches any one name on the path")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--no-zip", description = "不打开 zip 压缩包 / do not open zip archives")
    boolean noZip;

    @Option(names = "--stdin-name", paramLabel = "NAME", defaultValue = "stdin",
            description = "从标准输入读取时显示的文件名 / the name shown for standard input (default: ${DEFAULT-VALUE})")
    String stdinName;

    @Option(names = "--previous", paramLabel = "PATH",
            description = "上一年度报告（文件或文件夹，按机关和年度匹配）/ last year's reports (file or folder, matched by"
                    + " body and year)")
    List<String> previous = new ArrayList<>();
}
