package org.kidalkg.http.web;

import java.io.IOException;

import org.kidalkg.http.common.Route;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The web interface's pages. {@code /} sends the browser to {@code /place/Kidal}; {@code /place/{name}},
 * {@code /article[/{source}]}, {@code /disputed} and {@code /sources} are one page whose script picks the view
 * from the address, and the place and sources views come rendered by the server too ({@link PlacePage}: the answer
 * for {@code ?at=} without JavaScript; {@link SourcesPage}); {@code /sparql-editor} is the query editor; anything else under these is the styled 404 page.
 */
final class PagesRoute extends Route {
    /** The place shown at {@code /}. */
    static final String DEFAULT_PLACE = "/place/Kidal";

    private final PlacePage placePage;
    private final SourcesPage sourcesPage;

    PagesRoute(PlacePage placePage, SourcesPage sourcesPage) {
        super("/");
        this.placePage = placePage;
        this.sourcesPage = sourcesPage;
    }

    @Override
    protected String routeOf(HttpServletRequest request) {
        String path = request.getServletPath();
        boolean named = request.getPathInfo() != null && !request.getPathInfo().equals("/");
        return path.isEmpty() ? "/" : path.equals("/place") ? "/place/{name}" : named && path.equals("/article") ? "/article/{source}" : path;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Decoded, so /place/Ti%C3%AFn-Zaouat%C3%A8ne is the place it names.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.isEmpty() || path.equals("/")) {
            response.sendRedirect(request.getContextPath() + DEFAULT_PLACE);
        } else if (path.equals("/sparql-editor")) {
            ClasspathResources.send("web/sparql-editor.html", response);
        } else if (oneSegmentUnder("/place", path)) {
            PlacePage.Rendered page = placePage.render(path.substring("/place/".length()), request.getParameter("at"));
            AppPage.send(response, page.status(), page.title(), page.main());
        } else if (path.equals("/sources")) {
            AppPage.send(response, HttpServletResponse.SC_OK, "Sources", sourcesPage.render());
        } else if (path.equals("/article") || path.equals("/disputed") || oneSegmentUnder("/article", path)) {
            ClasspathResources.send("web/app.html", response);
        } else {
            AppPage.send(response, HttpServletResponse.SC_NOT_FOUND, "Page not found", AppPage.NOT_FOUND);
        }
    }

    /** {@code path} is {@code prefix} then one plain segment: /place/Kidal, /article/doc-ap-2023-11-14-kidal. */
    private static boolean oneSegmentUnder(String prefix, String path) {
        return path.startsWith(prefix + "/")
                && ClasspathResources.safePath(path.substring(prefix.length())).filter(p -> !p.contains("/")).isPresent();
    }
}
