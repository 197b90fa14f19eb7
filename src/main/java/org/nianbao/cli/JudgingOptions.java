package org.nianbao.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** How {@code check} judges the reports: the format, the body's level, publication dates, accepted deviations. */
public final class JudgingOptions {
    @Option(names = "--profile", paramLabel = "ID",
            description = "规则配置：2021 或 2019（默认按识别出的格式和年度）/ rule profile (default: by format and year)")
    String profile;

    @Option(names = "--level", paramLabel = "department|government",
            description = "报告机关层级（默认从机关名称判断）/ the reporting body's level (default: from its name)")
    String level;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "全部报告的实际发布日期，用于核对发布时限 / the publication date of every report, for the deadline")
    LocalDate published;

    @Option(names = "--published-dates", paramLabel = "FILE",
            description = "各报告的发布日期清单（CSV 或 xlsx：文件名或单位名称、发布日期、可选年度）/ each report's"
                    + " publication date (CSV or xlsx: file or body name, date, optional year)")
    Path publishedDates;

    @Option(names = "--suppress", paramLabel = "FILE",
            description = "豁免清单（默认：当前目录下的 .nianbao-suppress.yaml）/ suppressions (default:"
                    + " .nianbao-suppress.yaml in the current directory, if present)")
    Path suppress;
}
