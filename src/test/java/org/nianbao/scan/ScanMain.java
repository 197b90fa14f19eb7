package org.nianbao.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The OCR sweep from the command line (bench/ocr.sh): {@code [--generated N] [--seed S] [--recipes 300c,200g,…]
 * [--real] [--only NAME] [--out DIR]}. Scans the seed, the real reports (with --real) and N generated reports (every other one
 * with a seeded balance error) by every recipe, reads them back and prints the table.
 */
public final class ScanMain {
    private ScanMain() {
    }

    public static void main(String[] args) throws Exception {
        int generated = 4;
        long seed = 21;
        List<ScanRecipe> recipes = new ArrayList<>(ScanRecipes.ALL);
        boolean real = false;
        Path out = Path.of("target/ocr");
        String only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--generated" -> generated = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--recipes" -> {
                    recipes.clear();
                    for (String id : args[++i].split(",")) {
                        recipes.add(ScanRecipes.byId(id.strip()));
                    }
                }
                case "--real" -> real = true;
                case "--out" -> out = Path.of(args[++i]);
                case "--only" -> only = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Files.createDirectories(out);
        List<ScanSweep.Source> sources = new ArrayList<>();
        sources.add(ScanSweep.seed());
        if (real) {
            sources.add(ScanSweep.hongze());
            sources.add(ScanSweep.huaian());
        }
        for (int i = 0; i < generated; i++) {
            sources.add(ScanSweep.generated(seed, i, i % 2 == 1));
        }
        if (only != null) {
            String name = only;
            sources.removeIf(s -> !s.name().equals(name));
        }
        ScanSweep sweep = new ScanSweep();
        List<ScanScore> scores = new ArrayList<>();
        String before = load();
        for (ScanSweep.Source s : sources) {
            for (ScanRecipe r : recipes) {
                ScanScore score = sweep.score(s, r, out);
                scores.add(score);
                System.err.printf("%s %s: %d/%d exact, %d unsure, %d silently wrong, %d missing, %.1f s%n",
                        s.name(), r.id(), score.exact(), score.cells(), score.unsure(), score.silentlyWrong().size(),
                        score.missing().size(), score.seconds());
                score.unsureCells().forEach(u -> System.err.println("  unsure " + u));
                score.silentlyWrong().forEach(u -> System.err.println("  WRONG " + u));
                score.missing().forEach(u -> System.err.println("  missing " + u));
                score.falseErrors().forEach(u -> System.err.println("  FALSE ERROR " + u));
                score.falseWarnings().forEach(u -> System.err.println("  false warning " + u));
            }
        }
        String table = ScanSweep.table(scores, recipes, "Load average " + before + " at the start, " + load()
                + " at the end.");
        Files.writeString(out.resolve("ocr-accuracy.md"), table);
        System.out.println(table);
    }

    static String load() throws IOException {
        String s = Files.readString(Path.of("/proc/loadavg")).strip();
        String[] f = s.split(" ");
        return f[0] + " / " + f[1] + " / " + f[2];
    }
}
