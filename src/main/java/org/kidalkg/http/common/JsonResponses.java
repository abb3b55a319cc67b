package org.kidalkg.http.common;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServletResponse;

/** Writes JSON bodies, and errors as {@code {"error": ..., "detail": ...}} with their status. */
public final class JsonResponses {
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonResponses() {}

    /** Sends {@code body} as JSON with status 200. */
    public static void ok(HttpServletResponse response, Object body) throws IOException {
        send(response, HttpServletResponse.SC_OK, body);
    }

    /** Sends a JSON error: a short {@code error} and a {@code detail} a user can act on. */
    public static void error(HttpServletResponse response, int status, String error, String detail) throws IOException {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("error", error);
        body.put("detail", detail);
        send(response, status, body);
    }

    private static void send(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        MAPPER.writeValue(response.getOutputStream(), body);
    }
}
