package org.kidalkg.http.guard;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The browser-facing security headers on every response, as a Jetty handler around the whole server (so
 * errors, Fuseki's own pages and static files get them too): a Content-Security-Policy that allows script only
 * from this origin and no inline script (an injected {@code <script>} or {@code onclick} does not run), no
 * MIME sniffing (a query result is never run as HTML or script), no framing, and no referrer sent off-site.
 */
public final class SecurityHeaders extends Handler.Wrapper {
    /**
     * Our pages load their scripts, styles and images from this origin; inline styles stay allowed because the
     * SPARQL editor (Yasgui) sets them, while inline script does not. The editor's prefix completion reads the
     * prefix list from prefix.cc (data, never script).
     */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self' http://prefix.cc https://prefix.cc; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("Content-Security-Policy", POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        return super.handle(request, response, callback);
    }
}
