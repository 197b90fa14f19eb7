package org.nianbao.hostile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the audit's hostile inputs ({@link AttackFiles}) and a seeded series of mutated seed reports
 * ({@link Mutator}) into a folder, for {@code bench/soak.sh}:
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.nianbao.hostile.AttackMain \
 *     -Dexec.args="OUT [MUTATIONS] [SEED]"
 * </pre>
 */
public final class AttackMain {
    private AttackMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        int mutations = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 17;
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("huge-styles.docx", AttackFiles.hugeStyles(580_000));
        files.put("huge-numbering.docx", AttackFiles.hugeNumbering(300_000));
        files.put("bzip2-bomb.docx", AttackFiles.bzip2Body(1_000_000));
        files.put("needs-more-heap.docx", AttackFiles.heavyTable());
        files.put("fan-out.pdf", AttackFiles.xobjectFanOut(9));
        files.put("count-max.pdf", AttackFiles.lyingPageCount(2147483647L));
        files.put("count-negative.pdf", AttackFiles.lyingPageCount(-5));
        files.put("zeros.zip", AttackFiles.zipOfZeros(20, 48));
        files.put("zip-bomb.docx", HostileFiles.moderateBomb(300));
        files.put("space-bomb.docx", HostileFiles.spaceBomb(2000));
        Mutator mutator = new Mutator(seed);
        String[] formats = {"json", "docx", "doc", "html", "pdf"};
        for (int i = 0; i < mutations; i++) {
            String f = formats[i % formats.length];
            files.put("mutated-" + i + "." + f, mutator.mutate(Seeds.variants(f).get(i % Seeds.variants(f).size()),
                    f));
        }
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Files.write(out.resolve(e.getKey()), e.getValue());
        }
        System.out.println(files.size() + " hostile files in " + out);
    }
}
