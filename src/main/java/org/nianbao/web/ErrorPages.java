package org.nianbao.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Every error answer the server gives, also those Jetty gives itself (a request it cannot parse, a body over a
 * limit): a short page in both languages with the status's own words, the same safety headers as every page, and
 * never an exception's name, message or stack.
 */
final class ErrorPages extends ErrorHandler {
    ErrorPages() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 500;
        Object asked = request.getAttribute(ERROR_STATUS);
        if (asked instanceof Integer i && i >= 400) {
            status = i;
        }
        response.setStatus(status);
        HttpFields.Mutable h = response.getHeaders();
        h.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        h.put(HttpHeader.CACHE_CONTROL, "no-store");
        Responses.safety(h);
        response.write(true, ByteBuffer.wrap(page(status).getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        Responses.safety(fields);
        return ByteBuffer.wrap(page(status).getBytes(StandardCharsets.UTF_8));
    }

    /** The page for a status: its number and words, nothing from the request or the failure. */
    static String page(int status) {
        String zh = switch (status) {
            case 400 -> "请求格式不对";
            case 404 -> "未找到";
            case 405 -> "不支持这种请求";
            case 408 -> "请求超时";
            case 413 -> "请求太大";
            case 414, 431 -> "请求头或地址太长";
            case 429 -> "请求太频繁，请稍后再试";
            case 503 -> "服务器忙，请稍后再试";
            default -> status >= 500 ? "服务器内部错误" : "请求无法处理";
        };
        String en = HttpStatus.getMessage(status);
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + status + " · nianbao"
                + "</title><link rel=\"stylesheet\" href=\"/assets/app.css\"></head><body><main><h1>" + status + " "
                + zh + "</h1><p>" + status + " " + en + "</p><p><a href=\"/\">返回首页 / Home</a></p></main></body></html>\n";
    }
}
