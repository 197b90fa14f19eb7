package org.nianbao.cli;

import org.nianbao.model.Lang;
import picocli.CommandLine.Option;

/** {@code --lang zh|en}. */
public final class LangOption {
    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "输出语言 / output language (default: ${DEFAULT-VALUE})")
    Lang code;

    Lang lang() {
        return code;
    }
}
