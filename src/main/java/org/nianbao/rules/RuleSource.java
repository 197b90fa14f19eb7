package org.nianbao.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The text of one rule file and the name to show for it. */
public record RuleSource(String name, String text) {

    /** Whether a file name is a rule file: YAML or JSON, and not a schema. */
    public static boolean isRuleFile(String fileName) {
        String n = fileName.toLowerCase(java.util.Locale.ROOT);
        return (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json")) && !n.contains("schema");
    }

    /** Every rule file directly in a folder, sorted by name; or the one file given. */
    public static List<RuleSource> fromPath(Path path) throws IOException {
        List<RuleSource> out = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                for (Path f : files.sorted().toList()) {
                    if (Files.isRegularFile(f) && isRuleFile(f.getFileName().toString())) {
                        out.add(new RuleSource(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
                    }
                }
            }
        } else {
            out.add(new RuleSource(path.toString(), Files.readString(path, StandardCharsets.UTF_8)));
        }
        return out;
    }

    /** The rule files shipped inside nianbao (a copy of the project's {@code rules/} folder), sorted by name. */
    public static List<RuleSource> builtIn() {
        URL url = RuleSource.class.getResource("/rules/");
        if (url == null) {
            throw new IllegalStateException("the built-in rules/ folder is missing from the classpath");
        }
        try {
            if (url.getProtocol().equals("jar")) {
                return fromJar(url);
            }
            List<RuleSource> out = new ArrayList<>();
            for (RuleSource s : fromPath(Path.of(url.toURI()))) {
                out.add(new RuleSource("rules/" + Path.of(s.name()).getFileName(), s.text()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<RuleSource> fromJar(URL url) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        List<String> names = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith("rules/") && name.indexOf('/', 6) < 0 && isRuleFile(name)) {
                    names.add(name);
                }
            }
        }
        names.sort(null);
        List<RuleSource> out = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = RuleSource.class.getResourceAsStream("/" + name)) {
                out.add(new RuleSource(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return out;
    }
}
