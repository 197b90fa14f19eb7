package org.nianbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.rules.RuleFileException;
import org.nianbao.rules.RuleLoader;
import org.nianbao.rules.RuleSet;
import org.nianbao.rules.RuleSource;
import picocli.CommandLine.Option;

/** Where the rules come from: the built-in set, another folder, and extra files. */
public final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "用此文件夹中的规则代替内置规则 / use the rule files in DIR instead of the built-in ones")
    Path rulesDir;

    @Option(names = "--add-rules", paramLabel = "PATH",
            description = "在内置规则之外再加载规则文件或文件夹 / load these rule files or folders as well")
    List<Path> extra = new ArrayList<>();

    RuleSet load() throws RuleFileException, IOException {
        return new RuleLoader().load(sources());
    }

    /** The rule files these options name, in load order. */
    List<RuleSource> sources() throws IOException {
        List<RuleSource> sources = new ArrayList<>(rulesDir == null ? RuleSource.builtIn()
                : RuleSource.fromPath(rulesDir));
        for (Path p : extra) {
            sources.addAll(RuleSource.fromPath(p));
        }
        return sources;
    }
}
