package org.nianbao.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.jetty.server.Session;

/**
 * Who may do what. Browsers hold a server-side session, named by an opaque random id in an HttpOnly, SameSite=Strict
 * cookie; the session keeps its CSRF token, repeated in every form (another site's page can make the browser send
 * the cookie but cannot read the token), and, when the server has an access token, whether it was given: the
 * token itself is never in a cookie, and signing in starts a new session id. The API takes the token as
 * {@code Authorization: Bearer}; its POSTs need that valid token or a header a cross-site form cannot send
 * ({@code X-Nianbao-Client}) from a signed-in session.
 */
final class Guard {
    static final String API_HEADER = "X-Nianbao-Client";
    static final String SESSION_COOKIE = "nb_session";
    private static final String CSRF = "csrf";
    private static final String SIGNED_IN = "signedIn";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final People people; // none: no token needed (bound to loopback), everyone is the local office user

    Guard(People people) {
        this.people = people;
    }

    boolean tokenRequired() {
        return people.tokenRequired();
    }

    /** True when no token is needed, or the request carries one (a valid bearer) or its session was signed in. */
    boolean authorised(Exchange ex) {
        return person(ex).isPresent();
    }

    /** Who is asking: the bearer's person, the signed-in session's, or the local user when no token is needed. */
    Optional<People.Person> person(Exchange ex) {
        if (!people.tokenRequired()) {
            return Optional.of(People.LOCAL);
        }
        Optional<People.Person> bearer = bearer(ex);
        if (bearer.isPresent()) {
            return bearer;
        }
        Session s = ex.session(false);
        return s != null && s.getAttribute(SIGNED_IN) instanceof String name ? people.byName(name)
                : Optional.empty();
    }

    /** The person the offered token names, if any. */
    Optional<People.Person> tokenMatches(String offered) {
        return people.byToken(offered);
    }

    /** The browser signed in: a new session id (the old one may have been planted), naming the person. */
    void signIn(Exchange ex, People.Person who) {
        Session s = ex.session(true);
        s.renewId(ex.request, ex.response);
        s.setAttribute(SIGNED_IN, who.name());
    }

    /** Signs out: the session and its tokens end. */
    void signOut(Exchange ex) {
        Session s = ex.session(false);
        if (s != null) {
            s.invalidate();
        }
    }

    /** The session's CSRF token, made with the session when it has none. */
    String csrfToken(Exchange ex) {
        return csrfToken(ex.session(true));
    }

    /**
     * The token for the pages' sign-out button, or null when there is nothing to sign out of: only a browser signed
     * in with the access token has (a server on loopback without a token has no sign-in).
     */
    static String signOutToken(Exchange ex) {
        Session s = ex.session(false);
        return s != null && s.getAttribute(SIGNED_IN) instanceof String ? csrfToken(s) : null;
    }

    private static String csrfToken(Session s) {
        Object t = s.getAttribute(CSRF);
        if (t instanceof String token) {
            return token;
        }
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        String token = HexFormat.of().formatHex(b);
        s.setAttribute(CSRF, token);
        return token;
    }

    /** A form's token against its session's: no session, no token, or another token is refused. */
    static boolean csrfValid(Exchange ex, String formToken) {
        Session s = ex.session(false);
        return s != null && s.getAttribute(CSRF) instanceof String token && same(token, formToken);
    }

    /** An API call that changes something: a valid bearer token, or the client header from an authorised caller. */
    boolean apiWriteAllowed(Exchange ex) {
        Optional<People.Person> who = person(ex);
        return who.isPresent() && who.get().mayChange()
                && (bearer(ex).isPresent() || ex.header(API_HEADER).filter(h -> !h.isBlank()).isPresent());
    }

    private Optional<People.Person> bearer(Exchange ex) {
        String bearer = ex.header("Authorization").filter(h -> h.startsWith("Bearer ")).map(h -> h.substring(7))
                .orElse(null);
        return bearer == null ? Optional.empty() : people.byToken(bearer);
    }

    static boolean same(String a, String b) {
        return a != null && b != null && !a.isEmpty() && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
    }
}
