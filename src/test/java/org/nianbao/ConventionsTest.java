package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The flow parse → recognize → model → rules → report shows in the imports: each package imports only the
 * packages before it. A test, not a review comment, keeps it so.
 */
class ConventionsTest {
    private static final Path MAIN = Path.of("src/main/java/org/nianbao");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.nianbao\\.(\\w+)", Pattern.MULTILINE);
    private static final Pattern READER_IMPORT = Pattern.compile("^import (?:static )?org\\.nianbao\\.parse\\.([a-z]\\w*)\\.",
            Pattern.MULTILINE);
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of(),
            "support", Set.of(),
            "parse", Set.of("model", "support"),
            "recognize", Set.of("parse", "model", "support"),
            "rules", Set.of("model", "support"),
            "run", Set.of("parse", "recognize", "rules", "model", "support"),
            "report", Set.of("run", "rules", "model", "parse", "support"),
            "store", Set.of("support"),
            "web", Set.of("store", "report", "run", "rules", "model", "parse", "support"));

    @Test
    void packagesImportOnlyThePackagesBeforeThem() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String top = MAIN.relativize(f).getName(0).toString();
                Set<String> allowed = ALLOWED.get(top);
                if (allowed == null) {
                    continue; // cli may import anything
                }
                Matcher m = IMPORT.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!m.group(1).equals(top) && !allowed.contains(m.group(1))) {
                        offences.add(MAIN.relativize(f) + " imports org.nianbao." + m.group(1));
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    /**
     * The format readers ({@code parse.docx}, {@code parse.odt}, {@code parse.pdf} …) are siblings: each imports only
     * what {@code parse} itself shares (the raw document, limits, budget, number formats), never another reader.
     */
    @Test
    void formatReadersDoNotImportEachOther() throws IOException {
        Path parse = MAIN.resolve("parse");
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(parse)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path relative = parse.relativize(f);
                String reader = relative.getNameCount() > 1 ? relative.getName(0).toString() : null;
                Matcher m = READER_IMPORT.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!m.group(1).equals(reader)) {
                        offences.add("parse/" + relative + " imports org.nianbao.parse." + m.group(1));
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void everyPackageSaysWhatLivesThere() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            List<Path> missing = dirs.filter(Files::isDirectory)
                    .filter(d -> hasJava(d) && !Files.exists(d.resolve("package-info.java"))).toList();
            assertThat(missing).isEmpty();
        }
    }

    /**
     * A merge that left its conflict markers in a file (it happened once in a README) is caught here, before it
     * lands: no text file of the project holds a line that is only a conflict marker.
     */
    @Test
    void noFileHoldsMergeConflictMarkers() throws IOException {
        Pattern marker = Pattern.compile("^(<{7}|={7}|>{7})( .*)?$", Pattern.MULTILINE);
        List<String> offences = new ArrayList<>();
        for (String top : List.of("src", "rules", "samples", "bench", "docs", ".ci", "README.md", "pom.xml")) {
            Path root = Path.of(top);
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).filter(ConventionsTest::isText).toList()) {
                    if (marker.matcher(Files.readString(f, StandardCharsets.ISO_8859_1)).find()) {
                        offences.add(f.toString());
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    private static boolean isText(Path f) {
        String name = f.getFileName().toString();
        return name.matches(".*\\.(java|md|ya?ml|xml|json|txt|html|sh|properties|expected|css|js)$") || name.equals("run");
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
