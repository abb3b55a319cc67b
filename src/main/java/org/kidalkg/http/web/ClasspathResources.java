package org.kidalkg.http.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.kidalkg.http.common.Route;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves files from one folder of the classpath: the web interface's own assets ({@code web/}) or the
 * WebJars ({@code META-INF/resources/webjars/}). A path with a {@code ..}, {@code .}, empty or hidden
 * segment, a backslash, a colon or a control character is refused before anything is looked up, so no
 * request can climb out of the folder.
 */
public final class ClasspathResources extends Route {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final String root;

    /** @param route the route as the metrics tag it; @param root a classpath folder, ending with {@code /} */
    ClasspathResources(String route, String root) {
        super(route);
        this.root = root;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> path = safePath(request.getPathInfo());
        if (path.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(root + path.get(), response);
    }

    /** Writes the classpath resource {@code name}, or a 404 when there is none (or it is a folder). */
    public static void send(String name, HttpServletResponse response) throws IOException {
        String type = type(name);
        try (InputStream in = type == null ? null : ClasspathResources.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(type);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", name.contains("webjars/") ? "max-age=86400" : "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }

    /**
     * The request's path inside the folder, without its leading slash, or empty when it is not a plain
     * relative path of named segments (which is how traversal attempts are refused).
     */
    public static Optional<String> safePath(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/") || pathInfo.length() > 512) {
            return Optional.empty();
        }
        String path = pathInfo.substring(1);
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return Optional.empty();
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c < 0x20 || c == 0x7f || c == '\\' || c == ':' || c == '%') {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(path);
    }

    private static String type(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
