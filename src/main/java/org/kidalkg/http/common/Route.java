package org.kidalkg.http.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.apache.jena.fuseki.metrics.MetricsProvider;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.eclipse.jetty.http.HttpException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One feature route run by Fuseki's own action lifecycle ({@code FusekiServer.Builder.addProcessor}): every
 * request gets Fuseki's request id, its {@code [n] GET ...} / {@code [n] 200 OK} lines in the request log
 * ({@code --verbose}), and a count and time in {@code /$/metrics}, as {@code kidal_requests_seconds} tagged
 * with the route and the status. Reads only: GET and HEAD answer, OPTIONS lists them.
 *
 * <pre>{@code
 * builder.addProcessor("/queries/*", new Route("/queries") {
 *     protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException { ... }
 * });
 * }</pre>
 */
public abstract class Route implements ActionProcessor {
    /** The metric every route is timed in. */
    public static final String METRIC = "kidal.requests";

    private final String name;

    /** @param name the route as it is tagged in the metrics: a path or path template, e.g. {@code /id/{name}} */
    protected Route(String name) {
        this.name = name;
    }

    /** Answers a GET (and a HEAD: Jetty drops the body) through the response Fuseki tracks. */
    protected abstract void get(HttpServletRequest request, HttpServletResponse response) throws IOException;

    /** The metric tag for this request; by default the route's name. */
    protected String routeOf(HttpServletRequest request) {
        return name;
    }

    @Override
    public void execGet(HttpAction action) {
        long start = System.nanoTime();
        try {
            get(action.getRequest(), action.getResponse());
        } catch (RuntimeException e) {
            // Jetty refuses a request it cannot decode (an invalid %-escape in the query string) when the route
            // first reads a parameter: the client's fault, answered as one, not as Fuseki's 500.
            if (action.getResponse().isCommitted()) {
                throw e;
            }
            if (e instanceof HttpException refused && refused.getCode() < 500) {
                badRequest(action, refused);
            } else {
                failed(action, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            record(action, System.nanoTime() - start);
        }
    }

    @Override
    public void execHead(HttpAction action) {
        execGet(action);
    }

    @Override
    public void execOptions(HttpAction action) {
        ActionLib.doOptionsGetHead(action);
    }

    /**
     * A route that failed (a damaged store, a bug): logged with its stack trace, answered as JSON without it.
     * Fuseki's own answer was an HTML page quoting the Java exception, and nothing in the log.
     */
    private static void failed(HttpAction action, RuntimeException e) {
        action.log.error(String.format("[%d] %s failed", action.id, action.getRequestRequestURI()), e);
        try {
            JsonResponses.error(action.getResponse(), 500, "internal error",
                    "the server could not answer this request; the server log has the details (request " + action.id + ")");
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    private static void badRequest(HttpAction action, HttpException refused) {
        try {
            JsonResponses.error(action.getResponse(), refused.getCode(), "bad request", refused.getReason());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void record(HttpAction action, long nanos) {
        MetricsProvider metrics = action.getMetricsProvider();
        if (metrics == null) {
            return;
        }
        MeterRegistry registry = metrics.getMeterRegistry();
        Timer.builder(METRIC)
                .description("kidal-kg feature requests (named queries, API, linked data, web), by route and status")
                .tag("route", routeOf(action.getRequest()))
                .tag("status", Integer.toString(action.getResponse().getStatus()))
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
