package org.nianbao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nianbao.model.Lang;
import org.nianbao.model.Report;
import org.nianbao.report.LocationText;
import org.nianbao.report.ModelJsonWriter;
import org.nianbao.report.SumWorkbook;
import org.nianbao.rules.Findings;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleFileException;
import org.nianbao.rules.RuleSet;
import org.nianbao.rules.Violation;
import org.nianbao.rules.kind.AggregateKind;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.Checker;
import org.nianbao.run.Readers;
import org.nianbao.run.RegionManifest;
import org.nianbao.run.RegionSum;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aggregate MANIFEST}: sums a region's bodies' tables, names the bodies missing, compares the sum with the
 * government's report (AGG.SUM, where the set is declared complete and all bodies were read) and writes the sum as
 * {@code region-sum.json} (the model's shape) and {@code region-sum.xlsx}. Exit 1 when a cell differs or a body is
 * missing, 2 for a bad manifest.
 */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = {"汇总区域内各单位报告并与政府报告核对 / sum a region's reports and compare with its government's"})
public final class AggregateCommand implements Callable<Integer> {

    @Mixin
    LangOption lang;

    @Mixin
    RuleOptions rules;

    @Option(names = "--output", paramLabel = "DIR", description = "汇总表输出目录（默认当前目录）/ where the sum goes")
    Path output;

    @Parameters(index = "0", paramLabel = "MANIFEST")
    Path manifestFile;

    @Override
    public Integer call() throws IOException {
        Lang l = lang.lang();
        boolean zh = l == Lang.ZH;
        RuleSet ruleSet;
        RegionManifest manifest;
        try {
            ruleSet = rules.load();
            manifest = RegionManifest.read(manifestFile);
        } catch (RuleFileException | IOException e) {
            if (!Files.isRegularFile(manifestFile)) {
                throw new UserError("清单不存在：" + manifestFile, "manifest does not exist: " + manifestFile);
            }
            throw new UserError("清单或规则有误：" + e.getMessage(), "manifest or rule error: " + e.getMessage());
        }
        Checker reader = new Checker(new RuleEngine(ruleSet), CheckOptions.DEFAULT, Readers.parsers(),
                Readers.recognizer());
        List<Report> read = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (RegionManifest.Body b : manifest.bodies()) {
            Optional<Report> r = Files.isRegularFile(b.file()) ? reader.readQuietly(b.file()) : Optional.empty();
            r.ifPresentOrElse(read::add, () -> missing.add(b.name()));
        }
        Report government = manifest.government() == null ? null : reader.readQuietly(manifest.government()).orElse(null);
        Integer year = government != null ? government.year() : read.isEmpty() ? null : read.get(0).year();
        Report sum = RegionSum.sum(zh ? "区域汇总" : "region sum", year, read);
        Main.OUT.println((zh ? "已汇总 " : "summed ") + read.size() + "/" + manifest.bodies().size()
                + (zh ? " 个单位的报告" : " bodies' reports"));
        if (!missing.isEmpty()) {
            Main.OUT.println((zh ? "缺少（未找到或无法读取）：" : "missing (absent or unreadable): ")
                    + String.join(zh ? "、" : ", ", missing));
        }
        List<Violation> found = new ArrayList<>();
        RuleDefinition rule = ruleSet.find("AGG.SUM").orElse(null);
        if (rule != null && government != null && manifest.complete() && missing.isEmpty()) {
            AggregateKind.compare(government, sum, new Findings(rule, found));
        } else if (government != null) {
            Main.OUT.println(zh ? "清单未声明完整或有单位缺少：不逐格比较（AGG.SUM 未判断）"
                    : "the set is not declared complete or a body is missing: AGG.SUM not judged");
        }
        for (Violation v : found) {
            Main.OUT.println("  " + v.severity().displayName().in(l) + "  " + v.ruleId() + "  "
                    + LocationText.describe(v.where(), l));
            Main.OUT.println("        " + v.message(l));
        }
        Path dir = output == null ? Path.of(".") : output;
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("region-sum.json"), ModelJsonWriter.write(sum), StandardCharsets.UTF_8);
        SumWorkbook.write(sum, dir.resolve("region-sum.xlsx"));
        Main.OUT.println((zh ? "汇总表：" : "sum: ") + dir.resolve("region-sum.json") + ", " + dir.resolve("region-sum.xlsx"));
        Main.OUT.flush();
        return found.isEmpty() && missing.isEmpty() ? ExitCode.OK : ExitCode.ERRORS;
    }
}
