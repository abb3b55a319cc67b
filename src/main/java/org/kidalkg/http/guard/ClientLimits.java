package org.kidalkg.http.guard;

import java.time.Duration;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * What keeps slow or greedy clients from taking the server, with Jetty's own handlers. Fuseki's Jetty had 20
 * threads and read request bodies on them: 16 POST bodies sent a byte every 5 s, or 20 clients that never read
 * their results, stopped every answer, {@code /$/ping} included. In front of Fuseki now, in order:
 * <ul>
 *   <li>request bodies are read before a thread is given to the request ({@link EagerContentHandler}), so a
 *       slow body holds a connection, not a thread; and a body arriving under {@value #MIN_REQUEST_RATE} bytes/s
 *       is cut;</li>
 *   <li>at most {@value #CONCURRENT} requests at once in all ({@link QoSHandler}); up to {@value #QUEUED} more
 *       wait at most {@value #QUEUE_SECONDS} s, then get 503 saying so;</li>
 *   <li>{@code /$/ping} passes neither cap, and the pool has threads to spare ({@value #THREADS}), so the
 *       health check answers whatever the other clients do.</li>
 * </ul>
 * There is no cap per client address yet: Jetty's {@code ThreadLimitHandler} queues without a time limit, so
 * clients that never read their results held everyone from their address for minutes.
 */
final class ClientLimits {
    static final int THREADS = 64;
    static final int CONCURRENT = 16;
    static final int QUEUED = 256;
    static final int QUEUE_SECONDS = 10;
    static final int MIN_REQUEST_RATE = 1024;
    static final String PING = "/$/ping";

    private ClientLimits() {}

    /** Wraps {@code inner} in the limits; sets the thread pool and data rates of {@code jetty}. */
    static Handler around(Server jetty, Handler inner) {
        if (jetty.getThreadPool() instanceof QueuedThreadPool pool) {
            pool.setMaxThreads(Math.max(pool.getMaxThreads(), THREADS));
        }
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                HttpConfiguration config = http.getHttpConfiguration();
                config.setMinRequestDataRate(MIN_REQUEST_RATE);
            }
        }
        QoSHandler all = new QoSHandler() {
            @Override
            protected void failSuspended(Request request, Response response, Callback callback, int status, Throwable failure) {
                Response.writeError(request, response, callback, 503, "the server is busy: " + CONCURRENT
                        + " requests were running and this one waited " + QUEUE_SECONDS + " s; try again later", failure);
            }
        };
        all.setMaxRequestCount(CONCURRENT);
        all.setMaxSuspendedRequestCount(QUEUED);
        all.setMaxSuspend(Duration.ofSeconds(QUEUE_SECONDS));
        all.excludePath(PING);
        all.setHandler(inner);
        return new EagerContentHandler(all,
                new EagerContentHandler.RetainedContentLoaderFactory(GuardModule.MAX_BODY, 0, false));
    }
}
