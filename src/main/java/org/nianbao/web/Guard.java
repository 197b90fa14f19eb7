package org.nianbao.web;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Who may do what. A CSRF token per browser (a random cookie, repeated in every form: another site's page can
 * make the browser send the cookie but cannot read it to fill the form), and, when the server is given an access
 * token, that token on every request: as a cookie after the login form, or as {@code Authorization: Bearer}.
 * The API's POSTs need no CSRF token but a header a cross-site form cannot send ({@code X-Nianbao-Client}) or the
 * bearer token.
 */
final class Guard {
    static final String CSRF_COOKIE = "nb_csrf";
    static final String AUTH_COOKIE = "nb_auth";
    static final String API_HEADER = "X-Nianbao-Client";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String accessToken; // null: none needed (bound to loopback)

    Guard(String accessToken) {
        this.accessToken = accessToken == null || accessToken.isEmpty() ? null : accessToken;
    }

    boolean tokenRequired() {
        return accessToken != null;
    }

    /** True when no token is needed, or the request carries it (cookie or bearer). */
    boolean authorised(Request req) {
        if (accessToken == null) {
            return true;
        }
        String bearer = req.header("Authorization").filter(h -> h.startsWith("Bearer ")).map(h -> h.substring(7))
                .orElse(null);
        return same(bearer, accessToken) || same(req.cookies.get(AUTH_COOKIE), accessToken);
    }

    boolean tokenMatches(String offered) {
        return accessToken != null && same(offered, accessToken);
    }

    void setAuthCookie(HttpExchange ex) {
        ex.getResponseHeaders().add("Set-Cookie", AUTH_COOKIE + "=" + accessToken
                + "; Path=/; HttpOnly; SameSite=Strict");
    }

    /** The browser's CSRF token, created (and set as a cookie on this response) when it has none. */
    String csrfToken(Request req) {
        String t = req.cookies.get(CSRF_COOKIE);
        if (t != null && t.matches("[0-9a-f]{32}")) {
            return t;
        }
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        t = HexFormat.of().formatHex(b);
        req.exchange.getResponseHeaders().add("Set-Cookie", CSRF_COOKIE + "=" + t
                + "; Path=/; HttpOnly; SameSite=Strict");
        return t;
    }

    /** A form's token against the browser's cookie. */
    static boolean csrfValid(Request req, String formToken) {
        return Optional.ofNullable(req.cookies.get(CSRF_COOKIE)).filter(c -> same(c, formToken)).isPresent();
    }

    /** An API call that changes something: the bearer token when one is set, else the client header. */
    boolean apiWriteAllowed(Request req) {
        boolean bearer = req.header("Authorization").isPresent();
        return authorised(req) && (bearer || req.header(API_HEADER).isPresent());
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
    }
}
