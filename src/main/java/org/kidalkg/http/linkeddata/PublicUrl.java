package org.kidalkg.http.linkeddata;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The server's public address as a client reached it: scheme, host and port of the request, which Jetty's
 * {@code ForwardedRequestCustomizer} (set in {@code KidalServer}) takes from {@code X-Forwarded-Proto}/{@code Host}
 * or {@code Forwarded} behind a proxy. A default port is left out.
 */
final class PublicUrl {
    private PublicUrl() {}

    /** {@code scheme://host[:port]}, without a trailing slash. */
    static String of(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
