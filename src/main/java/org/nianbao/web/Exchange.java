package org.nianbao.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Session;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.nianbao.model.Lang;

/**
 * One request and its answer, as the pages need them: method, path, query, cookies, the session, the language to
 * answer in; and Jetty's request, response and callback, which {@link Responses} completes. The language comes from
 * {@code ?lang=} (and is remembered in a cookie), else from that cookie; Chinese first.
 */
final class Exchange {
    static final String LANG_COOKIE = "nb_lang";

    final Request request;
    final Response response;
    final Callback callback;
    final String method;
    final String path;
    final Map<String, String> query;
    final Map<String, String> cookies;
    final Lang lang;
    /** Who is asking, once the guard has let the request in (null before). */
    People.Person person;

    Exchange(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.method = request.getMethod();
        this.path = request.getHttpURI().getPath() == null ? "/" : request.getHttpURI().getPath();
        this.query = first(Request.extractQueryParameters(request));
        this.cookies = new HashMap<>();
        for (HttpCookie c : Request.getCookies(request)) {
            cookies.putIfAbsent(c.getName(), c.getValue());
        }
        String asked = query.containsKey("lang") ? query.get("lang") : cookies.get(LANG_COOKIE);
        this.lang = "en".equals(asked) ? Lang.EN : Lang.ZH;
    }

    boolean get() {
        return method.equals("GET") || method.equals("HEAD");
    }

    /** Whether the person asking may change data (upload, import, delete); readers see no such controls. */
    boolean mayChange() {
        return person != null && person.mayChange();
    }

    /** Who the audit log names for this request. */
    String who() {
        return person == null ? "?" : person.name();
    }

    boolean zh() {
        return lang == Lang.ZH;
    }

    /** Chinese or English, as the reader asked. */
    String t(String zh, String en) {
        return zh() ? zh : en;
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeaders().get(name));
    }

    /**
     * True when the client sent {@code Expect: 100-continue}: it waits for a go-ahead before sending the body, so an
     * answer given before reading the body reaches it whole (a client already sending might see the connection
     * close instead).
     */
    boolean expectsContinue() {
        return header("Expect").filter(v -> v.equalsIgnoreCase("100-continue")).isPresent();
    }

    String param(String name, String otherwise) {
        String v = query.get(name);
        return v == null ? otherwise : v;
    }

    /** The session, created when asked and there is none. */
    Session session(boolean create) {
        return request.getSession(create);
    }

    /** Who is asking, for throttling: the remote address. */
    String client() {
        return Request.getRemoteAddr(request);
    }

    /** The first value of each parameter; a name given twice keeps its first. */
    static Map<String, String> first(Fields fields) {
        Map<String, String> out = new HashMap<>();
        if (fields != null) {
            for (Fields.Field f : fields) {
                out.putIfAbsent(f.getName(), f.getValue());
            }
        }
        return out;
    }
}
