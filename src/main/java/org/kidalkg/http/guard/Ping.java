package org.kidalkg.http.guard;

import org.apache.jena.atlas.lib.DateTimeUtils;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers {@code GET} and {@code HEAD} of {@code /$/ping} first thing, as Fuseki's ping servlet does (200, the time,
 * uncached), before the body limit, the client limits and Fuseki's servlet stack. Behind those, a health check
 * waited for whatever the other requests held: up to 9 s with a quarter of 32 clients' requests expensive (issue 17).
 * Here it takes no slot and holds its thread for the few microseconds of the write, and the pool always has threads
 * to spare (query work is capped by {@link ClientLimits}, and a waiting request holds none), so it
 * is never queued behind query work; what it still shares with the queries is the CPU. Other methods pass on (a
 * POST gets the read-only filter's 405, an OPTIONS preflight the CORS filter's answer).
 */
final class Ping extends Handler.Wrapper {
    static final String PATH = "/$/ping";

    Ping(Handler inner) {
        super(inner);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if (!PATH.equals(request.getHttpURI().getCanonicalPath())
                || !(HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method))) {
            return super.handle(request, response, callback);
        }
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "must-revalidate,no-cache,no-store");
        response.getHeaders().put(HttpHeader.PRAGMA, "no-cache");
        // Readable from any page, as the other reads are (ReadOnlyCors): a time of day, nothing private.
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        Content.Sink.write(response, true, DateTimeUtils.nowAsXSDDateTimeString() + "\n", callback);
        return true;
    }
}
