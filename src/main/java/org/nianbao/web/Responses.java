package org.nianbao.web;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;

/**
 * Sends answers with the same safety headers on every one, error pages included: nothing framed, nothing sniffed,
 * nothing loaded from elsewhere, no referrer, no caching of pages that show reports. Each send completes the
 * exchange's callback.
 */
final class Responses {
    static final String CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'; connect-src 'self'";

    private Responses() {
    }

    static void html(Exchange ex, int status, String page) {
        send(ex, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    static void json(Exchange ex, int status, String body) {
        send(ex, status, "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    static void text(Exchange ex, int status, String body) {
        send(ex, status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A file to save, never to display: {@code attachment} with an ASCII fallback name and the real name in
     * RFC 5987 form; an uploaded file always goes as application/octet-stream, whatever it contains.
     */
    static void download(Exchange ex, String contentType, String fileName, byte[] body) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        ex.response.getHeaders().put("Content-Disposition", "attachment; filename=\"" + ascii
                + "\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        send(ex, 200, contentType, body);
    }

    static void redirect(Exchange ex, String localPath) {
        if (!localPath.startsWith("/") || localPath.startsWith("//")) {
            throw new IllegalArgumentException("only local redirects: " + localPath);
        }
        ex.response.getHeaders().put(HttpHeader.LOCATION, localPath);
        send(ex, 303, "text/plain; charset=utf-8", new byte[0]);
    }

    static void send(Exchange ex, int status, String contentType, byte[] body) {
        Response r = ex.response;
        r.setStatus(status);
        HttpFields.Mutable h = r.getHeaders();
        h.put(HttpHeader.CONTENT_TYPE, contentType);
        safety(h);
        if (!h.contains(HttpHeader.CACHE_CONTROL)) {
            h.put(HttpHeader.CACHE_CONTROL, "no-store");
        }
        boolean head = "HEAD".equals(ex.method);
        h.put(new HttpField.LongValueHttpField(HttpHeader.CONTENT_LENGTH, body.length));
        r.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), ex.callback);
    }

    /** The headers every answer carries, also Jetty's own answers to requests it could not parse. */
    static void safety(HttpFields.Mutable h) {
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Content-Security-Policy", CSP);
        h.put("Cross-Origin-Resource-Policy", "same-origin");
    }
}
