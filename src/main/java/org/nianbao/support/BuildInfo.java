package org.nianbao.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * What this build of nianbao is: the pom's version and url, and the git commit when it was built from a checkout.
 * Maven writes them into {@code build.properties} beside this class; a value Maven could not fill (no git) is absent.
 */
public final class BuildInfo {
    private static final BuildInfo CURRENT = load();

    private final String version;
    private final String url;
    private final String commit;

    private BuildInfo(String version, String url, String commit) {
        this.version = version;
        this.url = url;
        this.commit = commit;
    }

    public static BuildInfo current() {
        return CURRENT;
    }

    /** The release version, as in the pom (e.g. {@code 0.1.0}). */
    public String version() {
        return version;
    }

    /** Where to read about the tool (the pom's url). */
    public String url() {
        return url;
    }

    /** The abbreviated commit, when built from a git checkout. */
    public Optional<String> commit() {
        return Optional.ofNullable(commit);
    }

    /** The version with the commit, as {@code --version} prints it: {@code 0.1.0 (a1b2c3d)}. */
    public String describe() {
        return version + commit().map(c -> " (" + c + ")").orElse("");
    }

    private static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(filled(p, "version").orElse("unknown"), filled(p, "url").orElse(""),
                filled(p, "commit").orElse(null));
    }

    /** A property Maven filled in; an unfilled placeholder or an empty value is absent. */
    private static Optional<String> filled(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() || v.contains("${") ? Optional.empty() : Optional.of(v.strip());
    }
}
