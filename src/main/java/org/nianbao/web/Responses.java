package org.nianbao.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends answers with the same safety headers on every one: nothing framed, nothing sniffed, nothing loaded from
 * elsewhere, no referrer, no caching of pages that show reports.
 */
final class Responses {
    static final String CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'; connect-src 'self'";

    private Responses() {
    }

    static void html(HttpExchange ex, int status, String page) throws IOException {
        send(ex, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    static void json(HttpExchange ex, int status, String body) throws IOException {
        send(ex, status, "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    static void text(HttpExchange ex, int status, String body) throws IOException {
        send(ex, status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A file to save, never to display: {@code attachment} with an ASCII fallback name and the real name in
     * RFC 5987 form; an uploaded file always goes as application/octet-stream, whatever it contains.
     */
    static void download(HttpExchange ex, String contentType, String fileName, byte[] body) throws IOException {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        send(ex, 200, contentType, body);
    }

    static void redirect(HttpExchange ex, String localPath) throws IOException {
        if (!localPath.startsWith("/") || localPath.startsWith("//")) {
            throw new IllegalArgumentException("only local redirects: " + localPath);
        }
        ex.getResponseHeaders().set("Location", localPath);
        send(ex, 303, "text/plain; charset=utf-8", new byte[0]);
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", contentType);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Content-Security-Policy", CSP);
        h.set("Cross-Origin-Resource-Policy", "same-origin");
        if (!h.containsKey("Cache-Control")) {
            h.set("Cache-Control", "no-store");
        }
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        } else {
            ex.close();
        }
    }
}
