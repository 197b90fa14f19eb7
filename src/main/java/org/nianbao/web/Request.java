package org.nianbao.web;

import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.Lang;

/** What the server needs from a request: method, path, query, cookies, and the language to answer in. */
final class Request {
    static final String LANG_COOKIE = "nb_lang";

    final HttpExchange exchange;
    final String method;
    final String path;
    final Map<String, String> query;
    final Map<String, String> cookies;
    final Lang lang;

    Request(HttpExchange exchange) {
        this.exchange = exchange;
        this.method = exchange.getRequestMethod();
        this.path = exchange.getRequestURI().getRawPath();
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
        this.cookies = parseCookies(exchange.getRequestHeaders().getFirst("Cookie"));
        String asked = query.containsKey("lang") ? query.get("lang") : cookies.get(LANG_COOKIE);
        this.lang = "en".equals(asked) ? Lang.EN : Lang.ZH; // Chinese first
    }

    boolean zh() {
        return lang == Lang.ZH;
    }

    /** Chinese or English, as the reader asked. */
    String t(String zh, String en) {
        return zh() ? zh : en;
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    String param(String name, String otherwise) {
        String v = query.get(name);
        return v == null ? otherwise : v;
    }

    /** The path after a prefix, when it is a single plain segment (ids, hashes, rule ids); else empty. */
    Optional<String> segment(String prefix) {
        if (!path.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = path.substring(prefix.length());
        return rest.matches("[A-Za-z0-9._-]{1,80}") ? Optional.of(rest) : Optional.empty();
    }

    static Map<String, String> parseQuery(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v,
                        StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                // a broken %-escape: the parameter is ignored
            }
        }
        return out;
    }

    private static Map<String, String> parseCookies(String header) {
        Map<String, String> out = new HashMap<>();
        if (header == null) {
            return out;
        }
        for (String c : header.split(";")) {
            int eq = c.indexOf('=');
            if (eq > 0) {
                out.putIfAbsent(c.substring(0, eq).trim(), c.substring(eq + 1).trim());
            }
        }
        return out;
    }
}
