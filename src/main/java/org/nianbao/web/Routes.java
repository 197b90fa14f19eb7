package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's routes: a method, a path pattern whose groups are the path's parameters, and what answers. Patterns
 * name their parameters' shapes exactly (ids are 16 hex digits, hashes 64), so a path that is not one of ours, or
 * holds anything else where an id goes, is simply not found.
 */
final class Routes {
    /** What answers a route: the exchange, and the path's groups. */
    @FunctionalInterface
    interface Action {
        void answer(Exchange ex, Matcher path) throws Exception;
    }

    /** A route found for a request, with its path's groups. */
    record Found(Action action, Matcher path) {
    }

    private record Route(Set<String> methods, Pattern pattern, Action action) {
    }

    static final String ID = "([0-9a-f]{16})";
    static final String HASH = "([0-9a-f]{64})";

    private final List<Route> routes = new ArrayList<>();

    Routes get(String pattern, Action action) {
        routes.add(new Route(Set.of("GET", "HEAD"), Pattern.compile(pattern), action));
        return this;
    }

    Routes post(String pattern, Action action) {
        routes.add(new Route(Set.of("POST"), Pattern.compile(pattern), action));
        return this;
    }

    /** The first route for this method and path, or null. */
    Found find(String method, String path) {
        for (Route r : routes) {
            Matcher m = r.pattern().matcher(path);
            if (r.methods().contains(method) && m.matches()) {
                return new Found(r.action(), m);
            }
        }
        return null;
    }
}
