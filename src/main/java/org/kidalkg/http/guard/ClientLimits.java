package org.kidalkg.http.guard;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * What keeps slow or greedy clients from taking the server. Fuseki's Jetty had 20 threads and read request bodies
 * on them: 16 POST bodies sent a byte every 5 s, or 20 clients that never read their results, stopped every answer,
 * {@code /$/ping} included. In front of Fuseki now, in order (the numbers are {@link ServerLimits}, set by
 * {@code serve}'s flags):
 * <ul>
 *   <li>request bodies are read before a thread is given to the request ({@link EagerContentHandler}), so a
 *       slow body holds a connection, not a thread; and a body arriving under {@value #MIN_REQUEST_RATE} bytes/s
 *       is cut;</li>
 *   <li>at most {@code perAddress} requests at once from one client address (8: the connection's, or the one a
 *       trusted proxy forwards for, {@link TrustedProxies}); up to {@code perAddressQueued}
 *       more (32) wait at most {@code perAddressWait} (5 s), then get 503 naming the limit
 *       ({@link ConcurrencyLimit});</li>
 *   <li>at most {@code concurrent} requests at once in all (16); up to {@code queued} more (256) wait at most
 *       {@code queueWait} (10 s), then get 503 naming the limit;</li>
 *   <li>a response that makes no progress for {@code writeTimeout} (10 s; a client that does not read it) fails,
 *       freeing its slot ({@link WriteTimeout}), well before the connector's 30 s idle timeout;</li>
 *   <li>the pool has threads to spare (at least {@value #THREADS}, and {@value #SPARE_THREADS} more than
 *       {@code concurrent}), so {@code /$/ping}, answered before all this ({@link Ping}), never waits for one.</li>
 * </ul>
 */
final class ClientLimits {
    static final int THREADS = 64;
    /** Threads beyond the running requests: Jetty's selectors and acceptors, its reserved threads, pings. */
    static final int SPARE_THREADS = 48;
    static final int MIN_REQUEST_RATE = 1024;

    private ClientLimits() {}

    /** Wraps {@code inner} in the limits; sets the thread pool and data rates of {@code jetty}. */
    static Handler around(Server jetty, Handler inner, ServerLimits limits) {
        if (jetty.getThreadPool() instanceof QueuedThreadPool pool) {
            pool.setMaxThreads(Math.max(pool.getMaxThreads(), Math.max(THREADS, limits.concurrent() + SPARE_THREADS)));
        }
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                HttpConfiguration config = http.getHttpConfiguration();
                config.setMinRequestDataRate(MIN_REQUEST_RATE);
            }
        }
        Handler written = new WriteTimeout(inner, limits.writeTimeout());
        Handler all = new ConcurrencyLimit(written, request -> "", limits.concurrent(), limits.queued(),
                limits.queueWait(), "in all");
        Handler perAddress = new ConcurrencyLimit(all, Request::getRemoteAddr, limits.perAddress(),
                limits.perAddressQueued(), limits.perAddressWait(), "from your address");
        return new EagerContentHandler(perAddress,
                new EagerContentHandler.RetainedContentLoaderFactory(limits.maxBody(), 0, false));
    }
}
