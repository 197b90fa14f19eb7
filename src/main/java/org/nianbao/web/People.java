package org.nianbao.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who may use the server, each by a token of their own, so the audit log can say who did what: an office worker
 * (uploads, imports, deletes) or a reader (sees everything, changes nothing). Read from a file of lines
 * {@code 姓名,office|reader,TOKEN} ({@code #} starts a comment); the single {@code --token} stands for one office
 * person. With no token at all (a server on this machine only), whoever opens the page is the local office user.
 */
public final class People {
    /** What a person may do. */
    public enum Role {
        OFFICE("office", "办公室（可上传、删除）", "office (uploads, deletes)"),
        READER("reader", "只读", "read-only");

        final String id;
        final String zh;
        final String en;

        Role(String id, String zh, String en) {
            this.id = id;
            this.zh = zh;
            this.en = en;
        }

        static Optional<Role> byId(String id) {
            for (Role r : values()) {
                if (r.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }

    /** A person as the pages and the audit log name them. */
    public record Person(String name, Role role) {
        public boolean mayChange() {
            return role == Role.OFFICE;
        }
    }

    /** Whoever uses a server that needs no token. */
    static final Person LOCAL = new Person("本机用户", Role.OFFICE);
    /** Whoever holds the single {@code --token}. */
    static final Person TOKEN_HOLDER = new Person("令牌持有人", Role.OFFICE);
    /** Tokens shorter than this are refused: guessable. */
    static final int MIN_TOKEN = 16;

    private final Map<String, Person> byToken;

    private People(Map<String, Person> byToken) {
        this.byToken = Map.copyOf(byToken);
    }

    public static final People NONE = new People(Map.of());

    /** These people and one more. */
    People with(String token, Person p) {
        Map<String, Person> out = new LinkedHashMap<>(byToken);
        out.put(token, p);
        return new People(out);
    }

    /**
     * The people a file names.
     *
     * @throws IllegalArgumentException naming the line that is not {@code 姓名,office|reader,TOKEN}
     */
    public static People read(Path file) throws IOException {
        Map<String, Person> out = new LinkedHashMap<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s*[,，]\\s*", 3);
            Optional<Role> role = f.length == 3 ? Role.byId(f[1]) : Optional.empty();
            if (role.isEmpty() || f[0].isBlank() || f[2].strip().length() < MIN_TOKEN) {
                throw new IllegalArgumentException(file + " 第 " + (i + 1) + " 行应为“姓名,office 或 reader,至少 "
                        + MIN_TOKEN + " 位的令牌” / line " + (i + 1) + " should be 'name,office|reader,token of "
                        + MIN_TOKEN + "+ characters'");
            }
            if (out.put(f[2].strip(), new Person(f[0].strip(), role.get())) != null || !names.add(f[0].strip())) {
                throw new IllegalArgumentException(file + " 第 " + (i + 1) + " 行的姓名或令牌与前面的重复 / line "
                        + (i + 1) + " repeats a name or a token");
            }
        }
        return new People(out);
    }

    /** For tests and the single-token server: these tokens and their people. */
    static People of(Map<String, Person> byToken) {
        return new People(byToken);
    }

    public boolean tokenRequired() {
        return !byToken.isEmpty();
    }

    /** The person holding this token, compared in constant time against every token. */
    Optional<Person> byToken(String offered) {
        Person found = null;
        for (Map.Entry<String, Person> e : byToken.entrySet()) {
            if (Guard.same(offered, e.getKey())) {
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The person of this name (a signed-in session keeps only the name). */
    Optional<Person> byName(String name) {
        return byToken.values().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    static String roleName(Role r, boolean zh) {
        return zh ? r.zh : r.en;
    }
}
