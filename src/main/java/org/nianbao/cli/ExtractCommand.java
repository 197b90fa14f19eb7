package org.nianbao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.model.Lang;
import org.nianbao.parse.ReadFailure;
import org.nianbao.report.ModelJsonWriter;
import org.nianbao.report.Outcomes;
import org.nianbao.rules.RuleEngine;
import org.nianbao.rules.RuleSet;
import org.nianbao.run.CheckOptions;
import org.nianbao.run.Checker;
import org.nianbao.run.FileResult;
import org.nianbao.run.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code extract}: prints the model read from a file as JSON, in the shape {@code check} accepts back. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"读取报告并以 JSON 输出其内容 / read a report and print the model as JSON"})
public final class ExtractCommand implements Callable<Integer> {
    @Mixin
    LangOption lang;

    @Parameters(arity = "1", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        if (!Files.exists(file)) {
            throw new UserError("不存在：" + file, "does not exist: " + file);
        }
        Checker checker = new Checker(new RuleEngine(new RuleSet(java.util.List.of())), CheckOptions.DEFAULT,
                Readers.parsers(), Readers.recognizer());
        try {
            Main.OUT.print(ModelJsonWriter.write(checker.read(file)));
            return ExitCode.OK;
        } catch (ReadFailure e) {
            Lang l = lang.lang();
            Main.ERR.println(file + ": " + e.problem().code() + "  " + Outcomes.message(
                    new FileResult.Unreadable(e.problem(), e.getMessage(), e.details()), l));
            return ExitCode.UNREADABLE;
        }
    }
}
