package org.nianbao.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Lang;
import org.nianbao.run.Inputs;

/** The closing line that says how many files were not checked and why. */
public final class Skipped {
    private Skipped() {
    }

    /** The reason's id in JSON ({@code summary.skipped}). */
    static String id(Inputs.Skip skip) {
        return switch (skip) {
            case NOT_A_REPORT -> "notAReport";
            case HIDDEN -> "hidden";
            case EXCLUDED -> "excluded";
            case ZIP -> "zipNotOpened";
            case NESTED_ZIP -> "zipInZip";
        };
    }

    static String line(Summary s, Lang lang) {
        return line(s.skipped(), s.skippedExtensions(), lang);
    }

    /** "已跳过 3 个文件：2 个不是报告文件（.txt 2），1 个隐藏文件。" */
    public static String line(Map<Inputs.Skip, Integer> skipped, Map<String, Integer> extensions, Lang lang) {
        boolean zh = lang == Lang.ZH;
        int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Inputs.Skip, Integer> e : new java.util.TreeMap<>(skipped).entrySet()) {
            int n = e.getValue();
            parts.add(switch (e.getKey()) {
                case NOT_A_REPORT -> (zh ? n + " 个不是报告文件（" : n + " not reports (") + extensions(extensions, zh)
                        + (zh ? "）" : ")");
                case HIDDEN -> zh ? n + " 个隐藏文件" : n + " hidden";
                case EXCLUDED -> zh ? n + " 个被 --exclude 排除" : n + " excluded by --exclude";
                case ZIP -> zh ? n + " 个压缩包（--no-zip 未打开）" : n + " zips (not opened: --no-zip)";
                case NESTED_ZIP -> zh ? n + " 个压缩包内的压缩包（不再展开）" : n + " zips inside zips (not opened)";
            });
        }
        return zh ? "已跳过 " + total + " 个文件：" + String.join("，", parts) + "。"
                : "Skipped " + total + " file(s): " + String.join(", ", parts) + ".";
    }

    private static String extensions(Map<String, Integer> extensions, boolean zh) {
        List<String> out = new ArrayList<>();
        new java.util.TreeMap<>(extensions).forEach((ext, n) -> out.add((ext.isEmpty() ? (zh ? "无扩展名" : "no extension")
                : "." + ext) + " " + n));
        return String.join(zh ? "，" : ", ", out);
    }
}
