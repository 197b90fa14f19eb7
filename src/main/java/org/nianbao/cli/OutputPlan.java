package org.nianbao.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where each output format goes: every {@code --output FILE} takes its format from its extension, or from a
 * {@code FORMAT:} prefix ({@code gitlab:gl-code-quality-report.json}); each {@code --format} not already written to a
 * file goes to standard output, and only one may. Nothing asked: text on standard output. The binary workbook never
 * goes to standard output.
 */
final class OutputPlan {
    /** Output formats of {@code check}. */
    enum Format { text, json, sarif, junit, html, xlsx, github, gitlab }

    /** One output: a format and its file (null: standard output). */
    record Target(Format format, Path file) {
    }

    private OutputPlan() {
    }

    static List<Target> of(List<Format> formats, List<String> outputs) {
        List<Target> out = new ArrayList<>();
        for (String o : outputs) {
            Path file;
            try {
                file = Path.of(withoutFormat(o));
            } catch (InvalidPathException e) {
                throw new UserError("--output " + o + "：不是有效的文件名", "--output " + o + ": not a valid file name");
            }
            out.add(new Target(prefixFormat(o) != null ? prefixFormat(o) : byExtension(file), file));
        }
        List<Format> toStdout = new ArrayList<>();
        for (Format f : formats) {
            boolean toFile = out.stream().anyMatch(t -> t.format() == f);
            if (!toFile && !toStdout.contains(f)) {
                toStdout.add(f);
            }
        }
        if (formats.isEmpty() && outputs.isEmpty()) {
            toStdout.add(Format.text);
        }
        if (toStdout.size() > 1) {
            throw new UserError("只有一种格式可以输出到屏幕（" + toStdout + "），其余请用 --output 指定文件",
                    "only one format can go to standard output (" + toStdout + "); give the others an --output FILE");
        }
        if (toStdout.contains(Format.xlsx)) {
            throw new UserError("xlsx 需要用 --output 指定文件名，如 -o 结果.xlsx", "xlsx needs --output FILE.xlsx");
        }
        toStdout.forEach(f -> out.add(new Target(f, null)));
        return out;
    }

    /** The file name of an {@code --output} value, without a {@code FORMAT:} prefix. */
    static String withoutFormat(String output) {
        return prefixFormat(output) == null ? output : output.substring(output.indexOf(':') + 1);
    }

    /** The format a {@code FORMAT:FILE} value names; null when none (a Windows drive letter is no format). */
    private static Format prefixFormat(String output) {
        int colon = output.indexOf(':');
        if (colon < 2) {
            return null;
        }
        String name = output.substring(0, colon).toLowerCase(Locale.ROOT);
        return Arrays.stream(Format.values()).filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    static Format byExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (ext) {
            case "json" -> Format.json;
            case "sarif" -> Format.sarif;
            case "xml" -> Format.junit;
            case "html", "htm" -> Format.html;
            case "xlsx" -> Format.xlsx;
            case "txt" -> Format.text;
            default -> throw new UserError("--output " + file + "：无法从扩展名判断格式（.txt .json .sarif .xml .html"
                    + " .xlsx），或写作 格式:文件名，如 gitlab:报告.json", "--output " + file + ": cannot tell the format"
                    + " from the extension (.txt .json .sarif .xml .html .xlsx); or write FORMAT:FILE, e.g."
                    + " gitlab:report.json");
        };
    }
}
