package org.nianbao.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.nianbao.model.Lang;
import org.nianbao.rules.CompiledRule;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.rules.RuleFileException;
import org.nianbao.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rules}: lists every rule with its id, severity, profiles and title. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = {"列出全部规则 / list every rule"})
public final class RulesCommand implements Callable<Integer> {
    @Mixin
    LangOption lang;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() throws IOException {
        RuleSet set;
        try {
            set = rules.load();
        } catch (RuleFileException e) {
            throw new UserError("规则文件有误：" + e.getMessage(), "rule file error: " + e.getMessage());
        }
        Lang l = lang.lang();
        for (CompiledRule r : set.all()) {
            RuleDefinition d = r.definition();
            Main.OUT.printf("%-22s %-8s %-10s %s%n", d.id(), d.severity().id(), String.join(",", d.profiles()
                    .stream().sorted().toList()), d.title().in(l));
        }
        return ExitCode.OK;
    }
}
