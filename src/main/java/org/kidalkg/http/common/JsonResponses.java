package org.kidalkg.http.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kidalkg.answers.ApiJson;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one way the server writes JSON: bodies as {@link ApiJson} writes them (the very text the CLI's
 * {@code --json} prints), and every error of {@code /queries}, {@code /api}, {@code /id} and the guard in one
 * shape, {@code {"error": short, "detail": what to do about it}}, with its status.
 */
public final class JsonResponses {
    private JsonResponses() {}

    /** Sends {@code body} as JSON with status 200. */
    public static void ok(HttpServletResponse response, Object body) throws IOException {
        send(response, HttpServletResponse.SC_OK, body);
    }

    /** Sends a JSON error: a short {@code error} and a {@code detail} a user can act on. */
    public static void error(HttpServletResponse response, int status, String error, String detail) throws IOException {
        ObjectNode body = ApiJson.object();
        body.put("error", error);
        body.put("detail", detail);
        send(response, status, body);
    }

    /** The 503 of a query cut by the server's time limit. */
    public static void timeout(HttpServletResponse response) throws IOException {
        error(response, 503, "timeout", "the query ran past the server's time limit");
    }

    private static void send(HttpServletResponse response, int status, Object body) throws IOException {
        byte[] bytes = ApiJson.write(body).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
