package org.nianbao.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.nianbao.model.Lang;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.rules.RuleFileException;
import org.nianbao.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code explain RULE-ID}: prints a rule's documentation. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = {"说明一条规则 / explain a rule"})
public final class ExplainCommand implements Callable<Integer> {
    @Mixin
    LangOption lang;

    @Mixin
    RuleOptions rules;

    @Parameters(arity = "1", paramLabel = "RULE-ID")
    String id;

    @Override
    public Integer call() throws IOException {
        RuleSet set;
        try {
            set = rules.load();
        } catch (RuleFileException e) {
            throw new UserError("规则文件有误：" + e.getMessage(), "rule file error: " + e.getMessage());
        }
        RuleDefinition d = set.find(id).orElse(null);
        if (d == null) {
            java.util.List<String> ids = set.all().stream().map(r -> r.definition().id()).toList();
            java.util.List<String> close = Suggestions.closeTo(id, ids);
            throw new UserError("没有规则 " + id + (close.isEmpty() ? "" : "，是否想查 " + String.join(" 或 ", close) + "？")
                    + "（nianbao rules 列出全部规则）", "no rule " + id + (close.isEmpty() ? "" : "; did you mean "
                    + String.join(" or ", close) + "?") + " (nianbao rules lists them all)");
        }
        Lang l = lang.lang();
        boolean zh = l == Lang.ZH;
        Main.OUT.println(d.id() + "  " + d.title().in(l));
        Main.OUT.println((zh ? "级别：" : "severity: ") + d.severity().displayName().in(l)
                + (zh ? "　适用格式：" : "   profiles: ") + String.join(", ", d.profiles().stream().sorted().toList()));
        Main.OUT.println((zh ? "依据：" : "source: ") + d.source());
        Main.OUT.println();
        Main.OUT.println(d.doc().in(l).strip());
        Main.OUT.println();
        Main.OUT.println((zh ? "修改建议：" : "fix: ") + d.fix().in(l));
        Main.OUT.println((zh ? "规则文件：" : "rule file: ") + d.file());
        return ExitCode.OK;
    }
}
