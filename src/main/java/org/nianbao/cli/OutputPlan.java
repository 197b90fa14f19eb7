package org.nianbao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where each output format goes: every {@code --output FILE} takes its format from its extension; each
 * {@code --format} not already written to a file goes to standard output, and only one may. Nothing asked: text on
 * standard output. The binary workbook never goes to standard output.
 */
final class OutputPlan {
    /** Output formats of {@code check}. */
    enum Format { text, json, sarif, junit, html, xlsx }

    /** One output: a format and its file (null: standard output). */
    record Target(Format format, Path file) {
    }

    /** A combination of options that cannot work, with the message for the user. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    private OutputPlan() {
    }

    static List<Target> of(List<Format> formats, List<Path> outputs) throws Invalid {
        List<Target> out = new ArrayList<>();
        for (Path p : outputs) {
            out.add(new Target(byExtension(p), p));
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
            throw new Invalid("只有一种格式可以输出到屏幕，其余请用 --output 指定文件 / only one format can go to standard"
                    + " output; give the others an --output FILE: " + toStdout);
        }
        if (toStdout.contains(Format.xlsx)) {
            throw new Invalid("xlsx 需要 --output 文件名 / xlsx needs --output FILE.xlsx");
        }
        toStdout.forEach(f -> out.add(new Target(f, null)));
        return out;
    }

    static Format byExtension(Path file) throws Invalid {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (ext) {
            case "json" -> Format.json;
            case "sarif" -> Format.sarif;
            case "xml" -> Format.junit;
            case "html", "htm" -> Format.html;
            case "xlsx" -> Format.xlsx;
            case "txt" -> Format.text;
            default -> throw new Invalid("--output " + file + "：无法从扩展名判断格式（.json .sarif .xml .html .xlsx .txt）/"
                    + " cannot tell the format from the extension (.json .sarif .xml .html .xlsx .txt)");
        };
    }
}
