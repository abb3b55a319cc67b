package org.kidalkg.http.web;

import java.io.IOException;

import org.kidalkg.http.common.Route;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The web interface's pages. {@code /} sends the browser to {@code /place/Kidal}; {@code /place/{name}},
 * {@code /article} and {@code /disputed} are one page whose script picks the view from the address;
 * {@code /sparql-editor} is the query editor.
 */
final class PagesRoute extends Route {
    /** The place shown at {@code /}. */
    static final String DEFAULT_PLACE = "/place/Kidal";

    PagesRoute() {
        super("/");
    }

    @Override
    protected String routeOf(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.isEmpty() ? "/" : path.equals("/place") ? "/place/{name}" : path;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Decoded, so /place/Ti%C3%AFn-Zaouat%C3%A8ne is the place it names.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.isEmpty() || path.equals("/")) {
            response.sendRedirect(request.getContextPath() + DEFAULT_PLACE);
        } else if (path.equals("/sparql-editor")) {
            ClasspathResources.send("web/sparql-editor.html", response);
        } else if (path.equals("/article") || path.equals("/disputed")
                || (path.startsWith("/place/") && ClasspathResources.safePath(path.substring("/place".length()))
                        .filter(p -> !p.contains("/")).isPresent())) {
            ClasspathResources.send("web/app.html", response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
