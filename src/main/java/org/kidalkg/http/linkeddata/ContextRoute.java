package org.kidalkg.http.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.kidalkg.http.common.Route;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /context.jsonld}: the published JSON-LD context, as the file in the repository. */
final class ContextRoute extends Route {
    ContextRoute() {
        super("/context.jsonld");
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType("application/ld+json; charset=utf-8");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.getOutputStream().write(JsonLdContext.text().getBytes(StandardCharsets.UTF_8));
    }
}
