package org.kidalkg.http.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /context.jsonld}: the published JSON-LD context, as the file in the repository. */
final class ContextServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType("application/ld+json; charset=utf-8");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.getOutputStream().write(JsonLdContext.text().getBytes(StandardCharsets.UTF_8));
    }
}
