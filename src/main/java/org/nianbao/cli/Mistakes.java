package org.nianbao.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * What a person sees when a command line goes wrong: one line in Chinese and English saying what and how to put it
 * right (a close option or command name suggested, never a far one), then where the help is; no usage dump, no
 * stack trace unless {@code --debug}.
 */
final class Mistakes {
    private Mistakes() {
    }

    /** A command line picocli could not parse. */
    static int parameter(ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        print(describe(e), line);
        return ExitCode.USAGE;
    }

    /** A command that failed while running: a {@link UserError} is the person's to fix, anything else is ours. */
    static int execution(Exception e, CommandLine line, boolean debug) {
        if (e instanceof UserError u) {
            print(u.getMessage(), line);
            if (debug && u.getCause() != null) {
                u.getCause().printStackTrace(Main.ERR);
            }
            return u.exitCode();
        }
        Main.ERR.println("nianbao 内部出错，请把这条信息和所用文件报告给维护者（加 --debug 可看详情）/ nianbao failed"
                + " unexpectedly; please report this line and the files used (--debug shows details): "
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        if (debug) {
            e.printStackTrace(Main.ERR);
        }
        return ExitCode.USAGE;
    }

    private static void print(String message, CommandLine line) {
        Main.ERR.println(message);
        Main.ERR.println("用法见 / usage: " + line.getCommandSpec().qualifiedName() + " --help");
        Main.ERR.flush();
    }

    static String describe(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return unmatched(u);
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return missing(m);
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            String name = o.getOverwritten() instanceof OptionSpec os ? os.longestName() : "option";
            return name + " 只能给一次 / " + name + " can be given once";
        }
        ArgSpec spec = e.getArgSpec();
        String value = e.getValue();
        if (spec != null && value != null) {
            String name = spec instanceof OptionSpec os ? os.longestName() : spec.paramLabel();
            if (e.getCause() instanceof TypeConversionException t && t.getMessage().contains(" / ")) {
                return name + "：" + t.getMessage(); // from Converters, already in both languages
            }
            Class<?> type = spec.auxiliaryTypes().length > 0 ? spec.auxiliaryTypes()[0] : spec.type();
            if (type.isEnum()) {
                List<String> choices = new ArrayList<>();
                for (Object c : type.getEnumConstants()) {
                    choices.add(c.toString().toLowerCase(Locale.ROOT));
                }
                String joined = String.join(", ", choices);
                String zh = hint(value, choices, true);
                return name + " 的值“" + value + "”无效" + (zh.isEmpty() ? "，" : zh) + "可选：" + joined
                        + " / invalid value '" + value + "' for " + name + " (one of: " + joined + ")"
                        + hint(value, choices, false);
            }
            if (Number.class.isAssignableFrom(boxed(type))) {
                return name + " 的值“" + value + "”不是数字 / " + name + ": '" + value + "' is not a number";
            }
            return name + " 的值“" + value + "”无效 / invalid value '" + value + "' for " + name;
        }
        return "命令行有误 / invalid command line: " + e.getMessage();
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException u) {
        List<String> unmatched = u.getUnmatched();
        String first = unmatched.isEmpty() ? "" : unmatched.get(0);
        CommandLine line = u.getCommandLine();
        if (first.startsWith("-") && first.length() > 1) {
            String typed = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            List<String> names = new ArrayList<>();
            line.getCommandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
            return "没有选项 " + typed + hint(typed, names, true) + " / unknown option " + typed + hint(typed, names, false);
        }
        if (!line.getSubcommands().isEmpty() && !first.isEmpty()) {
            List<String> names = new ArrayList<>(line.getSubcommands().keySet());
            return "没有命令 " + first + hint(first, names, true) + " / unknown command " + first
                    + hint(first, names, false);
        }
        return "多余的参数：" + String.join(" ", unmatched) + " / unexpected argument(s): " + String.join(" ", unmatched);
    }

    private static String hint(String typed, List<String> names, boolean zh) {
        List<String> close = Suggestions.closeTo(typed, names);
        if (close.isEmpty()) {
            return "";
        }
        return zh ? "，是否想用 " + String.join(" 或 ", close) + "？" : "; did you mean " + String.join(" or ", close) + "?";
    }

    private static String missing(CommandLine.MissingParameterException m) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (ArgSpec a : m.getMissing()) {
            if (a instanceof OptionSpec o) {
                zh.add(o.longestName() + " 后面缺少值（" + o.paramLabel() + "）");
                en.add(o.longestName() + " needs a value (" + o.paramLabel() + ")");
            } else {
                zh.add("缺少 " + a.paramLabel() + (a.paramLabel().equals("PATH") ? "（要核查的文件或文件夹）" : ""));
                en.add("missing " + a.paramLabel() + (a.paramLabel().equals("PATH") ? " (files or folders to check)" : ""));
            }
        }
        return String.join("；", zh) + " / " + String.join("; ", en);
    }

    private static Class<?> boxed(Class<?> t) {
        if (!t.isPrimitive()) {
            return t;
        }
        return t == int.class ? Integer.class : t == long.class ? Long.class : t == double.class ? Double.class
                : t == float.class ? Float.class : t == short.class ? Short.class : t == byte.class ? Byte.class : t;
    }
}
